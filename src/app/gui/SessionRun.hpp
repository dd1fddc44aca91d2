#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/EventSink.hpp"
#include "app/Trace.hpp"
#include "app/gui/PainLink.hpp"
#include "core/Session.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace nf::gui {

enum class SessionCommand { TogglePause, Pause, Skip, EndSetEarly, RestartSet, Stop };

// One live session in the window: owns the session, the trace writer and every registered sink
// (sound, history), and hands each batch of events to all of them, as the headless loop does,
// with `actual` the shell clock's session time. It never draws; the session screen reads
// snapshots of it.
class SessionRun {
public:
    // Throws std::runtime_error naming the trace file when it cannot be opened.
    SessionRun(const AppContext& context, RunRequest request, const Clock& clock);

    void start();           // the lead-in begins now
    void update();          // report every boundary that is due
    void command(SessionCommand command);
    void skipTo(std::size_t step); // forward to a later step, as one skip (the self-check's symptom)
    void setMuted(bool muted);

    SessionSnapshot snapshot() const { return m_session.snapshot(m_clock.now()); }
    SessionSnapshot snapshot(Micros now) const { return m_session.snapshot(now); }
    SessionState state() const { return m_session.state(); }
    const Timeline& timeline() const { return m_session.timeline(); }
    const RunRequest& request() const { return m_request; }
    // The next cue's instant on the shell clock, when one is scheduled.
    std::optional<Micros> nextDeadline() const { return m_session.nextDeadline(); }
    // Where this session's pain ratings go (its history recorder); it outlives the run.
    const PainLink& pain() const { return m_pain; }

private:
    void dispatch(const std::vector<SessionEvent>& events);

    const Clock& m_clock;
    RunRequest m_request;
    Session m_session;
    std::unique_ptr<TraceWriter> m_trace;
    std::vector<std::shared_ptr<EventSink>> m_owned; // shared: the pain link keeps the recorder
    std::vector<EventSink*> m_sinks;
    PainLink m_pain;
    Micros m_startedAt{0};
};

} // namespace nf::gui
