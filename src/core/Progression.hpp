#pragma once

#include "core/History.hpp"
#include "core/Plan.hpp"
#include "core/Routine.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf {

// Progression by criteria: after two weeks of green, one small step up for a routine, within
// the plan's caps. Pure: the suggestion is a value; nothing changes until the person accepts it
// and the shell records the change with its reason. A step down is the guardrail's business.

// One change of a routine's dose, as history keeps it.
struct DoseChange {
    LocalTime at;
    std::string routineId;
    std::string what;   // "reps", "hold" or "harder" (a harder variant of an exercise)
    std::string from;   // "15", "3", "Glute bridge"
    std::string to;     // "20", "4", "Single-leg bridge"
    std::string reason; // one sentence
};

// What progression needs to know about a routine now.
struct DoseNow {
    int reps = 0;                          // reps a set in force
    double hold = 0.0;                     // hold seconds in force (adjustable phases)
    std::vector<std::string> harderChosen; // exercises already switched to their harder variant
};

enum class StepUpKind { Reps, Hold, Harder };

struct StepUp {
    std::string routineId;
    StepUpKind kind = StepUpKind::Reps;
    int reps = 0;         // the new reps (Reps)
    double hold = 0.0;    // the new hold (Hold)
    std::string exercise; // the exercise switched (Harder)
    std::string variant;  // its harder variant (Harder)
    std::string reason;   // "14 days of green: ..."

    // The change to record once accepted.
    DoseChange change(const DoseNow& now, LocalTime at) const;
};

// Days of green before a step up, and how many of them must have a session of the routine.
inline constexpr int kGreenDays = 14;
inline constexpr int kGreenSessionDays = 7;

// The step up for `routine` under `entry`, or nothing. Asked only when, over the kGreenDays days
// ending today: every day was green (core/SymptomResponse), the routine was done on the first
// of them or earlier and on at least kGreenSessionDays of them, and its dose has not changed in
// that time (the last change in `changes`). The step is, in order: reps up by the plan's rep_step
// to max_reps; then the hold up by hold_step to max_hold; then, when the plan allows harder
// variants, the first exercise with a harder variant not yet chosen (a tensioner variant only when
// the plan switched tensioners on).
std::optional<StepUp> stepUp(const PlanEntry& entry, const Routine& routine, const DoseNow& now,
                             const std::vector<SessionRecord>& records,
                             const std::vector<MorningRecord>& mornings,
                             const std::vector<DoseChange>& changes, Date today);

// The harder variants chosen for a routine by the recorded changes, in order.
std::vector<std::string> harderChosen(const std::vector<DoseChange>& changes,
                                      const std::string& routineId);

// "15 reps a set, hold 3 s", then ", Glute bridge: harder variant" for each one chosen.
std::string doseText(const DoseNow& now);

// "Nerve flossing: 20 reps a set instead of 15 (14 days of green)."
std::string stepLine(const StepUp& step, const std::string& routineName, const DoseNow& now);

} // namespace nf
