#include "app/gui/home/SafetyModel.hpp"

#include "core/Safety.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

Settings reloaded(const Settings& s) {
    auto parsed = parseSettings(serializeSettings(s), "settings.toml");
    return std::get<Settings>(parsed);
}

TEST(SafetyNotice, DueAtTheFirstStartOverHome) {
    EXPECT_TRUE(safetyNoticeDue(Settings{}, 1, false));
}

TEST(SafetyNotice, NotDueWhileASessionCoversHome) {
    // `run ROUTINE` opens the window with a session over home: it does not wait on the notice.
    EXPECT_FALSE(safetyNoticeDue(Settings{}, 2, false));
}

TEST(SafetyNotice, ShownOncePerRunOfTheWindow) {
    EXPECT_FALSE(safetyNoticeDue(Settings{}, 1, true));
}

TEST(SafetyNotice, AcknowledgedIsRememberedAcrossARestart) {
    const Settings saved = reloaded(acknowledgeSafety(Settings{}));
    EXPECT_TRUE(saved.safetyAcknowledged);
    EXPECT_FALSE(safetyNoticeDue(saved, 1, false));
}

TEST(SafetyNotice, AcknowledgingKeepsEveryOtherSetting) {
    Settings s;
    s.volume = 35;
    s.doses["nerve-floss"].reps = 12;
    const Settings a = acknowledgeSafety(s);
    EXPECT_EQ(a.volume, 35);
    EXPECT_EQ(a.doses.at("nerve-floss").reps, 12);
}

// The first start asks which leg is affected rather than silently assuming the right one.
TEST(AffectedLegQuestion, AskedOverHomeUntilALegIsChosen) {
    EXPECT_TRUE(affectedLegDue(Settings{}, 1, false));
    EXPECT_FALSE(affectedLegDue(Settings{}, 2, false)); // not over the safety notice or a session
    EXPECT_FALSE(affectedLegDue(Settings{}, 1, true));  // once per run of the window
    const Settings chosen = reloaded(chooseAffectedLeg(Settings{}, SideChoice::Left));
    EXPECT_EQ(chosen.affectedLeg, SideChoice::Left);
    EXPECT_FALSE(affectedLegDue(chosen, 1, false));
}

TEST(AffectedLegQuestion, ALegAlreadyChosenForFlossingIsAnAnswer) {
    Settings s;
    s.doses["nerve-floss"].side = SideChoice::Both;
    EXPECT_FALSE(affectedLegDue(s, 1, false));
}

TEST(SafetyNotice, TheLeadInRemindsUntilAcknowledged) {
    EXPECT_EQ(leadInReminder(Settings{}), safetyReminder());
    EXPECT_EQ(leadInReminder(acknowledgeSafety(Settings{})), "");
}

} // namespace
} // namespace nf::gui
