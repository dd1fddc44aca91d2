#include "app/gui/Layout.hpp"

#include <gtest/gtest.h>

#include <string>

namespace nf::gui {
namespace {

const Size kSizes[] = {{640, 480}, {800, 600}, {1024, 720}, {1280, 800}, {1366, 768},
                       {1920, 1080}, {2560, 1440}, {3840, 2160}, {1280, 1024}};
const SessionMode kModes[] = {SessionMode::LeadIn, SessionMode::Posture, SessionMode::Between};

std::string name(Size s) { return std::to_string(int(s.w)) + "x" + std::to_string(int(s.h)); }

TEST(SessionLayout, SecondsAreAtLeastAThirdOfTheWindowHeightDuringAHold) {
    for (Size s : kSizes)
        for (SessionMode m : {SessionMode::Posture, SessionMode::Between})
            EXPECT_GE(layoutSession(s, m).seconds.h, s.h / 3.0) << name(s);
}

TEST(SessionLayout, SecondsBoxHoldsTwoDigitsAtFullHeight) {
    // A bold digit is about 0.96 of its ink height wide: two need 1.9 heights.
    for (Size s : kSizes) {
        const SessionLayout L = layoutSession(s, SessionMode::Posture);
        EXPECT_GE(L.seconds.w, 1.85 * L.seconds.h) << name(s);
    }
}

TEST(SessionLayout, EveryElementLiesInsideTheWindow) {
    for (Size s : kSizes)
        for (SessionMode m : kModes) {
            const SessionLayout L = layoutSession(s, m);
            const Rect window{0, 0, s.w, s.h};
            for (const Rect& r : {L.title, L.figure, L.seconds, L.holdBar, L.info, L.next, L.toolbar,
                                  L.left, L.sessionBar})
                EXPECT_TRUE(window.contains(r)) << name(s);
        }
}

TEST(SessionLayout, ElementsDoNotOverlap) {
    for (Size s : kSizes)
        for (SessionMode m : kModes) {
            const SessionLayout L = layoutSession(s, m);
            const std::vector<Rect> rs = {L.title, L.figure, L.seconds, L.holdBar, L.info,
                                          L.next, L.toolbar, L.left, L.sessionBar};
            for (std::size_t i = 0; i < rs.size(); ++i)
                for (std::size_t j = i + 1; j < rs.size(); ++j)
                    EXPECT_FALSE(rs[i].intersects(rs[j])) << name(s) << " " << i << " " << j;
        }
}

TEST(SessionLayout, LeadInSetupTextSitsBesideTheFigureAboveTheCount) {
    const SessionLayout L = layoutSession({1280, 800}, SessionMode::LeadIn);
    EXPECT_GT(L.setup.h, 100.0);
    EXPECT_GE(L.setup.x, L.figure.right());
    EXPECT_LE(L.setup.bottom(), L.seconds.y);
    EXPECT_FALSE(L.setup.intersects(L.figure));
}

TEST(SessionLayout, FigureIsALargeSquare) {
    for (Size s : kSizes) {
        const Rect f = layoutSession(s, SessionMode::Posture).figure;
        EXPECT_DOUBLE_EQ(f.w, f.h);
        EXPECT_GE(f.h, s.h * 0.45) << name(s);
    }
}

TEST(SessionLayout, SessionBarIsThinAndFullWidthAtTheBottom) {
    const SessionLayout L = layoutSession({1280, 800}, SessionMode::Posture);
    EXPECT_DOUBLE_EQ(L.sessionBar.w, 1280.0);
    EXPECT_DOUBLE_EQ(L.sessionBar.bottom(), 800.0);
    EXPECT_LE(L.sessionBar.h, 800 * 0.02);
}

TEST(SessionLayout, WindowsSmallerThanTheMinimumUseTheMinimumLayout) {
    EXPECT_EQ(layoutSession({300, 200}, SessionMode::Posture).seconds,
              layoutSession({640, 480}, SessionMode::Posture).seconds);
}

TEST(SessionLayout, ScalesWithTheWindow) {
    EXPECT_GT(layoutSession({1920, 1080}, SessionMode::Posture).title.h,
              layoutSession({640, 480}, SessionMode::Posture).title.h * 2);
}

TEST(CharSize, SmallSizesAreExact) { EXPECT_EQ(quantizeCharSize(13.7), 13u); }
TEST(CharSize, MiddleSizesAreEven) { EXPECT_EQ(quantizeCharSize(37.2), 36u); }
TEST(CharSize, LargeSizesAreMultiplesOfEight) { EXPECT_EQ(quantizeCharSize(71.0), 64u); }
TEST(CharSize, NeverZero) { EXPECT_EQ(quantizeCharSize(0.0), 1u); }

TEST(CharSize, QuantizingNeverGrowsAndIsMonotonic) {
    unsigned last = 0;
    for (double s = 1.0; s < 600.0; s += 0.5) {
        const unsigned q = quantizeCharSize(s);
        EXPECT_LE(q, s);
        EXPECT_GE(q, last);
        last = q;
    }
}

TEST(CharSize, FitIsLimitedByWidth) { EXPECT_EQ(fitCharSize(100, 1000, 5.0, 1.0), 20u); }
TEST(CharSize, FitIsLimitedByHeight) { EXPECT_EQ(fitCharSize(1000, 20, 1.0, 1.0), 20u); }
TEST(CharSize, FitIsLimitedByTheCap) { EXPECT_EQ(fitCharSize(1000, 1000, 1.0, 1.0, 48), 48u); }

TEST(Split, RowCellsShareTheWidthWithGaps) {
    const auto cells = splitRow({10, 0, 320, 40}, 3, 10);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_DOUBLE_EQ(cells[0].w, 100.0);
    EXPECT_DOUBLE_EQ(cells[1].x, 120.0);
    EXPECT_DOUBLE_EQ(cells[2].right(), 330.0);
}

TEST(Split, ColumnCellsShareTheHeight) {
    const auto cells = splitColumn({0, 0, 50, 100}, 4, 0);
    EXPECT_DOUBLE_EQ(cells[3].y, 75.0);
}

TEST(Wrap, BreaksBetweenWordsAtTheWidth) {
    const auto lines = wrapWords("sit on the edge of a table", 10,
                                 [](const std::string& s) { return static_cast<double>(s.size()); });
    EXPECT_EQ(lines, (std::vector<std::string>{"sit on the", "edge of a", "table"}));
}

TEST(Wrap, KeepsAWordLongerThanTheWidthWhole) {
    const auto lines = wrapWords("a supercalifragilistic b", 5,
                                 [](const std::string& s) { return static_cast<double>(s.size()); });
    EXPECT_EQ(lines, (std::vector<std::string>{"a", "supercalifragilistic", "b"}));
}

TEST(HomeLayout, RowsFitBetweenHeadingAndButtons) {
    for (Size s : kSizes) {
        const HomeLayout H = layoutHome(s, 6);
        ASSERT_EQ(H.rows.size(), 6u);
        EXPECT_GE(H.rows.front().y, H.subheading.bottom());
        EXPECT_LE(H.rows.back().bottom(), H.toolbar.y) << name(s);
    }
}

TEST(SettingsLayout, RowsAndTabsFitAboveTheNote) {
    for (Size s : kSizes) {
        const SettingsLayout L = layoutSettings(s, 4, 6);
        EXPECT_LE(L.rows.back().row.bottom(), L.note.y + 0.001) << name(s);
        EXPECT_LE(L.tabs.back().bottom(), L.note.y + 0.001) << name(s);
        for (const auto& r : L.rows) {
            EXPECT_LE(r.label.right(), r.minus.x);
            EXPECT_LE(r.minus.right(), r.value.x);
            EXPECT_LE(r.value.right(), r.plus.x);
            EXPECT_GE(r.label.x, L.tabs.front().right());
        }
    }
}

TEST(DialogLayout, IsCentredAndInside) {
    const DialogLayout D = layoutDialog({1000, 700});
    EXPECT_DOUBLE_EQ(D.box.centre().x, 500.0);
    EXPECT_DOUBLE_EQ(D.box.centre().y, 350.0);
    EXPECT_TRUE(D.box.contains(D.buttons));
    EXPECT_TRUE(D.box.contains(D.title));
}

} // namespace
} // namespace nf::gui
