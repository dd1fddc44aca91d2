#include "core/CheckIn.hpp"

#include "PlanTestSupport.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace nf::test;

namespace {

WhereFelt felt(Reach reach, int ago = 0, bool tingling = false) {
    return {{addDays(kPlanToday, -ago), 10, 0, 0}, reach, tingling};
}

SbiScore sbi(int ago, int a, int b, int c, int d) {
    return {addDays(kPlanToday, -ago), {a, b, c, d}};
}

} // namespace

TEST(WhereFelt, FurtherDownTheLegIsWorse) {
    EXPECT_EQ(whereTrend(felt(Reach::Thigh), felt(Reach::Calf)), Trend::Worse);
    EXPECT_EQ(whereTrend(felt(Reach::Buttock), felt(Reach::Thigh)), Trend::Worse);
}

TEST(WhereFelt, RetreatingTowardTheBackIsBetter) {
    EXPECT_EQ(whereTrend(felt(Reach::Calf), felt(Reach::Thigh)), Trend::Better);
    EXPECT_EQ(whereTrend(felt(Reach::Calf), felt(Reach::Calf)), Trend::Same);
}

TEST(WhereFelt, NewTinglingIsWorseWherever) {
    EXPECT_EQ(whereTrend(felt(Reach::Calf), felt(Reach::Thigh, 0, true)), Trend::Worse);
    EXPECT_EQ(whereTrend(std::nullopt, felt(Reach::Thigh, 0, true)), Trend::Worse);
    EXPECT_EQ(whereTrend(std::nullopt, felt(Reach::Thigh)), Trend::Same);
}

TEST(WhereFelt, LatestTrendComparesTheLastTwoInTime) {
    EXPECT_EQ(latestWhereTrend({felt(Reach::Thigh, 0), felt(Reach::Calf, 3)}), Trend::Better);
    EXPECT_FALSE(latestWhereTrend({felt(Reach::Thigh)}));
    EXPECT_FALSE(latestWhereTrend({}));
}

TEST(WhereFelt, NamesRoundTrip) {
    for (Reach r : {Reach::Buttock, Reach::Thigh, Reach::Calf})
        EXPECT_EQ(reachFromString(toString(r)), r);
    EXPECT_FALSE(reachFromString("foot"));
}

TEST(UrgentCheck, AnyYesOpensTheNotice) {
    UrgentCheck c;
    EXPECT_FALSE(c.anyYes());
    c.yes[4] = true;
    EXPECT_TRUE(c.anyYes());
    EXPECT_EQ(urgentQuestions().size(), 5U);
}

TEST(CheckInDue, WeeklyAndTwoWeekly) {
    EXPECT_TRUE(checkInDue(std::nullopt, kPlanToday, kUrgentEveryDays));
    EXPECT_FALSE(checkInDue(addDays(kPlanToday, -6), kPlanToday, kUrgentEveryDays));
    EXPECT_TRUE(checkInDue(addDays(kPlanToday, -7), kPlanToday, kUrgentEveryDays));
    EXPECT_FALSE(checkInDue(addDays(kPlanToday, -13), kPlanToday, kSbiEveryDays));
    EXPECT_TRUE(checkInDue(addDays(kPlanToday, -14), kPlanToday, kSbiEveryDays));
    EXPECT_EQ(lastDay(std::vector<SbiScore>{sbi(20, 1, 1, 1, 1), sbi(3, 1, 1, 1, 1)}),
              addDays(kPlanToday, -3));
}

TEST(Sbi, TotalAndRange) {
    EXPECT_EQ(sbi(0, 6, 5, 0, 3).total(), 14);
    EXPECT_FALSE(checkSbi({0, 6, 3, 2}));
    EXPECT_NE(checkSbi({0, 7, 3, 2})->find("0 to 6, got 7"), std::string::npos);
    EXPECT_TRUE(checkSbi({-1, 0, 0, 0}));
}

TEST(Sbi, NoImprovementAfterSixWeeksSaysSeeYourGp) {
    const auto advice = sbiAdvice({sbi(42, 3, 3, 2, 2), sbi(28, 3, 3, 2, 2), sbi(0, 4, 3, 2, 2)});
    ASSERT_TRUE(advice);
    EXPECT_NE(advice->find("see your GP or physiotherapist"), std::string::npos);
}

TEST(Sbi, ImprovementOrTooShortARecordSaysNothing) {
    EXPECT_FALSE(sbiAdvice({sbi(42, 3, 3, 2, 2), sbi(0, 2, 3, 2, 2)}));
    EXPECT_FALSE(sbiAdvice({sbi(41, 3, 3, 2, 2), sbi(0, 5, 5, 5, 5)}));
    EXPECT_FALSE(sbiAdvice({sbi(0, 5, 5, 5, 5)}));
}
