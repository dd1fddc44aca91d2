#include "app/SessionRun.hpp"

#include <algorithm>

namespace nf {

SessionRun::SessionRun(RunRequest request, const Clock& clock, SessionOptions options)
    : m_clock(clock), m_request(std::move(request)),
      m_session(Timeline(m_request.routine, m_request.side), options) {}

void SessionRun::addSink(std::unique_ptr<EventSink> sink) {
    if (sink)
        m_sinks.push_back(std::move(sink));
}

void SessionRun::dispatch(const std::vector<SessionEvent>& events) {
    if (events.empty())
        return;
    for (const SessionEvent& e : events) {
        if (e.type != EventType::PainRated)
            continue;
        (e.painMoment == PainMoment::Before ? m_painBefore : m_painAfter) = e.pain;
    }
    const Micros actual = m_clock.now() - m_startedAt;
    for (auto& sink : m_sinks)
        sink->onEvents(events, m_session.timeline(), actual);
}

void SessionRun::start() {
    m_startedAt = m_clock.now();
    dispatch(m_session.start(m_startedAt));
    if (m_request.painBefore)
        ratePain(PainMoment::Before, *m_request.painBefore);
    afterEnd();
}

void SessionRun::afterEnd() {
    if (m_endHandled || m_session.state() != SessionState::Finished)
        return;
    m_endHandled = true;
    if (m_request.painAfter)
        ratePain(PainMoment::After, *m_request.painAfter);
}

void SessionRun::update() {
    dispatch(m_session.update(m_clock.now(), m_clock.away()));
    afterEnd();
}

void SessionRun::command(SessionCommand c) {
    const Micros now = m_clock.now();
    // The core's commands see only the monotonic clock; a suspend since the last update is
    // reported first, and, as after any gap, the key that woke the run only shows where it is.
    const auto caughtUp = m_session.update(now, m_clock.away());
    dispatch(caughtUp);
    if (std::any_of(caughtUp.begin(), caughtUp.end(),
                    [](const SessionEvent& e) {
                        return e.type == EventType::Paused && e.pauseReason == PauseReason::Gap;
                    }) &&
        c != SessionCommand::Stop) {
        afterEnd();
        return;
    }
    switch (c) {
    case SessionCommand::TogglePause:
        dispatch(m_session.togglePause(now));
        break;
    case SessionCommand::Pause:
        dispatch(m_session.pause(now));
        break;
    case SessionCommand::Resume:
        dispatch(m_session.resume(now));
        break;
    case SessionCommand::Skip:
        dispatch(m_session.skip(now));
        break;
    case SessionCommand::EndSetEarly:
        dispatch(m_session.endSetEarly(now));
        break;
    case SessionCommand::RestartSet:
        dispatch(m_session.restartSet(now));
        break;
    case SessionCommand::Stop:
        dispatch(m_session.stop(now));
        break;
    case SessionCommand::MoreTime:
        dispatch(m_session.addTime(kMoreTime, now));
        break;
    }
    afterEnd();
}

void SessionRun::skipTo(std::size_t step) {
    dispatch(m_session.skipTo(step, m_clock.now()));
    afterEnd();
}

void SessionRun::ratePain(PainMoment moment, int pain) {
    dispatch(m_session.ratePain(m_clock.now(), moment, pain));
}

void SessionRun::answerSelfCheck(Side leg, int question, bool yes) {
    dispatch(m_session.answerSelfCheck(m_clock.now(), leg, question, yes));
}

void SessionRun::completeSelfCheck(bool urgent) {
    dispatch(m_session.completeSelfCheck(m_clock.now(), urgent));
}

void SessionRun::setMuted(bool muted) {
    for (auto& sink : m_sinks)
        sink->setMuted(muted);
}

} // namespace nf
