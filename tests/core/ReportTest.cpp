#include "core/Report.hpp"

#include "PlanTestSupport.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace nf::test;

namespace {

ReportInput week() {
    ReportInput in;
    in.from = addDays(kPlanToday, -6);
    in.to = kPlanToday;
    in.madeAt = {kPlanToday, 10, 5, 0};
    in.plan = defaultPlan();
    in.names = {{"nerve-floss", "Nerve flossing"}, {"strengthening", "Strengthening"}};
    in.doseNow = {{"nerve-floss", "15 reps a set, hold 3 s"}};
    return in;
}

AdherenceRow row(const Report& r, const std::string& id) {
    for (const AdherenceRow& a : r.adherence)
        if (a.routineId == id)
            return a;
    throw std::runtime_error("no row " + id);
}

ReportSection section(const Report& r, const std::string& titleStart) {
    for (const ReportSection& s : r.sections)
        if (s.title.rfind(titleStart, 0) == 0)
            return s;
    throw std::runtime_error("no section " + titleStart);
}

} // namespace

TEST(Report, SubtitleSaysWhenMadeAndWhichDays) {
    EXPECT_EQ(buildReport(week()).subtitle,
              "Made 2026-11-21 10:05; covers 2026-11-15 to 2026-11-21 (7 days)");
}

TEST(Report, PlanTableHasEachRoutineWithItsDoseAndLimits) {
    const Report r = buildReport(week());
    ASSERT_FALSE(r.plan.table.rows.empty());
    EXPECT_EQ(
        r.plan.table.rows[0],
        (std::vector<std::string>{"Nerve flossing", "2 times a day", "15 reps a set, hold 3 s",
                                  "reps up to 25 by 5, hold up to 5 s by 1, off on flare days"}));
}

TEST(Report, AdherenceCountsAtMostTheWantedSessionsADay) {
    ReportInput in = week();
    for (int hour : {8, 12, 18})
        in.sessions.push_back(done("nerve-floss", 0, hour));
    in.sessions.push_back(done("nerve-floss", 1, 8));
    const AdherenceRow floss = row(buildReport(in), "nerve-floss");
    EXPECT_EQ(floss.done.back(), 3);
    EXPECT_EQ(floss.doneTotal, 4);
    EXPECT_EQ(floss.line, "Nerve flossing: 3 of 14 planned sessions done (21%)");
}

TEST(Report, FlareDaysAreNotPlannedForFlossing) {
    ReportInput in = week();
    in.sessions.push_back(done("nerve-floss", 0, 8, 0, 2, 5)); // amber today: today is off
    const AdherenceRow floss = row(buildReport(in), "nerve-floss");
    EXPECT_EQ(floss.planned, 12);
    EXPECT_EQ(floss.line, "Nerve flossing: 0 of 12 planned sessions done (0%)");
}

// Days the urgent sign rested flossing were not planned for it either: a yes on day 3 of 7, the
// days from then on (it lasts a week, or until a check with no sign) are off.
TEST(Report, DaysAnUrgentSignRestedFlossingAreNotPlanned) {
    ReportInput in = week();
    UrgentCheck u;
    u.day = addDays(in.to, -4); // the report's 3rd day; its days 3 to 7 are off
    u.yes[0] = true;
    in.urgentChecks.push_back(u);
    EXPECT_EQ(row(buildReport(in), "nerve-floss").planned, 4);
}

TEST(Report, EveryOtherDayIsPlannedOnHalfTheDays) {
    ReportInput in = week();
    in.sessions.push_back(done("strengthening", 2));
    in.sessions.push_back(done("strengthening", 0));
    EXPECT_EQ(row(buildReport(in), "strengthening").line,
              "Strengthening: 2 of 4 planned sessions done (50%)");
}

TEST(Report, SessionsOutsideTheDaysAreLeftOut) {
    ReportInput in = week();
    in.sessions.push_back(done("nerve-floss", 7));
    in.sessions.push_back(done("nerve-floss", 6));
    EXPECT_EQ(section(buildReport(in), "Sessions").table.rows.size(), 1U);
    EXPECT_EQ(section(buildReport(in), "Sessions").table.rows[0][0], "2026-11-15");
}

TEST(Report, SessionsOfADayAndRoutineShareARow) {
    ReportInput in = week();
    SessionRecord r = done("nerve-floss", 0, 9, 30, 4, 3);
    r.setsDone = 2;
    r.repsDone = 28;
    r.setsEndedEarly = 1;
    in.sessions.push_back(r);
    SessionRecord later = done("nerve-floss", 0, 18, 0, 3, 3);
    later.repsDone = 45;
    later.outcome = SessionOutcome::Stopped;
    in.sessions.push_back(later);
    in.sessions.push_back(done("strengthening", 0, 12));
    const ReportSection s = section(buildReport(in), "Sessions");
    ASSERT_EQ(s.table.rows.size(), 2U);
    EXPECT_EQ(s.table.rows[0],
              (std::vector<std::string>{"2026-11-21", "Nerve flossing", "09:30, 18:00", "5 of 6",
                                        "73 of 90", "4 \u2192 3, 3 \u2192 3",
                                        "1 stopped; 1 set ended early"}));
    EXPECT_EQ(s.table.rows[1][1], "strengthening");
    EXPECT_EQ(s.table.rows[1][6], "completed");
}

TEST(Report, AmberDaysAreListedWithTheirReason) {
    ReportInput in = week();
    in.sessions.push_back(done("nerve-floss", 3, 9, 0, 2, 5));
    in.sessions.push_back(done("nerve-floss", 2));
    in.mornings.push_back({addDays(kPlanToday, -2), MorningCheck::Worse}); // amber the day after
    const Report r = buildReport(in);
    const ReportSection s = section(r, "Symptom response");
    ASSERT_EQ(s.table.rows.size(), 2U);
    EXPECT_EQ(s.table.rows[0], (std::vector<std::string>{
                                   "2026-11-18", "pain rose from 2 to 5 after Nerve flossing"}));
    EXPECT_EQ(s.table.rows[1],
              (std::vector<std::string>{"2026-11-20", "the morning was worse than before"}));
    EXPECT_EQ(s.notes[0].substr(0, 45), "2 days with sessions, 1 of them green; 2 ambe");
    EXPECT_TRUE(r.days[3].amber);
    EXPECT_FALSE(r.days[4].amber);
    EXPECT_EQ(r.days[4].morning, MorningCheck::Worse);
    EXPECT_TRUE(r.days[5].amber);
}

TEST(Report, PainDaysAreMeansOfTheDaysRatings) {
    ReportInput in = week();
    in.sessions.push_back(done("nerve-floss", 0, 8, 0, 3, 2));
    in.sessions.push_back(done("nerve-floss", 0, 18, 0, 4, 4));
    const Report r = buildReport(in);
    ASSERT_EQ(r.days.size(), 7U);
    EXPECT_DOUBLE_EQ(*r.days.back().painBefore, 3.5);
    EXPECT_DOUBLE_EQ(*r.days.back().painAfter, 3.0);
    EXPECT_FALSE(r.days.front().painBefore);
}

TEST(Report, WhereFeltTrendCountsTheAnswerBeforeTheRange) {
    ReportInput in = week();
    in.whereFelt.push_back({{addDays(kPlanToday, -10), 9, 0, 0}, Reach::Thigh, false});
    in.whereFelt.push_back({{kPlanToday, 9, 0, 0}, Reach::Calf, false});
    const ReportSection s = section(buildReport(in), "Where");
    ASSERT_EQ(s.table.rows.size(), 1U);
    EXPECT_EQ(s.table.rows[0][1], "the calf");
    EXPECT_EQ(s.table.rows[0][3], "worse");
}

TEST(Report, UrgentYesNamesTheQuestion) {
    ReportInput in = week();
    UrgentCheck c;
    c.day = kPlanToday;
    c.yes[4] = true;
    in.urgentChecks.push_back(c);
    c.day = addDays(kPlanToday, -1);
    c.yes[4] = false;
    in.urgentChecks.push_back(c);
    const ReportSection s = section(buildReport(in), "Urgent");
    ASSERT_EQ(s.table.rows.size(), 2U);
    EXPECT_EQ(s.table.rows[0][1], "no to all 5");
    EXPECT_EQ(s.table.rows[1][1], "YES to: Pain, numbness or tingling in both legs?");
    EXPECT_EQ(s.table.alerts, std::vector<std::size_t>{1});
}

TEST(Report, SbiScoresHaveTotalsAndTheSixWeekAdvice) {
    ReportInput in = week();
    in.from = addDays(kPlanToday, -60);
    in.sbiScores.push_back({addDays(kPlanToday, -50), {3, 2, 1, 4}});
    in.sbiScores.push_back({kPlanToday, {3, 3, 1, 4}});
    const Report r = buildReport(in);
    const ReportSection s = section(r, "Sciatica");
    ASSERT_EQ(s.table.rows.size(), 2U);
    EXPECT_EQ(s.table.rows[1], (std::vector<std::string>{"2026-11-21", "3", "3", "1", "4", "11"}));
    EXPECT_EQ(r.sbi.size(), 2U);
    ASSERT_EQ(s.notes.size(), 1U);
    EXPECT_NE(s.notes[0].find("GP or physiotherapist"), std::string::npos) << s.notes[0];
}

TEST(Report, DoseChangesKeepTheirReason) {
    ReportInput in = week();
    in.doseChanges.push_back(
        {{kPlanToday, 12, 0, 0}, "nerve-floss", "reps", "15", "20", "14 days of green"});
    EXPECT_EQ(section(buildReport(in), "Dose changes").table.rows[0],
              (std::vector<std::string>{"2026-11-21 12:00", "Nerve flossing", "reps: 15 \u2192 20",
                                        "14 days of green"}));
}

TEST(Report, EveryTableRowHasACellForEachColumn) {
    ReportInput in = week();
    in.sessions.push_back(done("nerve-floss", 0));
    RecordedSet set;
    set.finishedAt = {kPlanToday, 9, 1, 0};
    set.endedEarly = true;
    in.sets.push_back(set);
    in.selfChecks.push_back({1,
                             {kPlanToday, 9, 0, 0},
                             {Side::Left, {true, true, std::nullopt}},
                             SelfCheckVerdict::Incomplete});
    const Report r = buildReport(in);
    for (const ReportSection& s : r.sections) {
        double sum = 0;
        for (double w : s.table.widths)
            sum += w;
        EXPECT_NEAR(sum, 1.0, 1e-9) << s.title;
        for (const auto& cells : s.table.rows)
            EXPECT_EQ(cells.size(), s.table.header.size()) << s.title;
    }
}

// A self-check that ended in the urgent notice is said to be urgent in the clinician's report,
// never "not suggestive" (which each leg's own answers give when both legs are alike).
TEST(Report, AnUrgentSelfCheckIsReportedAsUrgent) {
    ReportInput in = week();
    for (Side leg : {Side::Right, Side::Left})
        in.selfChecks.push_back(
            {1, {kPlanToday, 9, 0, 0}, {leg, {true, false, true}}, SelfCheckVerdict::Urgent});
    const Report r = buildReport(in);
    int urgent = 0;
    for (const ReportSection& s : r.sections)
        for (const auto& cells : s.table.rows)
            for (const auto& cell : cells) {
                urgent += cell.find("URGENT") != std::string::npos;
                EXPECT_EQ(cell.find("not suggestive"), std::string::npos) << cell;
            }
    EXPECT_EQ(urgent, 2);
}
