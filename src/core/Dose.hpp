#pragma once

#include "core/Routine.hpp"

#include <optional>
#include <string>

namespace nf {

// The sane limits for every number a user can set. The command line, the settings file and
// routine files all check against these, so one table decides what "out of range" means.
struct Limits {
    static constexpr int kRepsMin = 1, kRepsMax = 200;
    static constexpr int kSetsMin = 1, kSetsMax = 20;
    static constexpr double kHoldMin = 0.5, kHoldMax = 120.0;
    static constexpr double kRestMin = 0.0, kRestMax = 600.0;
    static constexpr double kLeadInMin = 0.0, kLeadInMax = 60.0;
    static constexpr double kSwitchMin = 0.0, kSwitchMax = 120.0;
    // A routine's size: the timeline expands every set and rep of every exercise, so a file
    // of thousands of exercises would take gigabytes.
    static constexpr int kExercisesMax = 20, kPhasesMax = 10;
};

// Checks every field of a dose against Limits. Returns the first problem as one sentence naming
// the field ("reps must be a whole number from 1 to 200, got 300"), or nothing when all is well.
std::optional<std::string> validateDose(const Dose& dose);

// Same, for single values; used where a value is read.
std::optional<std::string> checkReps(long long value);
std::optional<std::string> checkSets(long long value);
std::optional<std::string> checkHold(double value);
std::optional<std::string> checkRest(double value);
std::optional<std::string> checkLeadIn(double value);

} // namespace nf
