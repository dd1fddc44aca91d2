#pragma once

#include "core/Routine.hpp"
#include "core/Time.hpp"

#include <cstddef>
#include <string>

namespace nf {

enum class EventType {
    SessionStart,
    StepStart,     // a lead-in, phase, rest, switch or transition begins
    CountdownTick, // a whole second is left in the current step (secondsLeft = 1, 2, ...)
    RepDone,       // every posture of a rep ran to its end (a skipped posture: no RepDone)
    SetDone,       // a set's run is over, counted or not: see SetResult (every set begun has one)
    SetEndedEarly, // the user ended the set ("the dull pain has eased"); a SetDone follows
    SetRestarted,  // the user restarted the current set; a StepStart follows
    StepSkipped,   // the user skipped the current step; the next StepStart follows
    StepExtended,  // the user added time to a lead-in, rest, switch or transition (secondsLeft:
                   // the whole seconds now left in it; gap: the time added)
    Paused,
    Resumed,
    SessionEnd,
    PainRated,          // the person rated their calf pain (before or after the session)
    SelfCheckAnswer,    // one yes/no answer of the self-check's questions
    SelfCheckCompleted, // every question of the self-check is answered
};

enum class PauseReason { User, Gap };
enum class EndReason { Completed, Stopped };
enum class PainMoment { Before, After };

// The calf pain scale: 0 (none) to 10 (the worst imaginable).
inline constexpr int kMinPain = 0;
inline constexpr int kMaxPain = 10;
inline bool validPain(int pain) {
    return pain >= kMinPain && pain <= kMaxPain;
}

// How a set's run came to its end.
enum class SetEnd {
    Completed,  // its last rep's last posture ended (run to its end or skipped)
    EndedEarly, // the user ended it ("the dull pain has eased")
    Left,       // the session was left (or stopped) during it
};

// One set as it was done: everything the history keeps of it. A rep is done when each of its
// postures ran to its end; a set counts as done when at least one of its reps was done, however
// it ended. The reps of a set left part-way were done, so they count like any other.
struct SetResult {
    int exercise = 0; // index into Routine::exercises
    Side side = Side::None;
    int set = 0; // 1-based
    int repsPlanned = 0;
    int repsDone = 0;
    int repsSkipped = 0; // reps not done because one of their postures was skipped
    SetEnd end = SetEnd::Completed;

    bool counts() const { return repsDone > 0; }
};

// One thing that happened in a session, at session time `t` (microseconds since the session
// started, on the monotonic clock). Boundary events carry their planned instant; command events
// the instant the command was given. Step data is copied in, so an event stands on its own.
struct SessionEvent {
    EventType type = EventType::SessionStart;
    Micros t{0};
    std::size_t step = 0; // index into the timeline of the step concerned
    int secondsLeft = 0;  // CountdownTick
    int repsInSet = 0;    // RepDone, SetDone, SetEndedEarly: reps finished in that set
    PauseReason pauseReason = PauseReason::User; // Paused
    Micros gap{0}; // Paused by a gap: how long the gap was; StepExtended: the time added
    EndReason endReason = EndReason::Completed; // SessionEnd
    PainMoment painMoment = PainMoment::Before; // PainRated
    int pain = 0;                               // PainRated: 0-10
    Side leg = Side::None;                      // SelfCheckAnswer: the leg asked about
    int question = 0;                           // SelfCheckAnswer: 0-based question index
    bool yes = false;                           // SelfCheckAnswer
    bool urgent = false; // SelfCheckCompleted: the check ended in the urgent notice
    SetResult set;       // SetDone
};

std::string toString(EventType type);     // snake_case, as in the trace: "step_start"
std::string toString(PauseReason reason); // "user", "gap"
std::string toString(PainMoment moment);  // "before", "after"
std::string toString(SetEnd end);         // "completed", "ended-early", "left"

} // namespace nf
