#include "app/history/HistoryRecorder.hpp"

#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "core/Timeline.hpp"

#include <algorithm>
#include <cstdio>

namespace nf {
namespace {

void warnOnStderr(const std::string& line) {
    std::fprintf(stderr, "nervefloss: %s\n", line.c_str());
}

// The hold in force: the first phase that follows the user's hold setting.
double holdSeconds(const Routine& routine) {
    if (auto hold = adjustableHold(routine))
        return *hold;
    return routine.exercises.empty() || routine.exercises[0].phases.empty()
               ? 0.0
               : routine.exercises[0].phases[0].seconds;
}

} // namespace

HistoryRecorder::HistoryRecorder(std::shared_ptr<HistoryStore> store, WallClock clock, Warn warn)
    : m_store(std::move(store)), m_clock(clock ? std::move(clock) : WallClock(localNow)),
      m_warn(warn ? std::move(warn) : Warn(warnOnStderr)) {
    m_store->setBusyTimeout(kRecorderBusyTimeoutMs);
}

HistoryRecorder::~HistoryRecorder() {
    if (m_pending.empty())
        return;
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
    if (m_failed)
        m_warn("the history caught up: everything held back is now recorded");
    m_failed = false;
}

void HistoryRecorder::start(const Timeline& timeline) {
    const Routine& r = timeline.routine();
    SessionStartInfo info;
    info.start = m_clock();
    info.routineId = r.id;
    info.routineName = r.name;
    info.side = sidesWorked(timeline);
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
            if (!m_started)
                start(timeline);
            break;
        case EventType::SetDone:
            if (!m_started)
                break;
            recordSet(e.set, timeline);
            break;
        case EventType::SessionEnd: {
            if (!m_started)
                break;
            const LocalTime end = m_clock();
            const SessionOutcome outcome = e.endReason == EndReason::Completed
                                               ? SessionOutcome::Completed
                                               : SessionOutcome::Stopped;
            attempt("the session's end",
                    [this, end, outcome] { m_store->endSession(*m_sessionId, end, outcome); });
            break;
        }
        case EventType::PainRated:
            if (e.painMoment == PainMoment::Before)
                recordPainBefore(e.pain);
            else
                recordPainAfter(e.pain);
            break;
        default:
            break;
        }
    }
}

void HistoryRecorder::recordSet(const SetResult& result, const Timeline& timeline) {
    // Every set begun is kept, counted or not, so the history shows a set ended before its first
    // rep or skipped through as what it was; the store counts the ones with reps.
    SetRecord set;
    const auto& exercises = timeline.routine().exercises;
    if (result.exercise >= 0 && result.exercise < static_cast<int>(exercises.size()))
        set.exercise = exercises[static_cast<std::size_t>(result.exercise)].name;
    set.setNumber = result.set;
    set.side = toString(result.side);
    set.reps = result.repsDone;
    set.repsPlanned = result.repsPlanned;
    set.repsSkipped = result.repsSkipped;
    set.endedEarly = result.end == SetEnd::EndedEarly;
    set.leftMidSet = result.end == SetEnd::Left;
    set.finishedAt = m_clock();
    attempt("a set", [this, set] { m_store->recordSet(*m_sessionId, set); });
}

void HistoryRecorder::recordPainBefore(int pain) {
    if (!validPain(pain))
        return;
    m_painBefore = pain;
    if (m_started)
        attempt("the pain before", [this, pain] { m_store->setPainBefore(*m_sessionId, pain); });
}

void HistoryRecorder::recordPainAfter(int pain) {
    if (!validPain(pain))
        return;
    m_painAfter = pain;
    if (m_started)
        attempt("the pain after", [this, pain] { m_store->setPainAfter(*m_sessionId, pain); });
}

std::unique_ptr<HistoryRecorder> makeHistoryRecorder() {
    try {
        auto store = std::make_shared<HistoryStore>(Paths::historyFile());
        if (store->recoveryNotice())
            warnOnStderr(*store->recoveryNotice());
        return std::make_unique<HistoryRecorder>(std::move(store));
    } catch (const HistoryError& e) {
        warnOnStderr(std::string(e.what()) + "; this session will not be recorded");
        return nullptr;
    }
}

SelfCheckRecorder::SelfCheckRecorder(Save save) : m_save(std::move(save)) {}

void SelfCheckRecorder::onEvents(const std::vector<SessionEvent>& events, const Timeline&, Micros) {
    for (const SessionEvent& e : events) {
        if (e.type == EventType::SelfCheckAnswer) {
            // The legs in the order they were first asked about: the order they were tested.
            auto leg = std::find_if(m_answers.begin(), m_answers.end(),
                                    [&](const LegAnswers& a) { return a.leg == e.leg; });
            if (leg == m_answers.end()) {
                m_answers.push_back(LegAnswers{});
                m_answers.back().leg = e.leg;
                leg = std::prev(m_answers.end());
            }
            if (e.question >= 0 && e.question < kSelfCheckQuestions)
                leg->answers[static_cast<std::size_t>(e.question)] = e.yes;
        } else if (e.type == EventType::SelfCheckCompleted && !m_answers.empty()) {
            m_save(m_answers, e.urgent);
            m_answers.clear();
        }
    }
}

std::unique_ptr<SelfCheckRecorder> makeSelfCheckRecorder() {
    return std::make_unique<SelfCheckRecorder>(
        [](const std::vector<LegAnswers>& legs, bool urgent) {
            try {
                auto store = std::make_unique<HistoryStore>(Paths::historyFile());
                if (store->recoveryNotice())
                    warnOnStderr(*store->recoveryNotice());
                store->addSelfCheck(localNow(), legs, urgent);
            } catch (const HistoryError& e) {
                warnOnStderr(std::string(e.what()) + "; the self-check answers were not saved");
            }
        });
}

} // namespace nf
