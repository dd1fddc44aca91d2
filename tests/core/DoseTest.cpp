#include "Fixtures.hpp"
#include "core/Dose.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace nf;

TEST(Dose, LimitsAcceptTheirEnds) {
    EXPECT_FALSE(checkReps(1));
    EXPECT_FALSE(checkReps(200));
    EXPECT_FALSE(checkSets(20));
    EXPECT_FALSE(checkHold(0.5));
    EXPECT_FALSE(checkHold(120));
    EXPECT_FALSE(checkRest(0));
    EXPECT_FALSE(checkLeadIn(60));
}

TEST(Dose, LimitsRejectOutside) {
    EXPECT_EQ(*checkReps(0), "reps must be a whole number from 1 to 200, got 0");
    EXPECT_TRUE(checkReps(201));
    EXPECT_TRUE(checkSets(0));
    EXPECT_TRUE(checkSets(21));
    EXPECT_EQ(*checkHold(0.4), "hold must be from 0.5 to 120 seconds, got 0.4");
    EXPECT_TRUE(checkHold(121));
    EXPECT_TRUE(checkRest(-1));
    EXPECT_TRUE(checkLeadIn(61));
    EXPECT_TRUE(checkHold(std::numeric_limits<double>::quiet_NaN()));
    EXPECT_TRUE(checkHold(std::numeric_limits<double>::infinity()));
}

TEST(Dose, ValidateReportsTheFirstProblem) {
    Dose d;
    d.reps = 20;
    d.holdSeconds = 0;
    EXPECT_EQ(validateDose(d)->rfind("hold", 0), 0u);
}

TEST(Dose, OverrideKeepsUnsetFields) {
    Dose saved;
    saved.reps = 20;
    saved.side = SideChoice::Left;
    Dose flags;
    flags.holdSeconds = 4;
    flags.side = SideChoice::Both;
    Dose d = saved.overriddenBy(flags);
    EXPECT_EQ(d.reps, 20);
    EXPECT_EQ(d.holdSeconds, 4.0);
    EXPECT_EQ(d.side, SideChoice::Both);
}

TEST(Dose, ApplyChangesOnlyAdjustableHolds) {
    Routine r = test::flossing();
    r.exercises[0].phases[1].holdKind = HoldKind::Fixed;
    Dose d;
    d.holdSeconds = 5;
    d.reps = 10;
    d.restSeconds = 12;
    d.leadInSeconds = 0;
    Routine a = applyDose(r, d);
    EXPECT_DOUBLE_EQ(a.exercises[0].phases[0].seconds, 5.0);
    EXPECT_DOUBLE_EQ(a.exercises[0].phases[1].seconds, 3.0);
    EXPECT_EQ(a.exercises[0].reps, 10);
    EXPECT_EQ(a.exercises[0].sets, 3);
    EXPECT_DOUBLE_EQ(a.exercises[0].restSeconds, 12.0);
    EXPECT_DOUBLE_EQ(a.leadInSeconds, 0.0);
}

TEST(Dose, SideNames) {
    EXPECT_EQ(sideChoiceFromString("both"), SideChoice::Both);
    EXPECT_FALSE(sideChoiceFromString("Both"));
    EXPECT_EQ(toString(SideChoice::Left), "left");
}
