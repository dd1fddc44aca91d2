#include "app/gui/kit/Palette.hpp"

#include "GuiFixtures.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace nf::gui {
namespace {

int chroma(Rgb c) {
    return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b});
}

TEST(Palette, TextReadsWellOnEveryPostureColour) {
    for (const Rgb c : palette::kPostures)
        EXPECT_GE(contrastRatio(textOn(c), c), 4.5);
}

TEST(Palette, TextReadsWellOnEveryNeutral) {
    for (const Rgb c : {palette::kRest, palette::kLeadIn, palette::kSwitch, palette::kHome})
        EXPECT_GE(contrastRatio(textOn(c), c), 7.0);
}

TEST(Palette, ContrastOfBlackOnWhiteIs21) {
    EXPECT_NEAR(contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
}

TEST(Palette, FlossPosturesDifferInLightnessNotOnlyHue) {
    // Told apart by someone who cannot tell hues apart, from across a room.
    EXPECT_GE(contrastRatio(postureColour(0), postureColour(1)), 3.0);
}

TEST(Palette, RestIsACalmNeutral) {
    EXPECT_LT(chroma(palette::kRest), 40);
    for (const Rgb c : palette::kPostures)
        EXPECT_GT(chroma(c), 100);
}

TEST(Palette, EachPostureKeyKeepsOneColour) {
    const Routine r = test::guiKneeRolls();
    const Exercise& ex = r.exercises[0];
    EXPECT_EQ(postureSlot(ex, 0), 0);
    EXPECT_EQ(postureSlot(ex, 1), 1);
    EXPECT_EQ(postureSlot(ex, 2), 2);
    EXPECT_EQ(postureSlot(ex, 3), 1); // back to the middle, again
}

TEST(Palette, PhasesWithoutPostureKeysGetTheirOwnSlots) {
    Exercise ex;
    ex.phases = {Phase{"a", "", 1, HoldKind::Fixed, ""}, Phase{"b", "", 1, HoldKind::Fixed, ""}};
    EXPECT_EQ(postureSlot(ex, 1), 1);
}

TEST(Palette, SlotsWrapAroundThePalette) {
    EXPECT_EQ(postureColour(palette::kPostureCount), postureColour(0));
}

TEST(Palette, StepsGetTheirSchemes) {
    const Timeline t(test::guiFlossing(2, 2), SideChoice::Right);
    EXPECT_EQ(schemeFor(t, &t[0]).background, palette::kLeadIn);
    EXPECT_EQ(schemeFor(t, &t[1]).background, postureColour(0));
    EXPECT_EQ(schemeFor(t, &t[2]).background, postureColour(1));
    EXPECT_EQ(t[5].kind, StepKind::Rest);
    EXPECT_EQ(schemeFor(t, &t[5]).background, palette::kRest);
}

TEST(Palette, MixGoesFromOneColourToTheOther) {
    EXPECT_EQ(mix({0, 0, 0}, {200, 100, 50}, 0.5), (Rgb{100, 50, 25}));
    EXPECT_EQ(mix({0, 0, 0}, {200, 100, 50}, 2.0), (Rgb{200, 100, 50}));
}

} // namespace
} // namespace nf::gui
