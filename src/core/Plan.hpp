#pragma once

#include "core/History.hpp"
#include "core/ParseError.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

// How often a plan wants a routine done.
enum class Cadence {
    TimesADay, // `timesADay` sessions every day
    EveryDays, // one session every `everyDays` days (2 = every other day, never two in a row)
    AsWanted,  // no schedule: shown, counted, never due
};

// A clock time of the day in the user's time zone, "08:00".
struct TimeOfDay {
    int hour = 0;
    int minute = 0;

    int minutes() const { return hour * 60 + minute; }
    // clang-tidy 14 takes the 0 a defaulted <=> compares with for a null pointer.
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};
std::string formatTimeOfDay(TimeOfDay time); // "08:00"
// A recorded instant's time of day, to the minute: "10:30".
std::string formatTimeOfDay(const LocalTime& time);
// Strictly "HH:MM", 00:00 to 23:59; nothing otherwise.
std::optional<TimeOfDay> parseTimeOfDay(std::string_view text);

// One routine of the plan: how often, at what times, and the limits progression keeps to.
struct PlanEntry {
    std::string routineId;
    Cadence cadence = Cadence::TimesADay;
    int timesADay = 1; // with Cadence::TimesADay
    int everyDays = 1; // with Cadence::EveryDays
    // Optional times of day, earliest first: one per session a day (TimesADay), or one
    // (EveryDays). Empty: any time of the day.
    std::vector<TimeOfDay> at;
    // Progression's limits (see core/Progression.hpp). Empty caps mean that part never steps up.
    std::optional<int> maxReps;
    int repStep = 2;
    std::optional<double> maxHold;
    double holdStep = 1.0;
    bool harderVariants = false; // the routine file's harder variants may be suggested
    bool tensioner = false;      // variants marked as tensioners too (a clinician's decision)
    bool offOnFlareDays = false; // a flare day (the guardrail's amber) takes it off the plan
};

// The person's programme: which routines, how often. Read from plan.toml (docs/plan.md) or the
// built-in default; this type only holds it.
struct Plan {
    std::vector<PlanEntry> entries; // in the order the file lists them

    const PlanEntry* find(std::string_view routineId) const;
};

// "2 times a day at 08:00, 18:30", "every other day (never two days in a row)", "as wanted".
std::string cadenceText(const PlanEntry& entry);
// How far progression may take it: "reps up to 25 by 5, hold up to 5 s by 1, off on flare days";
// "" when it never steps up and stays on flare days.
std::string limitsText(const PlanEntry& entry);

// The physiotherapist's default programme (../docs/plan.md): flossing twice a day (reps toward
// 25 then a longer hold, off on flare days), glute stretches twice a day, knee rolls as wanted,
// strengthening every other day (reps up to 15, then the harder variants).
Plan defaultPlan();

// Plan file text -> a Plan, or the first problem with its line and column. `knownRoutines` are
// the routine ids the program has; naming another one is an error at that id.
Parsed<Plan> parsePlan(std::string_view text, std::string_view source,
                       const std::vector<std::string>& knownRoutines);
// The plan as a plan file that parsePlan reads back to the same value.
std::string serializePlan(const Plan& plan);

} // namespace nf
