#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/EventSink.hpp"
#include "app/SessionRun.hpp"
#include "app/Terminal.hpp"
#include "core/SelfCheck.hpp"
#include "core/Session.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace nf {

// Prints each cue of a session to a terminal as it happens: the posture, its countdown, rep and
// set, rests and switches; rings the bell on posture changes unless quiet.
class TerminalPrinter final : public EventSink {
  public:
    TerminalPrinter(std::FILE* out, bool bell) : m_out(out), m_bell(bell) {}
    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;

  private:
    void endLine();
    std::FILE* m_out;
    bool m_bell;
    bool m_lineOpen = false;
};

// What the keys mean: an exercise routine, or the self-check's guide (space goes on).
enum class HeadlessKeys { Routine, Guide };

// The routine's name and length, its set-up and stop-if lines, and the keys when a person can
// press them.
void printSessionIntro(std::FILE* out, const Timeline& timeline, HeadlessKeys keys,
                       bool interactive);

// One key of the terminal: space pause/resume (the guide: next step; a lead-in: start at once),
// p pause, + (or =) 10 s more for a lead-in or rest, e end the set early, s skip, r restart the
// set, q stop. Other keys do nothing. In the self-check (the guide
// given) S means "symptom", as on screen: never a step further into tension, but on to "look
// up" for this leg, where `guide` says; `out` (when given) hears it said first, before the
// printer shows the step it leads to.
void applyHeadlessKey(SessionRun& run, char key, HeadlessKeys keys, SelfCheckGuide* guide = nullptr,
                      std::FILE* out = nullptr);

// A media key in the terminal: play/pause, play, pause, next skips, stop stops (nobody is at
// the keyboard to answer a question).
void applyRemoteCommand(SessionRun& run, RemoteCommand command);

// Runs a started-or-not session until it ends, is stopped with q, or the key source is
// interrupted (Ctrl-C: the session is stopped, so every sink hears its end). The loop waits for
// a key until the session's next deadline, exactly, and updates the session after each wake.
// For the self-check, `guide` decides where S (a symptom) leads and, at the end, learns which
// legs were tested; a symptom is noted on `out`.
void runHeadless(SessionRun& run, KeySource& keys, const Clock& clock, HeadlessKeys keyMap,
                 SelfCheckGuide* guide = nullptr, std::FILE* out = nullptr);

// "Done: 2 sets, 50 reps, 1 ended early in 5:12." for the end of a terminal session.
std::string doneLine(const SessionSnapshot& snapshot);

} // namespace nf
