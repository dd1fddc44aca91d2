#include "app/gui/settings/SettingsModel.hpp"

#include "GuiFixtures.hpp"
#include "core/Dose.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

const Routine kFloss = test::guiFlossing();

TEST(SettingsModel, ShowsTheRoutinesOwnValuesUntilChanged) {
    const Settings s;
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Reps), "25");
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Hold), "3 s");
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Rest), "30 s");
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::LeadIn), "5 s");
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Side), "right");
    EXPECT_FALSE(fieldSaved(kFloss, s, DoseField::Reps));
}

TEST(SettingsModel, StepsRepsAndRemembersThem) {
    const Settings s = adjustField(kFloss, Settings{}, DoseField::Reps, -5);
    EXPECT_EQ(s.doseFor("nerve-floss").reps, 20);
    EXPECT_TRUE(fieldSaved(kFloss, s, DoseField::Reps));
    EXPECT_FALSE(s.doseFor("nerve-floss").sets.has_value());
}

TEST(SettingsModel, RepsStopAtTheLimits) {
    Settings s = adjustField(kFloss, Settings{}, DoseField::Reps, -1000);
    EXPECT_EQ(s.doseFor("nerve-floss").reps, Limits::kRepsMin);
    s = adjustField(kFloss, s, DoseField::Reps, 1000);
    EXPECT_EQ(s.doseFor("nerve-floss").reps, Limits::kRepsMax);
}

TEST(SettingsModel, HoldMovesInHalfSecondsWithoutDrift) {
    Settings s;
    for (int i = 0; i < 7; ++i)
        s = adjustField(kFloss, s, DoseField::Hold, 1);
    EXPECT_EQ(s.doseFor("nerve-floss").holdSeconds, 6.5);
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Hold), "6.5 s");
}

TEST(SettingsModel, HoldNeverGoesBelowTheMinimum) {
    const Settings s = adjustField(kFloss, Settings{}, DoseField::Hold, -100);
    EXPECT_EQ(s.doseFor("nerve-floss").holdSeconds, Limits::kHoldMin);
}

TEST(SettingsModel, RestMovesInFiveSecondsDownToZero) {
    Settings s = adjustField(kFloss, Settings{}, DoseField::Rest, 1);
    EXPECT_EQ(s.doseFor("nerve-floss").restSeconds, 35.0);
    s = adjustField(kFloss, s, DoseField::Rest, -100);
    EXPECT_EQ(s.doseFor("nerve-floss").restSeconds, 0.0);
}

TEST(SettingsModel, LeadInStaysWithinLimits) {
    const Settings s = adjustField(kFloss, Settings{}, DoseField::LeadIn, 500);
    EXPECT_EQ(s.doseFor("nerve-floss").leadInSeconds, Limits::kLeadInMax);
}

TEST(SettingsModel, SideCyclesLeftRightBoth) {
    Settings s = adjustField(kFloss, Settings{}, DoseField::Side, 1);
    EXPECT_EQ(s.doseFor("nerve-floss").side, SideChoice::Both);
    s = adjustField(kFloss, s, DoseField::Side, 1);
    EXPECT_EQ(s.doseFor("nerve-floss").side, SideChoice::Left);
    s = adjustField(kFloss, s, DoseField::Side, -1);
    EXPECT_EQ(s.doseFor("nerve-floss").side, SideChoice::Both);
}

TEST(SettingsModel, TheSideShownAndCycledStartsAtTheAffectedLeg) {
    Settings s;
    s.affectedLeg = SideChoice::Left;
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Side), "left");
    EXPECT_EQ(adjustField(kFloss, s, DoseField::Side, 1).doseFor("nerve-floss").side,
              SideChoice::Right);
}

TEST(SettingsModel, SideDoesNotApplyToSymmetricExercises) {
    const Routine rolls = test::guiKneeRolls();
    EXPECT_FALSE(fieldApplies(rolls, DoseField::Side));
    const Settings s = adjustField(rolls, Settings{}, DoseField::Side, 1);
    EXPECT_TRUE(s.doses.empty());
}

TEST(SettingsModel, ChangesLeaveOtherRoutinesAlone) {
    Settings s;
    s.doses["knee-rolls"].reps = 4;
    s = adjustField(kFloss, s, DoseField::Sets, 1);
    EXPECT_EQ(s.doseFor("knee-rolls").reps, 4);
    EXPECT_EQ(s.doseFor("nerve-floss").sets, 4);
}

TEST(SettingsModel, ResetForgetsTheRoutinesValues) {
    const Settings s = resetRoutine(kFloss, adjustField(kFloss, Settings{}, DoseField::Reps, 1));
    EXPECT_TRUE(s.doses.empty());
    EXPECT_EQ(fieldValue(kFloss, s, DoseField::Reps), "25");
}

TEST(SettingsModel, EveryFieldHasAName) {
    for (DoseField f : kDoseFields)
        EXPECT_FALSE(fieldName(f).empty());
}

TEST(SettingsModel, ShowsEachExercisesOwnValuesAndHoldPatternsAsTheyAre) {
    Routine r = kFloss;
    Exercise rolls = r.exercises[0];
    rolls.name = "Knee rolls";
    rolls.reps = 8;
    rolls.phases = {Phase{"Right", "", 2.0, HoldKind::Adjustable, ""},
                    Phase{"Middle", "", 1.5, HoldKind::Fixed, ""}};
    r.exercises.push_back(rolls);
    Settings s;
    EXPECT_EQ(fieldValue(r, s, DoseField::Reps), "25 / 8");
    EXPECT_EQ(fieldValue(r, s, DoseField::Hold), "3 s / 2 s + 1.5 s");
    s.doses[r.id].exercises["knee-rolls"].reps = 25;
    EXPECT_EQ(fieldValue(r, s, DoseField::Reps), "25");
    // A step for the whole routine sets every exercise's reps.
    s.doses[r.id].exercises["knee-rolls"].reps = 6;
    s = adjustField(r, s, DoseField::Reps, 1);
    EXPECT_EQ(fieldValue(r, s, DoseField::Reps), "26");
}

} // namespace
} // namespace nf::gui
