#pragma once

#include "core/SessionEvent.hpp"
#include "core/Timeline.hpp"

#include <optional>
#include <vector>

namespace nf {

enum class SessionState { Ready, LeadIn, Running, Paused, Finished };

// What one press of "more time" adds to a lead-in, rest, switch or transition (Session::addTime).
inline constexpr Micros kMoreTime = std::chrono::seconds(10);

// What a view needs to draw the session at one instant. A copy: views never change the session.
struct SessionSnapshot {
    SessionState state = SessionState::Ready;
    std::size_t stepIndex = 0;
    const Step* step = nullptr;     // null before start and after the end
    const Step* nextStep = nullptr; // what comes next, or null
    Micros stepElapsed{0};
    Micros stepRemaining{0};
    Micros stepDuration{0};       // the step's length as it now stands: planned, plus time added
    double stepProgress = 0.0;    // 0..1 over the current step
    Micros sessionElapsed{0};     // planned time covered (paused time excluded)
    Micros sessionRemaining{0};   // until the end, with the time added to the current step
    double sessionProgress = 0.0; // 0..1 over the whole timeline
    int repsDone = 0;             // over the session: reps whose every posture ran to its end
    int setsDone = 0;             // sets with at least one rep done, however they ended
    int setsEndedEarly = 0;       // of those, the ones the user ended early
    int repsInSet = 0;            // reps done in the set under way (0 outside a set)
    bool stopped = false;
    Micros activeTime{0};                        // time since start less time paused
    PauseReason pauseReason = PauseReason::User; // while paused: why
    Micros gap{0};                               // while paused by a gap: how long it was

    // Getting into position (the lead-in, a new exercise's set-up) and not paused: Space then
    // starts at once rather than pausing, in the window and the terminal alike.
    bool gettingReady() const { return state != SessionState::Paused && step && step->isSetUp(); }
};

struct SessionOptions {
    // The computer was away (suspended: the caller's monotonic clock stood still while the
    // world went on) for more than this between two updates: the session does not go on as if
    // nothing happened, it pauses at the last instant it saw and says so.
    Micros maxGap = std::chrono::seconds(5);
    // An update this long after the previous one while the computer was not away means the
    // process itself was held up. Stalls up to this (a slow disk, a busy machine) are caught
    // up, every crossed boundary reported in order; they are not a gap. A longer one (a
    // process stopped with Ctrl-Z or in a debugger) pauses too, rather than racing through
    // minutes of the routine at once.
    Micros maxStall = std::chrono::minutes(2);
};

// The session state machine: owns the timeline and where the user is in it. It never reads a
// clock; every call takes the monotonic time `now` (any epoch, the same for all calls) and
// returns what happened. Steps start at planned instants measured from the origin, which moves
// only when a command is given (pause, skip, end set early, restart set), so a late update is
// late once and never shifts later boundaries.
class Session {
  public:
    explicit Session(Timeline timeline, SessionOptions options = {});

    std::vector<SessionEvent> start(Micros now);
    // `away` is how long the computer has been away (suspended) in all, on the caller's count
    // since its clock began; only its growth between two updates matters.
    std::vector<SessionEvent> update(Micros now, Micros away = Micros{0});

    std::vector<SessionEvent> pause(Micros now);
    std::vector<SessionEvent> resume(Micros now);
    std::vector<SessionEvent> togglePause(Micros now);
    std::vector<SessionEvent> skip(Micros now);
    // Skips forward from the current step to step `index` (a later one), as one skip: the
    // self-check goes from a symptom straight to "look up". Does nothing for an earlier step.
    std::vector<SessionEvent> skipTo(std::size_t index, Micros now);
    std::vector<SessionEvent> endSetEarly(Micros now);
    std::vector<SessionEvent> restartSet(Micros now);
    // More time to get into position or to rest: the current step (a lead-in, rest, switch or
    // transition, never a posture) ends `extra` later, and everything after it moves with it.
    // Taken while paused too, without going on. Nothing is added past kMaxStepLeft.
    static constexpr Micros kMaxStepLeft = std::chrono::minutes(10);
    std::vector<SessionEvent> addTime(Micros extra, Micros now);
    std::vector<SessionEvent> stop(Micros now);

    // What the person says rather than does. They change no timing and are taken in any state
    // (a pain rating before the start or after the end, the self-check's answers after its
    // guide), so every sink, the trace included, sees them in the one stream.
    // A rating outside 0-10 is refused: no event.
    std::vector<SessionEvent> ratePain(Micros now, PainMoment moment, int pain);
    std::vector<SessionEvent> answerSelfCheck(Micros now, Side leg, int question, bool yes);
    // `urgent`: the self-check ended in the urgent notice (symptoms in both legs), which the
    // history keeps with the answers.
    std::vector<SessionEvent> completeSelfCheck(Micros now, bool urgent = false);

    SessionState state() const;
    SessionSnapshot snapshot(Micros now) const;
    const Timeline& timeline() const { return m_timeline; }

    // The next instant (on the caller's clock) at which update() will have something to report:
    // a step boundary or a countdown tick. Empty when nothing is scheduled (ready, paused,
    // finished). A loop sleeps until this instant, not merely until the next frame.
    std::optional<Micros> nextDeadline() const;

    // The planned instant of step `index` on the caller's clock, given the current origin.
    Micros plannedStart(std::size_t index) const { return m_origin + m_timeline[index].start; }

  private:
    enum class Phase { Ready, Running, Paused, Finished };

    void enterStep(std::size_t index, Micros at, std::vector<SessionEvent>& out);
    enum class StepEnd { RanToItsEnd, Skipped };
    // Counts the rep when `at` ends its last posture and the set when it ends its last rep.
    void finishStep(Micros at, StepEnd how, std::vector<SessionEvent>& out);
    // Reports the current set's result (SetDone) and counts it when a rep of it was done.
    void endSet(Micros at, SetEnd how, std::vector<SessionEvent>& out);
    void finish(Micros at, EndReason reason, std::vector<SessionEvent>& out);
    void jumpTo(std::size_t index, Micros now, std::vector<SessionEvent>& out);
    // Jumps to step `index`, or finishes the session when there is none.
    void jumpOrFinish(std::size_t index, Micros now, std::vector<SessionEvent>& out);
    enum class CommandScope { AnyStep, PhaseOnly };
    // Resumes if paused and reports the boundaries due before `now`; true if the command may go
    // on (the session runs, and for PhaseOnly the current step is a phase).
    bool beginCommand(Micros now, CommandScope scope, std::vector<SessionEvent>& out);
    void advanceTo(Micros now, std::vector<SessionEvent>& out);
    SessionEvent event(EventType type, Micros at, std::size_t step) const;
    // An event for something said, at `now` (0 before the start).
    SessionEvent saidEvent(EventType type, Micros now) const;
    std::optional<Micros> nextTick() const;

    Timeline m_timeline;
    SessionOptions m_options;
    Phase m_phase = Phase::Ready;
    Micros m_startedAt{0};  // caller's clock at start()
    Micros m_origin{0};     // caller's clock instant at which timeline time 0 falls
    Micros m_lastUpdate{0}; // caller's clock at the last call
    Micros m_lastAway{0};   // the caller's `away` at the last update
    Micros m_pausedAt{0};
    Micros m_pausedTotal{0};
    PauseReason m_pauseReason = PauseReason::User;
    Micros m_gap{0};
    std::size_t m_current = 0;
    int m_nextTickSeconds = 0; // the next countdown tick to report in the current step
    Micros m_added{0};         // time added to the current step (addTime)
    int m_repsDone = 0;
    int m_repsInSet = 0;
    int m_skippedInSet = 0;    // reps of the current set not done because a posture was skipped
    bool m_repSkipped = false; // a posture of the current rep was skipped
    bool m_inSet = false;      // a set has begun and has not yet ended
    int m_setsDone = 0;
    int m_setsEndedEarly = 0;
    bool m_stopped = false;
    Micros m_finishedAt{0};
};

} // namespace nf
