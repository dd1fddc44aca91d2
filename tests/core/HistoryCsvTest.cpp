#include "core/HistoryCsv.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nf;
using namespace std::chrono;

namespace {

SessionRecord sample() {
    SessionRecord r;
    r.id = 7;
    r.start = {Date{year{2026}, month{11}, day{21}}, 8, 0, 0};
    r.end = LocalTime{Date{year{2026}, month{11}, day{21}}, 8, 9, 30};
    r.routineId = "nerve-floss";
    r.routineName = "Nerve flossing";
    r.side = "right";
    r.repsPerSet = 25;
    r.setsPlanned = 3;
    r.holdSeconds = 3;
    r.restSeconds = 30;
    r.setsDone = 3;
    r.repsDone = 70;
    r.setsEndedEarly = 1;
    r.outcome = SessionOutcome::Completed;
    r.painBefore = 4;
    r.painAfter = 3;
    return r;
}

bool hasColumn(const std::string& name) {
    const auto& c = sessionCsvColumns();
    return std::find(c.begin(), c.end(), name) != c.end();
}

} // namespace

TEST(HistoryCsv, PlainFieldsStayAsTheyAre) {
    EXPECT_EQ(csvField("Nerve flossing"), "Nerve flossing");
}
TEST(HistoryCsv, CommasAreQuoted) {
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
}
TEST(HistoryCsv, QuotesAreDoubled) {
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
}
TEST(HistoryCsv, LineBreaksAreQuoted) {
    EXPECT_EQ(csvField("a\nb"), "\"a\nb\"");
    EXPECT_EQ(csvField("a\rb"), "\"a\rb\"");
}
TEST(HistoryCsv, EmptyStaysEmpty) {
    EXPECT_EQ(csvField(""), "");
}

TEST(HistoryCsv, HeaderHasTheColumnsThePhysioNeeds) {
    for (const char* name : {"start", "end", "routine", "side", "sets_done", "reps_done",
                             "ended_early", "pain_before", "pain_after"})
        EXPECT_TRUE(hasColumn(name)) << name;
    EXPECT_EQ(sessionCsvHeader().rfind("id,start,end,routine,", 0), 0u);
}

TEST(HistoryCsv, RowHasOneFieldPerColumn) {
    const std::string row = sessionCsvRow(sample(), MorningCheck::Better);
    EXPECT_EQ(std::count(row.begin(), row.end(), ','),
              static_cast<long>(sessionCsvColumns().size() - 1));
}

TEST(HistoryCsv, RowCarriesTheValues) {
    EXPECT_EQ(sessionCsvRow(sample(), MorningCheck::Better),
              "7,2026-11-21 08:00:00,2026-11-21 08:09:30,nerve-floss,Nerve flossing,right,25,3,3,"
              "30,3,70,yes,1,completed,4,3,better\r\n");
}

TEST(HistoryCsv, UnfinishedSessionLeavesEndAndPainEmpty) {
    SessionRecord r = sample();
    r.end.reset();
    r.outcome = SessionOutcome::Unfinished;
    r.painAfter.reset();
    r.setsDone = 1;
    r.repsDone = 25;
    r.setsEndedEarly = 0;
    EXPECT_EQ(sessionCsvRow(r, std::nullopt),
              "7,2026-11-21 08:00:00,,nerve-floss,Nerve flossing,right,25,3,3,30,1,25,no,0,"
              "unfinished,4,,\r\n");
}

TEST(HistoryCsv, RoutineNameWithACommaStaysOneField) {
    SessionRecord r = sample();
    r.routineName = "Floss, gently";
    EXPECT_NE(sessionCsvRow(r, std::nullopt).find(",\"Floss, gently\","), std::string::npos);
}

TEST(HistoryCsv, SetRowsSayWhatBecameOfEachSet) {
    EXPECT_EQ(setCsvHeader(), "session_id,seq,exercise,side,set,reps_planned,reps_done,ended_early,"
                              "skipped,left_mid_set,finished_at\r\n");
    RecordedSet s;
    s.sessionId = 7;
    s.seq = 2;
    s.exercise = "Knee rolls, then rest";
    s.side = "left";
    s.setNumber = 1;
    s.repsPlanned = 10;
    s.repsDone = 4;
    s.repsSkipped = 2;
    s.leftMidSet = true;
    s.finishedAt = {Date{year{2026}, month{11}, day{21}}, 8, 3, 0};
    EXPECT_EQ(setCsvRow(s),
              "7,2,\"Knee rolls, then rest\",left,1,10,4,no,2,yes,2026-11-21 08:03:00\r\n");
    s.repsPlanned.reset(); // recorded before the history kept the plan
    s.endedEarly = true;
    s.leftMidSet = false;
    EXPECT_EQ(setCsvRow(s),
              "7,2,\"Knee rolls, then rest\",left,1,,4,yes,2,no,2026-11-21 08:03:00\r\n");
}
