#pragma once

#include "core/History.hpp"
#include "core/HistoryRules.hpp"
#include "core/Plan.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nf {

// Today's plan: for each routine of the plan, whether it is due, done, resting or off today,
// worked out from the plan, the recorded sessions and the local time the shell passes in.
// Pure: the shell decides what "now" is and in which time zone.

// The local wall-clock time of a Unix instant at a UTC offset (seconds east of UTC), so the
// shell's time-zone step is the only one and "which day is it" is tested here.
LocalTime localTimeAt(std::int64_t unixSeconds, int utcOffsetSeconds);

enum class PlanState {
    Due,      // more sessions wanted today
    Done,     // today's sessions are done
    Resting,  // an every-N-days routine between its days
    AsWanted, // no schedule
    Off,      // taken off today's plan (a flare day); `reason` says why
};

struct PlanItem {
    std::string routineId;
    std::string routineName;
    PlanState state = PlanState::Due;
    int wanted = 0;                     // sessions wanted today (0 for resting and as-wanted)
    std::vector<LocalTime> doneAt;      // today's completed sessions, earliest first
    std::optional<TimeOfDay> slot;      // the planned time of the next session today
    bool slotPassed = false;            // that time has come: the session is due now
    int nextInDays = 0;                 // resting: 1 = tomorrow
    std::optional<std::string> warning; // a second every-other-day day in a row
    std::string reason;                 // why it is off today
};

struct TodayPlan {
    LocalTime now;
    std::vector<PlanItem> items; // in the plan's order
};

// A session counts for the plan when it ran to its end (sets ended early because the pain
// eased still count).
bool countsForPlan(const SessionRecord& record);

// `names` maps routine ids to the names shown; an id without a name shows as itself.
// `checkIns`: an urgent sign or new tingling takes flossing off today as the home screen says.
TodayPlan todayPlan(const Plan& plan, const std::vector<SessionRecord>& records,
                    const std::vector<MorningRecord>& mornings,
                    const std::map<std::string, std::string>& names, LocalTime now,
                    const CheckIns& checkIns = {});

// Before starting `routineId` today: a warning when the plan wants it every 2 or more days and
// it was done yesterday (a second day in a row), else nothing.
std::optional<std::string> secondDayWarning(const Plan& plan,
                                            const std::vector<SessionRecord>& records,
                                            const std::string& routineId, Date today);

// "Nerve flossing: 1 of 2 done (08:12); next at 18:30", "Strengthening: rest day, next tomorrow".
std::string planLine(const PlanItem& item);
// The same without the name, for a place that already shows it (a row of the home screen).
std::string planStatus(const PlanItem& item);

// The items a reminder at `now` names: due, and either without times or with their time come.
std::vector<const PlanItem*> dueNow(const TodayPlan& plan);
// "Nerve flossing: 2nd of 2 today"; "Strengthening: due today" for every-N-days routines.
std::string reminderLine(const PlanItem& item);

} // namespace nf
