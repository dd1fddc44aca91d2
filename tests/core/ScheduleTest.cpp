#include "core/Schedule.hpp"

#include "PlanTestSupport.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace nf::test;

namespace {

LocalTime at(int hour, int minute = 0, int ago = 0) {
    return {addDays(kPlanToday, -ago), hour, minute, 0};
}

const PlanItem& item(const TodayPlan& p, const std::string& id) {
    for (const PlanItem& i : p.items)
        if (i.routineId == id)
            return i;
    throw std::runtime_error("no item " + id);
}

TodayPlan planAt(const std::vector<SessionRecord>& records, LocalTime now,
                 const Plan& plan = defaultPlan(),
                 const std::vector<MorningRecord>& mornings = {}) {
    return todayPlan(plan, records, mornings, kRoutineNames, now);
}

Plan flossAt(std::vector<TimeOfDay> times) {
    Plan p = defaultPlan();
    p.entries[0].at = std::move(times);
    return p;
}

} // namespace

TEST(Schedule, TwiceADayCountsTodaysCompletedSessions) {
    const auto p = planAt({done("nerve-floss", 0, 8, 12)}, at(12));
    const PlanItem& f = item(p, "nerve-floss");
    EXPECT_EQ(f.state, PlanState::Due);
    EXPECT_EQ(planLine(f), "Nerve flossing: 1 of 2 done (08:12)");
    EXPECT_EQ(reminderLine(f), "Nerve flossing: 2nd of 2 today");
}

TEST(Schedule, TwiceADayIsDoneAfterTheSecond) {
    const auto p = planAt({done("nerve-floss", 0, 8, 12), done("nerve-floss", 0, 18, 40)}, at(20));
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Done);
    EXPECT_EQ(planLine(item(p, "nerve-floss")), "Nerve flossing: done 2 of 2 (08:12, 18:40)");
    EXPECT_TRUE(dueNow(p).size() == 2U); // the stretches are due; strengthening never done: due
}

TEST(Schedule, StoppedSessionsDoNotCount) {
    SessionRecord stopped = done("nerve-floss", 0, 8);
    stopped.outcome = SessionOutcome::Stopped;
    EXPECT_EQ(item(planAt({stopped}, at(12)), "nerve-floss").doneAt.size(), 0U);
}

TEST(Schedule, YesterdaysSessionsDoNotCountToday) {
    const auto p = planAt({done("nerve-floss", 1, 20), done("nerve-floss", 1, 21)}, at(7));
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Due);
    EXPECT_EQ(planLine(item(p, "nerve-floss")), "Nerve flossing: 0 of 2 done");
}

TEST(Schedule, MidnightStartsANewDay) {
    // A session at 23:55 belongs to its day; at 00:05 the next day nothing is done yet.
    const std::vector<SessionRecord> records = {done("nerve-floss", 1, 23, 55)};
    EXPECT_EQ(item(planAt(records, at(23, 59, 1)), "nerve-floss").doneAt.size(), 1U);
    EXPECT_EQ(item(planAt(records, at(0, 5)), "nerve-floss").doneAt.size(), 0U);
}

TEST(Schedule, TimesOfDayGiveTheNextSlot) {
    const Plan plan = flossAt({{8, 0}, {18, 30}});
    const auto morning = planAt({done("nerve-floss", 0, 8, 5)}, at(12), plan);
    EXPECT_EQ(planLine(item(morning, "nerve-floss")),
              "Nerve flossing: 1 of 2 done (08:05); next at 18:30");
    for (const PlanItem* i : dueNow(morning))
        EXPECT_NE(i->routineId, "nerve-floss");
    const auto evening = planAt({done("nerve-floss", 0, 8, 5)}, at(18, 30), plan);
    EXPECT_TRUE(item(evening, "nerve-floss").slotPassed);
    EXPECT_EQ(planLine(item(evening, "nerve-floss")),
              "Nerve flossing: 1 of 2 done (08:05); due now (planned 18:30)");
}

TEST(Schedule, LateFirstSessionStillOwesTheFirstSlot) {
    // The 08:00 session not done by noon: the first slot is due, not the 18:30 one.
    const auto p = planAt({}, at(12), flossAt({{8, 0}, {18, 30}}));
    EXPECT_EQ(item(p, "nerve-floss").slot, (TimeOfDay{8, 0}));
    EXPECT_TRUE(item(p, "nerve-floss").slotPassed);
}

TEST(Schedule, EveryOtherDayRestsTheDayAfter) {
    const auto p = planAt({done("strengthening", 1, 17)}, at(9));
    const PlanItem& s = item(p, "strengthening");
    EXPECT_EQ(s.state, PlanState::Resting);
    EXPECT_EQ(s.nextInDays, 1);
    EXPECT_EQ(planLine(s), "Strengthening: rest day, next tomorrow; done yesterday: the plan says "
                           "every other day, never two days in a row");
}

TEST(Schedule, EveryOtherDayIsDueTwoDaysLater) {
    EXPECT_EQ(item(planAt({done("strengthening", 2)}, at(9)), "strengthening").state,
              PlanState::Due);
    EXPECT_EQ(planLine(item(planAt({}, at(9)), "strengthening")), "Strengthening: due today");
}

TEST(Schedule, EveryThreeDaysCountsDownTheRest) {
    Plan plan = defaultPlan();
    plan.entries[3].everyDays = 3;
    const auto p = planAt({done("strengthening", 1)}, at(9), plan);
    EXPECT_EQ(planLine(item(p, "strengthening")).substr(0, 39),
              "Strengthening: rest day, next in 2 days");
    EXPECT_EQ(item(planAt({done("strengthening", 3)}, at(9), plan), "strengthening").state,
              PlanState::Due);
}

TEST(Schedule, EveryOtherDayDoneTodayIsDone) {
    const auto p = planAt({done("strengthening", 0, 7, 30)}, at(9));
    EXPECT_EQ(planLine(item(p, "strengthening")), "Strengthening: done (07:30)");
}

TEST(Schedule, SecondDayInARowIsWarnedBeforeStarting) {
    const Plan plan = defaultPlan();
    EXPECT_TRUE(secondDayWarning(plan, {done("strengthening", 1)}, "strengthening", kPlanToday));
    EXPECT_FALSE(secondDayWarning(plan, {done("strengthening", 2)}, "strengthening", kPlanToday));
    EXPECT_FALSE(secondDayWarning(plan, {done("nerve-floss", 1)}, "nerve-floss", kPlanToday));
    // Done anyway: today's line says so too.
    const auto p = planAt({done("strengthening", 1), done("strengthening", 0, 10)}, at(11));
    EXPECT_TRUE(item(p, "strengthening").warning);
}

TEST(Schedule, AsWantedIsNeverDue) {
    const auto p = planAt({done("knee-rolls", 0, 7)}, at(9));
    EXPECT_EQ(planLine(item(p, "knee-rolls")), "Knee rolls: as wanted (done 07:00)");
    for (const PlanItem* i : dueNow(p))
        EXPECT_NE(i->routineId, "knee-rolls");
}

TEST(Schedule, FlareDayTakesFlossingOffAndSaysWhy) {
    const auto p = planAt({done("nerve-floss", 0, 8, 0, 2, 5)}, at(12));
    const PlanItem& f = item(p, "nerve-floss");
    EXPECT_EQ(f.state, PlanState::Off);
    EXPECT_EQ(planLine(f), "Nerve flossing: off today: pain rose from 2 to 5 after Nerve flossing "
                           "today: no flossing today (done 08:00)");
    EXPECT_EQ(item(p, "glute-stretch").state, PlanState::Due); // not off on flare days
}

// The plan says what the home screen's symptom response says: an urgent sign in the weekly
// check, or new tingling or numbness, takes flossing off today, with the reason.
TEST(Schedule, AnUrgentSignOrNewTinglingTakesFlossingOff) {
    CheckIns urgent;
    UrgentCheck u;
    u.day = addDays(kPlanToday, -2);
    u.yes[1] = true;
    urgent.urgent.push_back(u);
    auto p = todayPlan(defaultPlan(), {}, {}, kRoutineNames, at(9), urgent);
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Off);
    EXPECT_NE(planLine(item(p, "nerve-floss")).find("urgent sign"), std::string::npos);
    EXPECT_EQ(item(p, "glute-stretch").state, PlanState::Due);
    // A later check with no sign clears it.
    UrgentCheck clear;
    clear.day = addDays(kPlanToday, -1);
    urgent.urgent.push_back(clear);
    p = todayPlan(defaultPlan(), {}, {}, kRoutineNames, at(9), urgent);
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Due);

    CheckIns tingling;
    tingling.whereFelt.push_back({{addDays(kPlanToday, -1), 18, 0, 0}, Reach::Calf, true});
    p = todayPlan(defaultPlan(), {}, {}, kRoutineNames, at(9), tingling);
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Off);
    EXPECT_NE(planLine(item(p, "nerve-floss")).find("new tingling or numbness"), std::string::npos);
    // Eight days on, it no longer rests flossing.
    p = todayPlan(defaultPlan(), {}, {}, kRoutineNames, {addDays(kPlanToday, 7), 9, 0, 0},
                  tingling);
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Due);
}

TEST(Schedule, FlareLastsTheNextDayToo) {
    EXPECT_EQ(item(planAt({done("nerve-floss", 1, 8, 0, 2, 5)}, at(9)), "nerve-floss").state,
              PlanState::Off);
    EXPECT_EQ(item(planAt({done("nerve-floss", 2, 8, 0, 2, 5)}, at(9)), "nerve-floss").state,
              PlanState::Due);
}

TEST(Schedule, WorseMorningIsAFlareThatDayAndTheNext) {
    const std::vector<SessionRecord> records = {done("nerve-floss", 1)};
    const std::vector<MorningRecord> worse = {{addDays(kPlanToday, -1), MorningCheck::Worse}};
    const auto today = planAt(records, at(9), defaultPlan(), worse);
    EXPECT_EQ(item(today, "nerve-floss").state, PlanState::Off);
    EXPECT_NE(item(today, "nerve-floss").reason.find("this morning was worse"), std::string::npos);
    // A worse morning counts after a day of flossing (core/HistoryRules' one rule).
    const std::vector<MorningRecord> older = {{addDays(kPlanToday, -2), MorningCheck::Worse}};
    EXPECT_EQ(
        item(planAt({done("nerve-floss", 2)}, at(9), defaultPlan(), older), "nerve-floss").state,
        PlanState::Off);
    const std::vector<MorningRecord> oldest = {{addDays(kPlanToday, -3), MorningCheck::Worse}};
    EXPECT_EQ(
        item(planAt({done("nerve-floss", 3)}, at(9), defaultPlan(), oldest), "nerve-floss").state,
        PlanState::Due);
}

TEST(Schedule, FlossingDoneTwiceBeforeTheFlareStaysDone) {
    const auto p = planAt({done("nerve-floss", 0, 8), done("nerve-floss", 0, 18, 0, 2, 5)}, at(20));
    EXPECT_EQ(item(p, "nerve-floss").state, PlanState::Done);
}

TEST(LocalTimeAt, TimeZonesMoveTheDay) {
    // 2026-11-21 23:30 UTC.
    const std::int64_t instant = 1'795'303'800;
    EXPECT_EQ(formatLocalTime(localTimeAt(instant, 0)), "2026-11-21 23:30:00");
    EXPECT_EQ(formatLocalTime(localTimeAt(instant, 2 * 3600)), "2026-11-22 01:30:00");
    EXPECT_EQ(formatLocalTime(localTimeAt(instant, -5 * 3600)), "2026-11-21 18:30:00");
    EXPECT_EQ(formatLocalTime(localTimeAt(instant, 5 * 3600 + 1800)), "2026-11-22 05:00:00");
}

TEST(LocalTimeAt, BeforeTheEpochFloorsToTheRightDay) {
    EXPECT_EQ(formatLocalTime(localTimeAt(-1, 0)), "1969-12-31 23:59:59");
    EXPECT_EQ(formatLocalTime(localTimeAt(0, -3600)), "1969-12-31 23:00:00");
}

TEST(Schedule, SessionJustAfterMidnightInAnotherZoneCountsForThatDay) {
    // Recorded by the shell in local time: 00:30 in UTC+2 is 22:30 UTC the day before.
    const LocalTime local = localTimeAt(1'795'303'800 - 3600 * 1 + 0, 2 * 3600); // 2026-11-22 00:30
    SessionRecord r = done("nerve-floss", 0);
    r.start = local;
    const auto p = todayPlan(defaultPlan(), {r}, {}, kRoutineNames, LocalTime{local.date, 9, 0, 0});
    EXPECT_EQ(item(p, "nerve-floss").doneAt.size(), 1U);
    const auto dayBefore = todayPlan(defaultPlan(), {r}, {}, kRoutineNames,
                                     LocalTime{addDays(local.date, -1), 23, 0, 0});
    EXPECT_EQ(item(dayBefore, "nerve-floss").doneAt.size(), 0U);
}
