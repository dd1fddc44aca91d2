#include "core/Plan.hpp"

#include <gtest/gtest.h>

using namespace nf;

namespace {

const std::vector<std::string> kKnown = {"nerve-floss", "glute-stretch", "knee-rolls",
                                         "strengthening"};

Plan planOf(std::string_view text) {
    auto p = parsePlan(text, "plan.toml", kKnown);
    EXPECT_TRUE(ok(p)) << std::get<ParseError>(p).toString();
    return ok(p) ? std::get<Plan>(p) : Plan{};
}

ParseError errorOf(std::string_view text) {
    auto p = parsePlan(text, "plan.toml", kKnown);
    EXPECT_FALSE(ok(p)) << "parsed, but should not have";
    return ok(p) ? ParseError{} : std::get<ParseError>(p);
}

} // namespace

TEST(PlanFile, ReadsEachCadence) {
    const Plan p = planOf(R"(
[[routine]]
id = "nerve-floss"
times_a_day = 2
at = ["08:00", "18:30"]
max_reps = 25
rep_step = 5
max_hold = 5
off_on_flare_days = true

[[routine]]
id = "strengthening"
every_days = 2

[[routine]]
id = "knee-rolls"
as_wanted = true
)");
    ASSERT_EQ(p.entries.size(), 3U);
    EXPECT_EQ(p.entries[0].cadence, Cadence::TimesADay);
    EXPECT_EQ(p.entries[0].timesADay, 2);
    EXPECT_EQ(p.entries[0].at, (std::vector<TimeOfDay>{{8, 0}, {18, 30}}));
    EXPECT_EQ(p.entries[0].maxReps, 25);
    EXPECT_EQ(p.entries[0].repStep, 5);
    EXPECT_EQ(p.entries[0].maxHold, 5.0);
    EXPECT_TRUE(p.entries[0].offOnFlareDays);
    EXPECT_FALSE(p.entries[0].tensioner);
    EXPECT_EQ(p.entries[1].cadence, Cadence::EveryDays);
    EXPECT_EQ(p.entries[1].everyDays, 2);
    EXPECT_EQ(p.entries[2].cadence, Cadence::AsWanted);
}

TEST(PlanFile, UnknownRoutineIsReportedAtItsId) {
    const ParseError e = errorOf("[[routine]]\nid = \"yoga\"\ntimes_a_day = 1\n");
    EXPECT_EQ(e.toString().substr(0, 14), "plan.toml:2:6:");
    EXPECT_NE(e.message.find("no routine 'yoga'"), std::string::npos);
}

TEST(PlanFile, NeedsExactlyOneCadence) {
    EXPECT_NE(errorOf("[[routine]]\nid = \"knee-rolls\"\n").message.find("exactly one of"),
              std::string::npos);
    const ParseError two =
        errorOf("[[routine]]\nid = \"knee-rolls\"\ntimes_a_day = 1\nevery_days = 2\n");
    EXPECT_EQ(two.line, 1);
}

TEST(PlanFile, TimesMustMatchTheSessionsOfTheDay) {
    const ParseError e =
        errorOf("[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 2\nat = [\"08:00\"]\n");
    EXPECT_EQ(e.line, 4);
    EXPECT_EQ(e.column, 6);
    EXPECT_NE(e.message.find("2 times"), std::string::npos);
}

TEST(PlanFile, BadTimeIsReportedAtTheTime) {
    const ParseError e = errorOf(
        "[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 2\nat = [\"08:00\", \"24:10\"]\n");
    EXPECT_EQ(e.line, 4);
    EXPECT_EQ(e.column, 16);
}

TEST(PlanFile, TimesOutOfOrderAreRefused) {
    EXPECT_NE(
        errorOf("[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 2\nat = [\"18:00\", \"08:00\"]\n")
            .message.find("in order"),
        std::string::npos);
}

TEST(PlanFile, NumbersOutOfRangeNameTheKey) {
    EXPECT_NE(errorOf("[[routine]]\nid = \"strengthening\"\nevery_days = 0\n")
                  .message.find("'every_days'"),
              std::string::npos);
    EXPECT_NE(
        errorOf("[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 9\n").message.find("1 to 6"),
        std::string::npos);
    EXPECT_EQ(errorOf("[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 2\nmax_reps = 500\n").line,
              4);
}

TEST(PlanFile, DuplicateRoutineIsRefused) {
    const ParseError e = errorOf("[[routine]]\nid = \"knee-rolls\"\nas_wanted = true\n"
                                 "[[routine]]\nid = \"knee-rolls\"\nas_wanted = true\n");
    EXPECT_EQ(e.line, 5);
    EXPECT_NE(e.message.find("already"), std::string::npos);
}

TEST(PlanFile, UnknownKeyIsReported) {
    EXPECT_NE(errorOf("[[routine]]\nid = \"knee-rolls\"\nas_wanted = true\ntimes = 3\n")
                  .message.find("unknown key 'times'"),
              std::string::npos);
}

TEST(PlanFile, EmptyAndBinaryFilesAreRefused) {
    EXPECT_EQ(errorOf("").message, "the file is empty");
    EXPECT_EQ(errorOf(std::string_view("a\0b", 3)).line, 0);
}

TEST(PlanFile, DefaultPlanIsThePhysiosPlan) {
    const Plan p = defaultPlan();
    ASSERT_NE(p.find("nerve-floss"), nullptr);
    EXPECT_EQ(p.find("nerve-floss")->timesADay, 2);
    EXPECT_TRUE(p.find("nerve-floss")->offOnFlareDays);
    EXPECT_EQ(p.find("nerve-floss")->maxReps, 25);
    EXPECT_EQ(p.find("glute-stretch")->timesADay, 2);
    EXPECT_EQ(p.find("knee-rolls")->cadence, Cadence::AsWanted);
    EXPECT_EQ(p.find("strengthening")->cadence, Cadence::EveryDays);
    EXPECT_EQ(p.find("strengthening")->everyDays, 2);
    EXPECT_FALSE(p.find("strengthening")->tensioner);
}

TEST(PlanFile, SerializedPlanReadsBackTheSame) {
    Plan p = defaultPlan();
    p.entries[0].at = {{8, 0}, {18, 30}};
    const Plan back = planOf(serializePlan(p));
    ASSERT_EQ(back.entries.size(), p.entries.size());
    for (std::size_t i = 0; i < p.entries.size(); ++i) {
        EXPECT_EQ(back.entries[i].routineId, p.entries[i].routineId);
        EXPECT_EQ(back.entries[i].cadence, p.entries[i].cadence);
        EXPECT_EQ(back.entries[i].timesADay, p.entries[i].timesADay);
        EXPECT_EQ(back.entries[i].everyDays, p.entries[i].everyDays);
        EXPECT_EQ(back.entries[i].at, p.entries[i].at);
        EXPECT_EQ(back.entries[i].maxReps, p.entries[i].maxReps);
        EXPECT_EQ(back.entries[i].maxHold, p.entries[i].maxHold);
        EXPECT_EQ(back.entries[i].harderVariants, p.entries[i].harderVariants);
        EXPECT_EQ(back.entries[i].offOnFlareDays, p.entries[i].offOnFlareDays);
    }
}

TEST(TimeOfDay, ParsesOnlyRealClockTimes) {
    EXPECT_EQ(parseTimeOfDay("08:00"), (TimeOfDay{8, 0}));
    EXPECT_EQ(parseTimeOfDay("23:59"), (TimeOfDay{23, 59}));
    EXPECT_FALSE(parseTimeOfDay("24:00"));
    EXPECT_FALSE(parseTimeOfDay("8:00"));
    EXPECT_FALSE(parseTimeOfDay("08:60"));
    EXPECT_EQ(formatTimeOfDay({7, 5}), "07:05");
    // A recorded instant's time of day, to the minute, as the plan and the report show it.
    const Date day{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{21}};
    EXPECT_EQ(formatTimeOfDay(LocalTime{day, 7, 5, 9}), "07:05");
    EXPECT_EQ(formatTimeOfDay(LocalTime{day, 23, 59, 59}), "23:59");
}
