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
    RepDone,
    SetDone,
    SetEndedEarly, // the user ended the set ("the dull pain has eased"); a SetDone follows
    SetRestarted,  // the user restarted the current set; a StepStart follows
    StepSkipped,   // the user skipped the current step; the next StepStart follows
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
inline bool validPain(int pain) { return pain >= kMinPain && pain <= kMaxPain; }

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
    Micros gap{0};                               // Paused by a gap: how long the gap was
    EndReason endReason = EndReason::Completed;  // SessionEnd
    PainMoment painMoment = PainMoment::Before;  // PainRated
    int pain = 0;                                // PainRated: 0-10
    Side leg = Side::None;                       // SelfCheckAnswer: the leg asked about
    int question = 0;                            // SelfCheckAnswer: 0-based question index
    bool yes = false;                            // SelfCheckAnswer
};

std::string toString(EventType type); // snake_case, as in the trace: "step_start"
std::string toString(PauseReason reason); // "user", "gap"
std::string toString(PainMoment moment);  // "before", "after"

} // namespace nf
