#include "app/gui/session/HandsFree.hpp"
#include "app/gui/kit/KeyMap.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace nf::gui {
namespace {

TEST(HandsFree, PadButtonOnePausesAndResumes) {
    EXPECT_EQ(padAction(0), PadAction::TogglePause);
}
TEST(HandsFree, PadButtonTwoSkips) {
    EXPECT_EQ(padAction(1), PadAction::Skip);
}
TEST(HandsFree, PadButtonThreeEndsTheSet) {
    EXPECT_EQ(padAction(2), PadAction::EndSet);
}

TEST(HandsFree, OtherPadButtonsDoNothing) {
    for (unsigned b = 3; b < 32; ++b)
        EXPECT_FALSE(padAction(b).has_value()) << b;
}

TEST(HandsFree, TheSessionsHelpListsTheClickerThePadAndTheMediaKeys) {
    const auto& keys = keyMap(KeyScreen::Session).bindings;
    auto listed = [&](const std::string& key) {
        return std::any_of(keys.begin(), keys.end(), [&](const KeyBinding& k) {
            return k.keyText.find(key) != std::string::npos;
        });
    };
    EXPECT_TRUE(listed("PgDn"));
    EXPECT_TRUE(listed("PgUp"));
    EXPECT_TRUE(listed("Pad 1, 2, 3"));
    EXPECT_TRUE(listed("Media keys"));
}

TEST(HandsFree, TheClickerKeysPauseAndSkipOnTheSessionScreen) {
    using Kb = sf::Keyboard;
    const KeyMap& session = keyMap(KeyScreen::Session);
    EXPECT_EQ(actionFor(session, Kb::PageDown, false), static_cast<int>(SessionAction::Skip));
    for (Kb::Key k : {Kb::PageUp, Kb::B, Kb::Period})
        EXPECT_EQ(actionFor(session, k, false), static_cast<int>(SessionAction::TogglePause)) << k;
}

} // namespace
} // namespace nf::gui
