#include "app/gui/SessionRun.hpp"

namespace nf::gui {

SessionRun::SessionRun(const AppContext& context, RunRequest request, const Clock& clock)
    : m_clock(clock), m_request(std::move(request)),
      m_session(Timeline(m_request.routine, m_request.side)) {
    if (m_request.tracePath) {
        m_trace = std::make_unique<TraceWriter>(*m_request.tracePath);
        m_sinks.push_back(m_trace.get());
    }
    for (auto& s : makeSessionSinks(context, m_request, m_session.timeline()))
        m_owned.push_back(std::move(s));
    for (auto& s : m_owned) m_sinks.push_back(s.get());
    m_pain = PainLink::find(m_owned);
}

void SessionRun::dispatch(const std::vector<SessionEvent>& events) {
    if (events.empty()) return;
    const Micros actual = m_clock.now() - m_startedAt;
    for (EventSink* sink : m_sinks) sink->onEvents(events, m_session.timeline(), actual);
}

void SessionRun::start() {
    m_startedAt = m_clock.now();
    dispatch(m_session.start(m_startedAt));
}

void SessionRun::update() { dispatch(m_session.update(m_clock.now())); }

void SessionRun::command(SessionCommand c) {
    const Micros now = m_clock.now();
    switch (c) {
    case SessionCommand::TogglePause: dispatch(m_session.togglePause(now)); break;
    case SessionCommand::Pause: dispatch(m_session.pause(now)); break;
    case SessionCommand::Skip: dispatch(m_session.skip(now)); break;
    case SessionCommand::EndSetEarly: dispatch(m_session.endSetEarly(now)); break;
    case SessionCommand::RestartSet: dispatch(m_session.restartSet(now)); break;
    case SessionCommand::Stop: dispatch(m_session.stop(now)); break;
    }
}

void SessionRun::skipTo(std::size_t step) { dispatch(m_session.skipTo(step, m_clock.now())); }

void SessionRun::setMuted(bool muted) {
    for (EventSink* sink : m_sinks) sink->setMuted(muted);
}

} // namespace nf::gui
