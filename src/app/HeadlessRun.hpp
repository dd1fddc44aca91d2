#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/EventSink.hpp"
#include "core/SelfCheck.hpp"
#include "core/Session.hpp"

#include <cstdio>
#include <vector>

namespace nf {

// Prints each cue of a session to a terminal as it happens: the posture, its countdown, rep and
// set, rests and switches; rings the bell on posture changes unless quiet.
class TerminalPrinter final : public EventSink {
public:
    TerminalPrinter(std::FILE* out, bool bell) : m_out(out), m_bell(bell) {}
    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;

    // A line of its own between the cues (what a key did).
    void note(const char* text);

private:
    void endLine();
    std::FILE* m_out;
    bool m_bell;
    bool m_lineOpen = false;
};

// Runs a session in the terminal in real time until it ends, is stopped with q, or Ctrl-C.
// The loop sleeps until the session's next deadline (or a key) and feeds every event to the
// sinks. Returns the exit status (0). For the self-check, `guide` decides where S (a symptom)
// leads and learns which legs were tested.
int runHeadless(Session& session, const RunRequest& request, std::vector<EventSink*> sinks,
                const Clock& clock, SelfCheckGuide* guide = nullptr);

} // namespace nf
