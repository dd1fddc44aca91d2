#include "app/store/HistoryRecorder.hpp"

#include "app/Paths.hpp"
#include "app/store/LocalClock.hpp"
#include "core/Timeline.hpp"

#include <algorithm>
#include <cstdio>

namespace nf {
namespace {

bool validPain(int pain) { return pain >= 0 && pain <= 10; }

std::optional<int> checkedPain(const std::optional<int>& pain) {
    return pain && validPain(*pain) ? pain : std::nullopt;
}

void warnOnStderr(const std::string& line) { std::fprintf(stderr, "nervefloss: %s\n", line.c_str()); }

// The hold in force: the first phase that follows the user's hold setting.
double holdSeconds(const Routine& routine) {
    for (const Exercise& e : routine.exercises)
        for (const Phase& p : e.phases)
            if (p.holdKind == HoldKind::Adjustable) return p.seconds;
    return routine.exercises.empty() || routine.exercises[0].phases.empty()
               ? 0.0
               : routine.exercises[0].phases[0].seconds;
}

} // namespace

HistoryRecorder::HistoryRecorder(std::shared_ptr<HistoryStore> store, const RunRequest& request,
                                 WallClock clock, Warn warn)
    : m_store(std::move(store)),
      m_clock(clock ? std::move(clock) : WallClock(localNow)),
      m_warn(warn ? std::move(warn) : Warn(warnOnStderr)),
      m_painBefore(checkedPain(request.painBefore)),
      m_painAfter(checkedPain(request.painAfter)) {
    m_store->setBusyTimeout(kRecorderBusyTimeoutMs);
}

HistoryRecorder::~HistoryRecorder() {
    if (m_pending.empty()) return;
    // The session is over: waiting a few seconds for a lock no longer disturbs anything.
    m_store->setBusyTimeout(HistoryStore::kDefaultBusyTimeoutMs);
    flush();
    if (!m_pending.empty())
        m_warn(std::to_string(m_pending.size()) + " write" + (m_pending.size() == 1 ? "" : "s") +
               " to the history could not be made; the session is not fully recorded");
}

void HistoryRecorder::attempt(const char* what, std::function<void()> write) {
    m_pending.push_back({what, std::move(write)});
    flush();
}

void HistoryRecorder::flush() {
    while (!m_pending.empty()) {
        try {
            m_pending.front().write();
        } catch (const HistoryError& e) {
            if (!m_failed)
                m_warn(std::string("could not record ") + m_pending.front().what + ": " + e.what() +
                       "; the session goes on, and the history is tried again with the next write");
            m_failed = true;
            return;
        }
        m_pending.pop_front();
    }
    if (m_failed) m_warn("the history caught up: everything held back is now recorded");
    m_failed = false;
}

void HistoryRecorder::start(const Timeline& timeline) {
    const Routine& r = timeline.routine();
    SessionStartInfo info;
    info.start = m_clock();
    info.routineId = r.id;
    info.routineName = r.name;
    const bool sided = std::any_of(r.exercises.begin(), r.exercises.end(),
                                   [](const Exercise& e) { return e.sideRule != SideRule::None; });
    info.side = sided ? toString(timeline.side()) : "";
    info.repsPerSet = r.exercises.empty() ? 0 : r.exercises[0].reps;
    info.setsPlanned = timeline.plannedSets();
    info.holdSeconds = holdSeconds(r);
    info.restSeconds = r.exercises.empty() ? 0.0 : r.exercises[0].restSeconds;
    info.painBefore = m_painBefore;
    m_started = true;
    attempt("the session's start", [this, info] { m_sessionId = m_store->beginSession(info); });
}

void HistoryRecorder::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                               Micros) {
    for (const SessionEvent& e : events) {
        switch (e.type) {
        case EventType::SessionStart:
            if (!m_started) start(timeline);
            break;
        case EventType::SetEndedEarly:
            m_setEndedEarly = true;
            break;
        case EventType::SetRestarted:
            m_setEndedEarly = false;
            break;
        case EventType::SetDone: {
            if (!m_started) break;
            SetRecord set;
            if (e.step < timeline.size()) {
                const Step& st = timeline[e.step];
                const auto& exercises = timeline.routine().exercises;
                if (st.exercise >= 0 && st.exercise < static_cast<int>(exercises.size()))
                    set.exercise = exercises[static_cast<std::size_t>(st.exercise)].name;
                set.setNumber = st.set;
                set.side = toString(st.side);
            }
            set.reps = e.repsInSet;
            set.endedEarly = m_setEndedEarly;
            set.finishedAt = m_clock();
            m_setEndedEarly = false;
            attempt("a finished set", [this, set] { m_store->recordSet(*m_sessionId, set); });
            break;
        }
        case EventType::SessionEnd: {
            if (!m_started) break;
            const LocalTime end = m_clock();
            const SessionOutcome outcome = e.endReason == EndReason::Completed
                                               ? SessionOutcome::Completed
                                               : SessionOutcome::Stopped;
            attempt("the session's end", [this, end, outcome] {
                m_store->endSession(*m_sessionId, end, outcome);
                if (m_painAfter) m_store->setPainAfter(*m_sessionId, *m_painAfter);
            });
            break;
        }
        default:
            break;
        }
    }
}

void HistoryRecorder::recordPainBefore(int pain) {
    if (!validPain(pain)) return;
    m_painBefore = pain;
    if (m_started)
        attempt("the pain before", [this, pain] { m_store->setPainBefore(*m_sessionId, pain); });
}

void HistoryRecorder::recordPainAfter(int pain) {
    if (!validPain(pain)) return;
    m_painAfter = pain;
    if (m_started)
        attempt("the pain after", [this, pain] { m_store->setPainAfter(*m_sessionId, pain); });
}

std::unique_ptr<EventSink> makeHistoryRecorder(const RunRequest& request) {
    try {
        auto store = std::make_shared<HistoryStore>(Paths::historyFile());
        if (store->recoveryNotice()) warnOnStderr(*store->recoveryNotice());
        return std::make_unique<HistoryRecorder>(std::move(store), request);
    } catch (const HistoryError& e) {
        warnOnStderr(std::string(e.what()) + "; this session will not be recorded");
        return nullptr;
    }
}

} // namespace nf
