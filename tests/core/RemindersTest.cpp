#include "core/Reminders.hpp"

#include "PlanTestSupport.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace nf::test;

namespace {

std::vector<TimeOfDay> times(const std::vector<std::string>& texts) {
    auto parsed = parseReminderTimes(texts);
    EXPECT_TRUE(std::holds_alternative<std::vector<TimeOfDay>>(parsed));
    return std::holds_alternative<std::vector<TimeOfDay>>(parsed)
               ? std::get<std::vector<TimeOfDay>>(parsed)
               : std::vector<TimeOfDay>{};
}

std::string problem(const std::vector<std::string>& texts) {
    auto parsed = parseReminderTimes(texts);
    return std::holds_alternative<std::string>(parsed) ? std::get<std::string>(parsed) : "";
}

} // namespace

TEST(Reminders, TimesAreSortedEarliestFirst) {
    EXPECT_EQ(times({"18:30", "08:00"}), (std::vector<TimeOfDay>{{8, 0}, {18, 30}}));
}

TEST(Reminders, BadTimesAreNamed) {
    EXPECT_EQ(problem({"08:00", "8am"}), "'8am' is not a time of day like 08:00 (00:00 to 23:59)");
    EXPECT_EQ(problem({"08:00", "08:00"}), "08:00 is given twice");
    EXPECT_EQ(problem({}), "give at least one time, like 08:00");
    EXPECT_EQ(problem({"01:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00"}),
              "at most 6 reminder times, got 7");
}

TEST(Reminders, TimerNamesRoundTripAndOthersAreNotOurs) {
    EXPECT_EQ(reminderTimerName({8, 5}), "nervefloss-remind-0805.timer");
    EXPECT_EQ(reminderTimerTime("nervefloss-remind-0805.timer"), (TimeOfDay{8, 5}));
    EXPECT_FALSE(reminderTimerTime("nervefloss-remind-2460.timer"));
    EXPECT_FALSE(reminderTimerTime("nervefloss-remind-0805.service"));
    EXPECT_FALSE(reminderTimerTime("other-remind-0805.timer"));
    EXPECT_FALSE(reminderTimerTime("nervefloss-remind-+805.timer"));
}

TEST(Reminders, TimerIsPersistentAtItsTimeEveryDay) {
    const std::string unit = reminderTimerUnit({18, 30});
    EXPECT_NE(unit.find("OnCalendar=*-*-* 18:30:00\n"), std::string::npos) << unit;
    EXPECT_NE(unit.find("Persistent=true\n"), std::string::npos);
    EXPECT_NE(unit.find("Unit=nervefloss-remind.service\n"), std::string::npos);
    EXPECT_NE(unit.find("WantedBy=timers.target\n"), std::string::npos);
}

TEST(Reminders, ServiceRunsTheProgramQuotedForSystemd) {
    EXPECT_NE(
        reminderServiceUnit("/usr/bin/nervefloss").find("ExecStart=/usr/bin/nervefloss remind\n"),
        std::string::npos);
    EXPECT_NE(reminderServiceUnit("/home/a b/100%/nervefloss")
                  .find("ExecStart=\"/home/a b/100%%/nervefloss\" remind\n"),
              std::string::npos);
    EXPECT_EQ(systemdQuote("a\"b"), "\"a\\\"b\"");
}

TEST(Reminders, NoticeNamesWhatIsDueAndStartsTheFirst) {
    Plan plan = defaultPlan();
    const TodayPlan today =
        todayPlan(plan, {done("nerve-floss", 0, 8)}, {}, kRoutineNames, {kPlanToday, 18, 30, 0});
    const auto notice = reminderNotice(today);
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->summary, "Time for your exercises");
    EXPECT_EQ(notice->body.substr(0, notice->body.find('\n')), "Nerve flossing: 2nd of 2 today");
    EXPECT_EQ(notice->routineId, "nerve-floss");
}

TEST(Reminders, NothingDueMeansNoNotice) {
    Plan plan;
    plan.entries = {defaultPlan().entries[0]};
    const TodayPlan today = todayPlan(plan, {done("nerve-floss", 0, 8), done("nerve-floss", 0, 12)},
                                      {}, kRoutineNames, {kPlanToday, 18, 30, 0});
    EXPECT_FALSE(reminderNotice(today));
}

TEST(Reminders, OneRoutineDueIsNamedInTheSummary) {
    Plan plan;
    plan.entries = {defaultPlan().entries[0]};
    const auto notice =
        reminderNotice(todayPlan(plan, {}, {}, kRoutineNames, {kPlanToday, 8, 0, 0}));
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->summary, "Time for Nerve flossing");
    EXPECT_EQ(notice->body, "Nerve flossing: 1st of 2 today");
}
