#include "app/gui/kit/KeyMap.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace nf::gui {
namespace {

using K = sf::Keyboard;

const KeyBinding* bindingFor(const KeyMap& map, K::Key key, bool shift = false) {
    const auto action = actionFor(map, key, shift);
    if (!action)
        return nullptr;
    for (const KeyBinding& b : map.bindings)
        if (b.action == *action && b.shift == shift)
            for (K::Key k : b.keys)
                if (k == key)
                    return &b;
    return nullptr;
}

TEST(KeyMap, EveryKeyRunsTheActionItsHelpRowNames) {
    // The screens hand every key to actionFor: a key listed in a help row must come back as that
    // row's action, never as another row's.
    for (KeyScreen s : keyScreens()) {
        const KeyMap& map = keyMap(s);
        for (const KeyBinding& b : map.bindings)
            for (K::Key k : b.keys) {
                const auto a = actionFor(map, k, b.shift);
                ASSERT_TRUE(a) << map.screen << ": " << b.keyText;
                EXPECT_EQ(*a, b.action)
                    << map.screen << ": " << b.keyText << " is also bound elsewhere";
            }
    }
}

TEST(KeyMap, NoKeyIsListedTwiceOnOneScreen) {
    for (KeyScreen s : keyScreens()) {
        std::set<std::pair<K::Key, bool>> seen;
        for (const KeyBinding& b : keyMap(s).bindings)
            for (K::Key k : b.keys)
                EXPECT_TRUE(seen.insert({k, b.shift}).second) << keyMap(s).screen << " key " << k;
    }
}

TEST(KeyMap, EscAlwaysGoesBackOrClosesTheDialog) {
    for (KeyScreen s : keyScreens()) {
        const KeyBinding* esc = bindingFor(keyMap(s), K::Escape);
        ASSERT_NE(esc, nullptr) << keyMap(s).screen;
        const bool back = esc->does.rfind("Back", 0) == 0 || esc->does.rfind("Close", 0) == 0;
        EXPECT_TRUE(back) << keyMap(s).screen << ": Esc does \"" << esc->does << "\"";
    }
}

TEST(KeyMap, EveryLetterMeansOneThingOnEveryScreen) {
    std::map<K::Key, std::pair<std::string, std::string>> meaning; // letter -> (does, first screen)
    for (KeyScreen s : keyScreens())
        for (const KeyBinding& b : keyMap(s).bindings)
            for (K::Key k : b.keys) {
                if (k < K::A || k > K::Z)
                    continue;
                const auto [it, fresh] =
                    meaning.emplace(k, std::make_pair(b.does, keyMap(s).screen));
                if (!fresh) {
                    EXPECT_EQ(it->second.first, b.does)
                        << "letter " << static_cast<char>('A' + (k - K::A)) << ": "
                        << it->second.second << " vs " << keyMap(s).screen;
                }
            }
}

TEST(KeyMap, TheSafetyNoticeHelpAndFullScreenHaveOneKeyEach) {
    for (KeyScreen s : keyScreens())
        for (const KeyBinding& b : keyMap(s).bindings) {
            if (b.does == "Safety notice") {
                EXPECT_EQ(b.keyText, "I") << keyMap(s).screen;
            }
            if (b.does == "Help (this page)") {
                EXPECT_EQ(b.keyText, "H or ?") << keyMap(s).screen;
            }
            if (b.does == "Full screen or window") {
                EXPECT_EQ(b.keyText, "F or F11") << keyMap(s).screen;
            }
        }
}

TEST(KeyMap, EnterOnTheSummaryNeverStartsAgain) {
    const KeyMap& m = keyMap(KeyScreen::Summary);
    EXPECT_EQ(actionFor(m, K::Enter), static_cast<int>(SummaryAction::Home));
    EXPECT_EQ(actionFor(m, K::A), static_cast<int>(SummaryAction::Again));
}

TEST(KeyMap, TheLeaveQuestionClosesWithEscAndLeavesWithEnter) {
    const KeyMap& m = keyMap(KeyScreen::Leave);
    EXPECT_EQ(actionFor(m, K::Escape), static_cast<int>(SessionAction::Stay));
    EXPECT_EQ(actionFor(m, K::Enter), static_cast<int>(SessionAction::Leave));
}

TEST(KeyMap, ShiftTabGoesBackAndShiftRightStillMeansMore) {
    const KeyMap& m = keyMap(KeyScreen::Settings);
    EXPECT_EQ(actionFor(m, K::Tab), static_cast<int>(SettingsAction::NextTab));
    EXPECT_EQ(actionFor(m, K::Tab, true), static_cast<int>(SettingsAction::PreviousTab));
    EXPECT_EQ(actionFor(m, K::Right, true), static_cast<int>(SettingsAction::More));
}

TEST(KeyMap, AnUnboundKeyDoesNothing) {
    EXPECT_FALSE(actionFor(keyMap(KeyScreen::Session), K::Q));
}

TEST(KeyMap, ButtonsShowTheirFirstKey) {
    const KeyMap& m = keyMap(KeyScreen::Session);
    EXPECT_EQ(withKey("Pause", m, static_cast<int>(SessionAction::Go)), "Pause (Space)");
    EXPECT_EQ(withKey("Pause", m, static_cast<int>(SessionAction::TogglePause)), "Pause (P)");
    EXPECT_EQ(withKey("+10 s", m, static_cast<int>(SessionAction::MoreTime)), "+10 s (+)");
    EXPECT_EQ(withKey("Help", m, static_cast<int>(SessionAction::Help)), "Help (H)");
    EXPECT_EQ(withKey("Full", m, static_cast<int>(SessionAction::FullScreen)), "Full (F)");
    EXPECT_EQ(withKey("Nothing", m, 999), "Nothing");
}

} // namespace
} // namespace nf::gui
