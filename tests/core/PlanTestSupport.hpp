#pragma once

#include "core/History.hpp"

#include <map>
#include <optional>
#include <string>

namespace nf::test {

inline constexpr Date kPlanToday{std::chrono::year{2026}, std::chrono::month{11},
                                 std::chrono::day{21}};

// The built-in routines' names by id, as the plan's lines name them.
inline const std::map<std::string, std::string> kRoutineNames = {
    {"nerve-floss", "Nerve flossing"},
    {"glute-stretch", "Glute stretches"},
    {"knee-rolls", "Knee rolls"},
    {"strengthening", "Strengthening"}};

// A completed session of `routineId` `ago` days before kPlanToday at hour:minute.
inline SessionRecord done(const std::string& routineId, int ago, int hour = 9, int minute = 0,
                          std::optional<int> before = std::nullopt,
                          std::optional<int> after = std::nullopt) {
    static std::int64_t nextId = 1;
    SessionRecord r;
    r.id = nextId++;
    r.start = {addDays(kPlanToday, -ago), hour, minute, 0};
    r.end = LocalTime{addDays(kPlanToday, -ago), hour, minute + 1, 0};
    r.routineId = routineId;
    r.routineName = routineId == "nerve-floss" ? "Nerve flossing" : routineId;
    r.repsPerSet = 15;
    r.setsPlanned = 3;
    r.setsDone = 3;
    r.repsDone = 45;
    r.outcome = SessionOutcome::Completed;
    r.painBefore = before;
    r.painAfter = after;
    return r;
}

} // namespace nf::test
