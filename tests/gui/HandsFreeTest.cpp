#include "app/gui/HandsFree.hpp"
#include "app/gui/Texts.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace nf::gui {
namespace {

TEST(HandsFree, PadButtonOnePausesAndResumes) { EXPECT_EQ(padAction(0), PadAction::TogglePause); }
TEST(HandsFree, PadButtonTwoSkips) { EXPECT_EQ(padAction(1), PadAction::Skip); }
TEST(HandsFree, PadButtonThreeEndsTheSet) { EXPECT_EQ(padAction(2), PadAction::EndSet); }

TEST(HandsFree, OtherPadButtonsDoNothing) {
    for (unsigned b = 3; b < 32; ++b) EXPECT_FALSE(padAction(b).has_value()) << b;
}

TEST(HandsFree, HelpListsTheClickerThePadAndTheMediaKeys) {
    const auto keys = helpKeys();
    auto listed = [&](const std::string& key) {
        return std::any_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first.find(key) != std::string::npos; });
    };
    EXPECT_TRUE(listed("PgDn"));
    EXPECT_TRUE(listed("PgUp"));
    EXPECT_TRUE(listed("Pad 1, 2, 3"));
    EXPECT_TRUE(listed("Media keys"));
}

} // namespace
} // namespace nf::gui
