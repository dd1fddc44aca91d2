#include "app/gui/session/PainEntry.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

TEST(PainEntry, StartsEmptyAndOpen) {
    const PainEntry e;
    EXPECT_FALSE(e.value());
    EXPECT_FALSE(e.finished());
}

TEST(PainEntry, ADigitGivesItsValueAtOnce) {
    PainEntry e;
    EXPECT_EQ(e.digit(7), 7);
    EXPECT_EQ(e.value(), 7);
}

TEST(PainEntry, OneThenZeroIsTen) {
    PainEntry e;
    EXPECT_EQ(e.digit(1), 1);
    EXPECT_TRUE(e.mayBecomeTen());
    EXPECT_EQ(e.digit(0), 10);
    EXPECT_EQ(e.value(), 10);
    EXPECT_FALSE(e.mayBecomeTen());
}

TEST(PainEntry, ZeroAloneIsZero) {
    PainEntry e;
    EXPECT_EQ(e.digit(0), 0);
}

TEST(PainEntry, ALaterDigitCorrectsTheValue) {
    PainEntry e;
    e.digit(3);
    EXPECT_EQ(e.digit(4), 4);
    e.digit(1);
    EXPECT_EQ(e.digit(5), 5); // 1 then 5 is a correction, not 15
}

TEST(PainEntry, ZeroAfterTenStartsAgainAtZero) {
    PainEntry e;
    e.digit(1);
    e.digit(0);
    EXPECT_EQ(e.digit(0), 0);
}

TEST(PainEntry, AnotherKeyBetweenOneAndZeroMakesTheZeroAZero) {
    PainEntry e;
    e.digit(1);
    e.otherKey();
    EXPECT_EQ(e.digit(0), 0);
}

TEST(PainEntry, EnterWithNothingSkips) {
    PainEntry e;
    EXPECT_TRUE(e.enter());
    EXPECT_TRUE(e.skipped());
    EXPECT_FALSE(e.value());
}

TEST(PainEntry, EnterAfterADigitFinishesWithTheValue) {
    PainEntry e;
    e.digit(6);
    EXPECT_TRUE(e.enter());
    EXPECT_TRUE(e.finished());
    EXPECT_FALSE(e.skipped());
    EXPECT_EQ(e.value(), 6);
}

TEST(PainEntry, ASecondEnterIsLeftToTheScreen) {
    PainEntry e;
    e.enter();
    EXPECT_FALSE(e.enter());
}

TEST(PainEntry, EnterEndsAPendingTen) {
    PainEntry e;
    e.digit(1);
    e.enter();
    EXPECT_EQ(e.digit(0), 0);
}

TEST(PainEntry, AClickChoosesAndFinishes) {
    PainEntry e;
    EXPECT_EQ(e.choose(10), 10);
    EXPECT_TRUE(e.finished());
    EXPECT_FALSE(e.enter());
}

TEST(PainEntry, AClickOutsideTheScaleIsIgnored) {
    PainEntry e;
    EXPECT_FALSE(e.choose(11));
    EXPECT_FALSE(e.value());
    EXPECT_FALSE(e.finished());
}

TEST(PainEntry, AGivenValueIsShownAndNotAskedAgain) {
    const PainEntry e(4);
    EXPECT_EQ(e.value(), 4);
    EXPECT_TRUE(e.finished());
    EXPECT_FALSE(PainEntry(std::optional<int>(12)).value());
}

TEST(PainEntry, DigitsStillChangeAFinishedRating) {
    PainEntry e(4);
    EXPECT_EQ(e.digit(2), 2);
}

TEST(PainLabel, AsksUntilAValueIsGiven) {
    PainEntry e;
    EXPECT_EQ(painLabel(PainWhen::Before, e), "Calf pain now? Keys 0-10 (1 then 0 is 10)");
    EXPECT_EQ(painLabel(PainWhen::After, e), "Calf pain now? Keys 0-10, Enter skips");
    e.digit(5);
    EXPECT_EQ(painLabel(PainWhen::Before, e), "Calf pain before: 5");
    EXPECT_EQ(painLabel(PainWhen::After, e, 7), "Calf pain: before 7, after 5");
}

TEST(PainLabel, SaysThatZeroMakesTen) {
    PainEntry e;
    e.digit(1);
    EXPECT_EQ(painLabel(PainWhen::Before, e), "Calf pain before: 1 (0 for 10)");
}

// A pain before skipped or missed in the lead-in is asked again on the summary, before the pain
// after, so the rule by symptom response has both ends of the session.
TEST(EndRatings, AMissingBeforeIsAskedFirstThenTheAfter) {
    EndRatings r(std::nullopt, std::nullopt);
    EXPECT_EQ(r.asking(), PainWhen::BeforeAtEnd);
    EXPECT_EQ(painLabel(r.asking(), r.entry()), "Calf pain before you started? 0-10, Enter skips");
    EXPECT_EQ(r.entry().digit(4), 4);
    EXPECT_EQ(r.before(), 4);
    EXPECT_EQ(r.asking(), PainWhen::BeforeAtEnd); // a 1 could still become 10
    EXPECT_TRUE(r.entry().enter());
    EXPECT_EQ(r.asking(), PainWhen::After);
    EXPECT_EQ(r.entry().digit(6), 6);
    EXPECT_EQ(r.after(), 6);
    EXPECT_EQ(r.before(), 4);
}

TEST(EndRatings, ABeforeSkippedAgainGoesOnToTheAfter) {
    EndRatings r(std::nullopt, std::nullopt);
    EXPECT_TRUE(r.entry().enter());
    EXPECT_EQ(r.asking(), PainWhen::After);
    EXPECT_FALSE(r.before());
}

TEST(EndRatings, ABeforeGivenInTheLeadInIsNotAskedAgain) {
    EndRatings r(5, std::nullopt);
    EXPECT_EQ(r.asking(), PainWhen::After);
    EXPECT_EQ(r.before(), 5);
}

TEST(PainPair, ShowsWhatIsKnown) {
    EXPECT_EQ(painPair(5, 3), "5 \xE2\x86\x92 3");
    EXPECT_EQ(painPair(5, std::nullopt), "5 \xE2\x86\x92 \xE2\x80\x93");
    EXPECT_EQ(painPair(std::nullopt, std::nullopt), "");
}

} // namespace
} // namespace nf::gui
