#include "core/Dose.hpp"
#include "support/Fixtures.hpp"

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

TEST(Dose, LegWordsSayBothLegsInThePlural) {
    EXPECT_EQ(legWords(SideChoice::Left), "left leg");
    EXPECT_EQ(legWords(SideChoice::Right), "right leg");
    EXPECT_EQ(legWords(SideChoice::Both), "both legs");
}

TEST(Dose, TheAdjustableHoldIsTheFirstHeldPhaseOfAnyExercise) {
    Routine r = test::flossing(25, 3, 4.0);
    EXPECT_EQ(adjustableHold(r), 4.0);
    Exercise moving;
    moving.phases = {Phase{"Roll", "", 2.0, HoldKind::Fixed, ""}};
    EXPECT_FALSE(adjustableHold(moving));
    r.exercises.insert(r.exercises.begin(), moving); // a moving warm-up first
    EXPECT_EQ(adjustableHold(r), 4.0);
    r.exercises.erase(r.exercises.begin() + 1);
    EXPECT_FALSE(adjustableHold(r));
}

namespace {

Routine twoExercises() {
    Routine r = test::flossing(25, 3, 3.0, 30.0, 5.0);
    Exercise clam = r.exercises[0];
    clam.name = "Clamshell";
    clam.reps = 12;
    clam.phases[1].holdKind = HoldKind::Fixed;
    clam.phases[1].seconds = 1.5;
    r.exercises.push_back(clam);
    return r;
}

} // namespace

TEST(Dose, ExerciseIdsAreTheirNamesInLowerCaseWithHyphens) {
    Exercise e;
    e.name = "Side-lying leg lift";
    EXPECT_EQ(exerciseId(e), "side-lying-leg-lift");
    e.name = "  Knee to opposite shoulder (gently) ";
    EXPECT_EQ(exerciseId(e), "knee-to-opposite-shoulder-gently");
    e.name = "Clamshell";
    EXPECT_EQ(exerciseId(e), "clamshell");
}

TEST(Dose, AnExercisesOwnDoseChangesItAlone) {
    Dose d;
    d.exercises["clamshell"].reps = 11;
    d.exercises["clamshell"].holdSeconds = 4.0;
    const Routine r = applyDose(twoExercises(), d);
    EXPECT_EQ(r.exercises[0].reps, 25);
    EXPECT_EQ(r.exercises[0].phases[0].seconds, 3.0);
    EXPECT_EQ(r.exercises[1].reps, 11);
    EXPECT_EQ(r.exercises[1].phases[0].seconds, 4.0);
    EXPECT_EQ(r.exercises[1].phases[1].seconds, 1.5) << "a fixed movement keeps its length";
}

TEST(Dose, AnExercisesOwnDoseWinsOverTheRoutinesUntilTheRoutinesIsSetAgain) {
    Dose saved;
    saved.reps = 20;
    saved.exercises["clamshell"].reps = 11;
    saved.exercises["clamshell"].sets = 2;
    Routine r = applyDose(twoExercises(), saved);
    EXPECT_EQ(r.exercises[0].reps, 20);
    EXPECT_EQ(r.exercises[1].reps, 11);
    // "--reps 15" for the whole routine means 15 for each exercise; the clamshell's sets stay.
    Dose wide;
    wide.reps = 15;
    const Dose both = saved.overriddenBy(wide);
    r = applyDose(twoExercises(), both);
    EXPECT_EQ(r.exercises[0].reps, 15);
    EXPECT_EQ(r.exercises[1].reps, 15);
    EXPECT_EQ(r.exercises[1].sets, 2);
}

TEST(Dose, ValidateChecksAnExercisesOwnDose) {
    Dose d;
    d.exercises["clamshell"].reps = 0;
    const auto problem = validateDose(d);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->rfind("clamshell: ", 0), 0u) << *problem;
}
