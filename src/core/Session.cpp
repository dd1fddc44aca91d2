#include "core/Session.hpp"

#include <algorithm>

namespace nf {
namespace {

constexpr Micros kSecond = std::chrono::seconds(1);

int ceilSeconds(Micros d) {
    return static_cast<int>((d.count() + kSecond.count() - 1) / kSecond.count());
}

} // namespace

Session::Session(Timeline timeline, SessionOptions options)
    : m_timeline(std::move(timeline)), m_options(options) {}

SessionEvent Session::event(EventType type, Micros at, std::size_t step) const {
    SessionEvent e;
    e.type = type;
    e.t = at - m_startedAt;
    e.step = step;
    return e;
}

std::vector<SessionEvent> Session::start(Micros now) {
    std::vector<SessionEvent> out;
    if (m_phase != Phase::Ready)
        return out;
    m_startedAt = now;
    m_origin = now;
    m_lastUpdate = now;
    m_phase = Phase::Running;
    out.push_back(event(EventType::SessionStart, now, 0));
    if (m_timeline.size() == 0) {
        finish(now, EndReason::Completed, out);
        return out;
    }
    enterStep(0, now, out);
    return out;
}

void Session::enterStep(std::size_t index, Micros at, std::vector<SessionEvent>& out) {
    m_current = index;
    m_added = Micros{0};
    const Step& s = m_timeline[index];
    m_nextTickSeconds = ceilSeconds(s.duration) - 1;
    if (s.kind == StepKind::Phase && s.phase == 0) {
        m_repSkipped = false;
        if (s.rep == 1) {
            m_inSet = true;
            m_repsInSet = 0;
            m_skippedInSet = 0;
        }
    }
    out.push_back(event(EventType::StepStart, at, index));
}

void Session::finishStep(Micros at, StepEnd how, std::vector<SessionEvent>& out) {
    const Step& s = m_timeline[m_current];
    if (s.kind != StepKind::Phase)
        return;
    if (how == StepEnd::Skipped)
        m_repSkipped = true;
    if (!s.isLastPhaseOfRep(m_timeline.phaseCount(s)))
        return;
    if (m_repSkipped) {
        // A posture of this rep was skipped: the rep was not done, and nothing says it was.
        ++m_skippedInSet;
    } else {
        ++m_repsDone;
        ++m_repsInSet;
        SessionEvent rep = event(EventType::RepDone, at, m_current);
        rep.repsInSet = m_repsInSet;
        out.push_back(rep);
    }
    m_repSkipped = false;
    if (s.rep == s.reps)
        endSet(at, SetEnd::Completed, out);
}

void Session::endSet(Micros at, SetEnd how, std::vector<SessionEvent>& out) {
    const Step& s = m_timeline[m_current];
    SetResult r;
    r.exercise = s.exercise;
    r.side = s.side;
    r.set = s.set;
    r.repsPlanned = s.reps;
    r.repsDone = m_repsInSet;
    r.repsSkipped = m_skippedInSet;
    r.end = how;
    if (r.counts()) {
        ++m_setsDone;
        if (how == SetEnd::EndedEarly)
            ++m_setsEndedEarly;
    }
    m_inSet = false;
    SessionEvent set = event(EventType::SetDone, at, m_current);
    set.repsInSet = m_repsInSet;
    set.set = r;
    out.push_back(set);
}

void Session::finish(Micros at, EndReason reason, std::vector<SessionEvent>& out) {
    m_phase = Phase::Finished;
    m_finishedAt = at;
    m_stopped = reason == EndReason::Stopped;
    SessionEvent e = event(EventType::SessionEnd, at, m_current);
    e.endReason = reason;
    out.push_back(e);
}

void Session::advanceTo(Micros now, std::vector<SessionEvent>& out) {
    while (m_phase == Phase::Running) {
        const Step& s = m_timeline[m_current];
        const Micros end = plannedStart(m_current) + s.duration;
        while (m_nextTickSeconds >= 1) {
            const Micros tick = end - m_nextTickSeconds * kSecond;
            if (tick > now)
                break;
            SessionEvent e = event(EventType::CountdownTick, tick, m_current);
            e.secondsLeft = m_nextTickSeconds;
            out.push_back(e);
            --m_nextTickSeconds;
        }
        if (end > now)
            break;
        finishStep(end, StepEnd::RanToItsEnd, out);
        if (m_current + 1 < m_timeline.size())
            enterStep(m_current + 1, plannedStart(m_current + 1), out);
        else
            finish(end, EndReason::Completed, out);
    }
}

std::vector<SessionEvent> Session::update(Micros now, Micros away) {
    std::vector<SessionEvent> out;
    if (m_phase == Phase::Running) {
        const Micros stall = now - m_lastUpdate;
        const Micros suspended = std::max(Micros{0}, away - m_lastAway);
        if (suspended > m_options.maxGap || stall > m_options.maxStall) {
            // The world went on without us (a suspended laptop): nothing was done in the gap,
            // so the session waits where it was rather than racing through the steps it missed.
            m_phase = Phase::Paused;
            m_pausedAt = m_lastUpdate;
            m_pauseReason = PauseReason::Gap;
            m_gap = stall + suspended;
            SessionEvent e = event(EventType::Paused, m_lastUpdate, m_current);
            e.pauseReason = PauseReason::Gap;
            e.gap = m_gap;
            out.push_back(e);
        } else {
            advanceTo(now, out);
        }
    }
    m_lastUpdate = std::max(m_lastUpdate, now);
    m_lastAway = std::max(m_lastAway, away);
    return out;
}

std::vector<SessionEvent> Session::pause(Micros now) {
    std::vector<SessionEvent> out = update(now);
    if (m_phase != Phase::Running)
        return out;
    m_phase = Phase::Paused;
    m_pausedAt = now;
    m_pauseReason = PauseReason::User;
    m_gap = Micros{0};
    out.push_back(event(EventType::Paused, now, m_current));
    return out;
}

std::vector<SessionEvent> Session::resume(Micros now) {
    std::vector<SessionEvent> out;
    if (m_phase != Phase::Paused)
        return out;
    const Micros shift = now - m_pausedAt;
    m_origin += shift;
    m_pausedTotal += shift;
    m_phase = Phase::Running;
    m_lastUpdate = now;
    out.push_back(event(EventType::Resumed, now, m_current));
    return out;
}

std::vector<SessionEvent> Session::togglePause(Micros now) {
    return m_phase == Phase::Paused ? resume(now) : pause(now);
}

void Session::jumpTo(std::size_t index, Micros now, std::vector<SessionEvent>& out) {
    m_origin = now - m_timeline[index].start;
    enterStep(index, now, out);
}

// Commands given while paused resume first: pressing "skip" or "end set" means "go on".
// Each command first reports whatever boundaries fell before it, so events stay in order.
// A set command (PhaseOnly) while paused in a rest or lead-in does nothing, not even resume.
bool Session::beginCommand(Micros now, CommandScope scope, std::vector<SessionEvent>& out) {
    const bool phaseOnly = scope == CommandScope::PhaseOnly;
    if (m_phase == Phase::Paused && phaseOnly && m_timeline[m_current].kind != StepKind::Phase)
        return false;
    out = resume(now);
    auto more = update(now);
    out.insert(out.end(), more.begin(), more.end());
    return m_phase == Phase::Running &&
           (!phaseOnly || m_timeline[m_current].kind == StepKind::Phase);
}

void Session::jumpOrFinish(std::size_t index, Micros now, std::vector<SessionEvent>& out) {
    if (index < m_timeline.size())
        jumpTo(index, now, out);
    else
        finish(now, EndReason::Completed, out);
}

std::vector<SessionEvent> Session::skip(Micros now) {
    std::vector<SessionEvent> out;
    if (!beginCommand(now, CommandScope::AnyStep, out))
        return out;
    out.push_back(event(EventType::StepSkipped, now, m_current));
    finishStep(now, StepEnd::Skipped, out);
    jumpOrFinish(m_current + 1, now, out);
    return out;
}

std::vector<SessionEvent> Session::skipTo(std::size_t index, Micros now) {
    std::vector<SessionEvent> out;
    if (!beginCommand(now, CommandScope::AnyStep, out))
        return out;
    if (index <= m_current)
        return out;
    out.push_back(event(EventType::StepSkipped, now, m_current));
    finishStep(now, StepEnd::Skipped, out);
    jumpOrFinish(index, now, out);
    return out;
}

std::vector<SessionEvent> Session::endSetEarly(Micros now) {
    std::vector<SessionEvent> out;
    if (!beginCommand(now, CommandScope::PhaseOnly, out))
        return out;
    SessionEvent early = event(EventType::SetEndedEarly, now, m_current);
    early.repsInSet = m_repsInSet;
    out.push_back(early);
    // The rep under way when the set was ended did not run to its end: it is not counted.
    endSet(now, SetEnd::EndedEarly, out);
    jumpOrFinish(m_timeline.stepAfterSet(m_current), now, out);
    return out;
}

std::vector<SessionEvent> Session::restartSet(Micros now) {
    std::vector<SessionEvent> out;
    if (!beginCommand(now, CommandScope::PhaseOnly, out))
        return out;
    m_repsDone -= m_repsInSet;
    m_repsInSet = 0;
    m_skippedInSet = 0;
    out.push_back(event(EventType::SetRestarted, now, m_current));
    jumpTo(m_timeline.firstStepOfSet(m_current), now, out);
    return out;
}

std::vector<SessionEvent> Session::addTime(Micros extra, Micros now) {
    std::vector<SessionEvent> out;
    if (m_phase == Phase::Running)
        out = update(now);
    if ((m_phase != Phase::Running && m_phase != Phase::Paused) || extra <= Micros{0})
        return out;
    const Step& s = m_timeline[m_current];
    if (s.kind == StepKind::Phase)
        return out;
    // While paused the step stands at the instant the pause began.
    const Micros at = m_phase == Phase::Paused ? m_pausedAt : now;
    const Micros end = plannedStart(m_current) + s.duration;
    if (end + extra - at > kMaxStepLeft)
        return out;
    // Everything from the step's end on moves later; the step itself began when it began.
    m_origin += extra;
    m_added += extra;
    // The ticks still to come are the whole seconds left from here: the ones the added time
    // brings back are heard again.
    m_nextTickSeconds = ceilSeconds(end + extra - at) - 1;
    SessionEvent e = event(EventType::StepExtended, now, m_current);
    e.secondsLeft = ceilSeconds(end + extra - at);
    e.gap = extra;
    out.push_back(e);
    return out;
}

std::vector<SessionEvent> Session::stop(Micros now) {
    std::vector<SessionEvent> out;
    if (m_phase == Phase::Finished)
        return out;
    if (m_phase == Phase::Ready) {
        m_startedAt = now;
        m_phase = Phase::Running;
        finish(now, EndReason::Stopped, out);
        return out;
    }
    if (m_phase == Phase::Running)
        out = update(now);
    if (m_phase == Phase::Finished)
        return out;
    const Micros at = m_phase == Phase::Paused ? m_pausedAt : now;
    // The set under way is over too: its reps were done and count like any other.
    if (m_inSet)
        endSet(at, SetEnd::Left, out);
    finish(at, EndReason::Stopped, out);
    return out;
}

SessionEvent Session::saidEvent(EventType type, Micros now) const {
    SessionEvent e = event(type, m_phase == Phase::Ready ? m_startedAt : now, m_current);
    return e;
}

std::vector<SessionEvent> Session::ratePain(Micros now, PainMoment moment, int pain) {
    if (!validPain(pain))
        return {};
    SessionEvent e = saidEvent(EventType::PainRated, now);
    e.painMoment = moment;
    e.pain = pain;
    return {e};
}

std::vector<SessionEvent> Session::answerSelfCheck(Micros now, Side leg, int question, bool yes) {
    SessionEvent e = saidEvent(EventType::SelfCheckAnswer, now);
    e.leg = leg;
    e.question = question;
    e.yes = yes;
    return {e};
}

std::vector<SessionEvent> Session::completeSelfCheck(Micros now, bool urgent) {
    SessionEvent e = saidEvent(EventType::SelfCheckCompleted, now);
    e.urgent = urgent;
    return {e};
}

SessionState Session::state() const {
    switch (m_phase) {
    case Phase::Ready:
        return SessionState::Ready;
    case Phase::Paused:
        return SessionState::Paused;
    case Phase::Finished:
        return SessionState::Finished;
    case Phase::Running:
        return m_timeline[m_current].kind == StepKind::LeadIn ? SessionState::LeadIn
                                                              : SessionState::Running;
    }
    return SessionState::Ready;
}

SessionSnapshot Session::snapshot(Micros now) const {
    SessionSnapshot s;
    s.state = state();
    s.repsDone = m_repsDone;
    s.setsDone = m_setsDone;
    s.setsEndedEarly = m_setsEndedEarly;
    s.repsInSet = m_inSet ? m_repsInSet : 0;
    s.stopped = m_stopped;
    if (m_phase == Phase::Paused) {
        s.pauseReason = m_pauseReason;
        s.gap = m_gap;
    }
    const Micros total = m_timeline.total();
    if (m_phase == Phase::Ready)
        return s;
    Micros at = now;
    if (m_phase == Phase::Paused)
        at = m_pausedAt;
    if (m_phase == Phase::Finished)
        at = m_finishedAt;
    s.activeTime = std::max(Micros{0}, at - m_startedAt - m_pausedTotal);
    if (m_phase == Phase::Finished) {
        s.stepIndex = m_current;
        s.sessionElapsed = m_stopped ? std::clamp(at - m_origin, Micros{0}, total) : total;
        s.sessionRemaining = m_stopped ? total - s.sessionElapsed : Micros{0};
        s.sessionProgress =
            m_stopped && total.count() > 0 ? toSeconds(s.sessionElapsed) / toSeconds(total) : 1.0;
        return s;
    }
    const Step& step = m_timeline[m_current];
    s.stepIndex = m_current;
    s.step = &step;
    s.nextStep = m_timeline.next(m_current);
    // Time added to the step moved the origin on: the step began that much earlier than planned.
    s.stepDuration = step.duration + m_added;
    s.stepElapsed = std::clamp(at - plannedStart(m_current) + m_added, Micros{0}, s.stepDuration);
    s.stepRemaining = s.stepDuration - s.stepElapsed;
    s.stepProgress =
        s.stepDuration.count() > 0 ? toSeconds(s.stepElapsed) / toSeconds(s.stepDuration) : 1.0;
    // The planned time covered stands still over the added time, within the current step.
    s.sessionElapsed = std::clamp(at - m_origin, step.start, total);
    s.sessionRemaining = std::clamp(total - (at - m_origin), Micros{0}, total + m_added);
    s.sessionProgress = total.count() > 0 ? toSeconds(s.sessionElapsed) / toSeconds(total) : 1.0;
    return s;
}

std::optional<Micros> Session::nextTick() const {
    if (m_nextTickSeconds < 1)
        return std::nullopt;
    const Step& s = m_timeline[m_current];
    return plannedStart(m_current) + s.duration - m_nextTickSeconds * kSecond;
}

std::optional<Micros> Session::nextDeadline() const {
    if (m_phase != Phase::Running)
        return std::nullopt;
    const Micros end = plannedStart(m_current) + m_timeline[m_current].duration;
    if (auto tick = nextTick())
        return std::min(*tick, end);
    return end;
}

} // namespace nf
