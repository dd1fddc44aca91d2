#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/EventSink.hpp"
#include "app/RemoteControl.hpp"
#include "core/Session.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nf {

// MoreTime: kMoreTime more for the lead-in, rest, switch or transition under way (never a posture).
enum class SessionCommand {
    TogglePause,
    Pause,
    Resume,
    Skip,
    EndSetEarly,
    RestartSet,
    Stop,
    MoreTime
};

// One live session, in the window or the terminal: owns the core Session and the sinks it feeds
// (in the order they were added: main.cpp adds the trace, the sound, the history and, in the
// terminal, the printer), reads the clock, and hands every batch of events to every sink with
// `actual`, the clock's session time when the batch was handled. It neither draws nor reads
// keys: the window's screens and the terminal loop turn input into its commands.
class SessionRun {
  public:
    SessionRun(RunRequest request, const Clock& clock, SessionOptions options = {});
    SessionRun(const SessionRun&) = delete;
    SessionRun& operator=(const SessionRun&) = delete;

    // Before start(): the next sink in the stream.
    void addSink(std::unique_ptr<EventSink> sink);
    // Before start(): a sink that also brings commands from outside (the desktop's media keys),
    // `remote` being the same object seen as their source.
    void addRemoteSink(std::unique_ptr<EventSink> sink, RemoteControl& remote) {
        addSink(std::move(sink));
        m_remote = &remote;
    }
    // What arrived from outside since the last call, in order; the front decides what each
    // means (Stop asks to leave in the window, stops in the terminal).
    std::vector<RemoteCommand> remoteCommands() {
        return m_remote ? m_remote->poll() : std::vector<RemoteCommand>{};
    }
    bool hasRemote() const { return m_remote != nullptr; }
    // Before start(): a history sink is among the sinks, so pain ratings are worth asking for.
    void markRecorded() { m_recorded = true; }
    bool recorded() const { return m_recorded; }
    // Before start(): the sound was asked for and no output could play it ("no audio output
    // device"); the window says so while the session runs.
    void markSoundless(std::string why) { m_soundProblem = std::move(why); }
    const std::string& soundProblem() const { return m_soundProblem; }

    // The lead-in starts now. A pain-before given with the request is rated at once.
    void start();
    // Reports every boundary that is due. When the session has just finished and the request
    // carried a pain-after, that rating follows the end.
    void update();
    void command(SessionCommand command);
    // Forward to a later step, as one skip (the self-check's symptom: on to "look up").
    void skipTo(std::size_t step);
    void ratePain(PainMoment moment, int pain);
    // The self-check's answers, given once the person has answered every question, in the
    // order asked; then the completion, which the history keeps.
    void answerSelfCheck(Side leg, int question, bool yes);
    void completeSelfCheck(bool urgent = false);
    void setMuted(bool muted);

    SessionSnapshot snapshot() const { return m_session.snapshot(m_clock.now()); }
    SessionSnapshot snapshot(Micros now) const { return m_session.snapshot(now); }
    SessionState state() const { return m_session.state(); }
    const Timeline& timeline() const { return m_session.timeline(); }
    const RunRequest& request() const { return m_request; }
    // The next cue's instant on the clock, when one is scheduled.
    std::optional<Micros> nextDeadline() const { return m_session.nextDeadline(); }
    // The pain ratings given so far (by the request or since).
    std::optional<int> painBefore() const { return m_painBefore; }
    std::optional<int> painAfter() const { return m_painAfter; }

  private:
    void dispatch(const std::vector<SessionEvent>& events);
    void afterEnd();

    const Clock& m_clock;
    RunRequest m_request;
    Session m_session;
    std::vector<std::unique_ptr<EventSink>> m_sinks;
    RemoteControl* m_remote = nullptr; // one of m_sinks, when the desktop is on a bus
    bool m_recorded = false;
    std::string m_soundProblem;
    bool m_endHandled = false;
    std::optional<int> m_painBefore;
    std::optional<int> m_painAfter;
    Micros m_startedAt{0};
};

} // namespace nf
