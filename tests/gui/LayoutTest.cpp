#include "app/gui/kit/Layout.hpp"
#include "app/gui/history/HistoryLayout.hpp"
#include "app/gui/home/HomeLayout.hpp"
#include "app/gui/selfcheck/SelfCheckFlow.hpp"
#include "app/gui/session/SessionLayout.hpp"
#include "app/gui/settings/SettingsLayout.hpp"

#include <gtest/gtest.h>

#include <string>

namespace nf::gui {
namespace {

const Size kSizes[] = {{640, 480},   {800, 600},   {1024, 720},  {1280, 800}, {1366, 768},
                       {1920, 1080}, {2560, 1440}, {3840, 2160}, {1280, 1024}};
const SessionMode kModes[] = {SessionMode::LeadIn, SessionMode::Posture, SessionMode::Between};

std::string name(Size s) {
    return std::to_string(int(s.w)) + "x" + std::to_string(int(s.h));
}

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
            for (const Rect& r : {L.title, L.figure, L.seconds, L.holdBar, L.info, L.next,
                                  L.toolbar, L.left, L.sessionBar})
                EXPECT_TRUE(window.contains(r)) << name(s);
        }
}

TEST(SessionLayout, ElementsDoNotOverlap) {
    for (Size s : kSizes)
        for (SessionMode m : kModes) {
            const SessionLayout L = layoutSession(s, m);
            const std::vector<Rect> rs = {L.title, L.figure,  L.seconds, L.holdBar,   L.info,
                                          L.next,  L.toolbar, L.left,    L.sessionBar};
            for (std::size_t i = 0; i < rs.size(); ++i)
                for (std::size_t j = i + 1; j < rs.size(); ++j)
                    EXPECT_FALSE(rs[i].intersects(rs[j])) << name(s) << " " << i << " " << j;
        }
}

TEST(SessionLayout, LeadInTextColumnBesideASmallerFigureWithTheCountUnderIt) {
    for (Size s : kSizes)
        for (bool pain : {false, true}) {
            const SessionLayout L = layoutSession(s, SessionMode::LeadIn, pain);
            const SessionLayout hold = layoutSession(s, SessionMode::Posture);
            EXPECT_GE(L.setup.x, L.figure.right()) << name(s);
            EXPECT_GE(L.setup.w, layoutSize(s).w * 0.55) << name(s); // the words get the width
            EXPECT_GE(L.setup.h, (hold.info.y - hold.title.bottom()) * (pain ? 0.6 : 0.9))
                << name(s);
            EXPECT_LT(L.figure.w, hold.figure.w) << name(s);
            EXPECT_GE(L.seconds.y, L.figure.bottom()) << name(s);
            EXPECT_GE(L.seconds.h, layoutSize(s).h * 0.08) << name(s); // smaller, still large
            EXPECT_GE(L.seconds.w, 1.85 * L.seconds.h) << name(s);     // room for "10"
            EXPECT_GE(L.holdBar.y, L.seconds.bottom()) << name(s);
            EXPECT_LE(L.holdBar.bottom(), L.info.y) << name(s);
            EXPECT_FALSE(L.setup.intersects(L.seconds)) << name(s);
            EXPECT_FALSE(L.setup.intersects(L.holdBar)) << name(s);
        }
}

// A stand-in for DejaVu Sans, as wide as the widest of the routines' sentences measured in
// the window (0.46-0.50 of the char size per character); the line spacing is 1.164 of it.
const TextMetrics kMetrics{
    [](const std::string& t, unsigned size) { return 0.50 * size * double(t.size()); },
    [](unsigned size) { return 1.164 * size; }};

struct LeadInWords {
    const char* routine;
    std::vector<std::string> setup, stopIf;
};
// The longest lead-ins of the built-in routines (assets/routines), with the exercise's set-up.
const LeadInWords kLeadIns[] = {
    {"nerve-floss",
     {"Sit on the edge of a table, legs hanging.", "Round your back a little.",
      "Lift the affected foot only until you feel a very mild pull."},
     {"Stop if pain, tingling or numbness grows or spreads.",
      "A light pull is fine. Do less next time if it lasts more than half an hour."}},
    {"glute-stretch",
     {"Lie on your back on a mat or a firm bed.", "Bend both knees, feet flat.",
      "Cross one ankle over the opposite knee, then draw that knee toward you."},
     {"Mild stretch only.", "Stop if tingling or calf pain appears."}},
    {"knee-rolls",
     {"Lie on your back, knees bent and together, feet flat.",
      "Arms out to the sides, shoulders on the floor."},
     {"Roll only as far as is comfortable; stop if pain spreads down the leg."}},
};
const std::string kReminder = "Not a diagnosis. Stop if pain, tingling or numbness grows or "
                              "spreads. Press H for the safety notice.";

LeadInText fitAt(Size s, const LeadInWords& w, bool reminder) {
    const SessionLayout L = layoutSession(s, SessionMode::LeadIn, true);
    return fitLeadInText(L.setup, w.setup, w.stopIf, reminder ? kReminder : "",
                         "Not a diagnosis. Press H.", kMetrics, minReadableSize(s),
                         quantizeCharSize(s.h * 0.055));
}

TEST(LeadInText, ReadableFromAcrossTheRoomWithThePainRatingAndTheReminder) {
    for (Size s : {Size{640, 480}, Size{1024, 720}, Size{1920, 1080}})
        for (const LeadInWords& w : kLeadIns)
            for (bool reminder : {false, true}) {
                const std::string what = name(s) + " " + w.routine;
                const LeadInText t = fitAt(s, w, reminder);
                EXPECT_GE(t.size, s.h * 0.035) << what;
                EXPECT_EQ(t.setup, w.setup) << what; // every set-up line, whole
                ASSERT_FALSE(t.stop.empty()) << what;
                EXPECT_EQ(t.stop.front().rfind(w.stopIf.front(), 0), 0u)
                    << what; // the first stop-if line
                const Rect box = layoutSession(s, SessionMode::LeadIn, true).setup;
                EXPECT_LE(paragraphsHeight(t.setup, box.w, t.size, kMetrics), t.setupBox.h + 0.01)
                    << what;
                EXPECT_LE(paragraphsHeight(t.stop, box.w, t.size, kMetrics), t.stopBox.h + 0.01)
                    << what;
                EXPECT_GE(t.stopBox.y, t.setupBox.bottom()) << what;
                EXPECT_LE(t.stopBox.bottom(), box.bottom() + 0.01) << what;
            }
}

TEST(LeadInText, LargeWindowsKeepEveryStopLine) {
    // At 1920x1080 every stop-if line shows whole; at most the reminder is the short one. (At
    // 1024x720 the real font keeps them too; this stand-in is a little wider, so it is not asked.)
    for (Size s : {Size{1920, 1080}, Size{2560, 1440}})
        for (const LeadInWords& w : kLeadIns) {
            const LeadInText t = fitAt(s, w, true);
            ASSERT_EQ(t.stop.size(), w.stopIf.size() + 1) << name(s) << " " << w.routine;
            for (std::size_t i = 0; i < w.stopIf.size(); ++i)
                EXPECT_EQ(t.stop[i], w.stopIf[i]) << w.routine;
            EXPECT_TRUE(t.stop.back() == kReminder || t.stop.back() == "Not a diagnosis. Press H.")
                << w.routine;
        }
    // Without the reminder nothing needs cutting.
    for (const LeadInWords& w : kLeadIns)
        EXPECT_FALSE(fitAt({1920, 1080}, w, false).shortened) << w.routine;
}

TEST(LeadInText, ShortensTheStopLinesBeforeShrinkingBelowTheMinimum) {
    const LeadInWords& w = kLeadIns[0];
    // A box with room for the set-up and about three more lines at 20 px.
    const Rect box{0, 0, 700, 1.164 * 20 * (4 + 3 * kParagraphGap + 4)};
    const LeadInText t =
        fitLeadInText(box, w.setup, w.stopIf, kReminder, "Short.", kMetrics, 20, 40);
    EXPECT_TRUE(t.shortened);
    EXPECT_GE(t.size, 20u);
    EXPECT_EQ(t.setup, w.setup);
    EXPECT_LT(t.stop.size(), w.stopIf.size() + 1);
    EXPECT_EQ(t.stop.back(), "Short.");
    // With all the room it needs, nothing is cut and the text grows to the cap.
    const LeadInText roomy =
        fitLeadInText({0, 0, 2000, 2000}, w.setup, w.stopIf, kReminder, "Short.", kMetrics, 20, 40);
    EXPECT_FALSE(roomy.shortened);
    EXPECT_EQ(roomy.size, 40u);
}

TEST(LeadInText, MinimumIsThreeAndAHalfPercentOfTheHeight) {
    EXPECT_EQ(minReadableSize({640, 480}), 17u);
    EXPECT_EQ(minReadableSize({1024, 720}), 26u);
    EXPECT_EQ(minReadableSize({1920, 1080}), 38u);
    EXPECT_EQ(minReadableSize({300, 200}), 17u); // drawn at the smallest layout size
}

TEST(SessionLayout, FigureTakesTheMiddlesHeightAndTheWidthTheDigitsLeave) {
    for (Size s : kSizes) {
        const SessionLayout L = layoutSession(s, SessionMode::Posture);
        EXPECT_GE(L.figure.h, s.h * 0.45) << name(s);
        EXPECT_GE(L.figure.w, s.w * 0.4) << name(s);
        EXPECT_LE(L.figure.right(), L.seconds.x) << name(s);
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

TEST(CharSize, SmallSizesAreExact) {
    EXPECT_EQ(quantizeCharSize(13.7), 13u);
}
TEST(CharSize, MiddleSizesAreEven) {
    EXPECT_EQ(quantizeCharSize(37.2), 36u);
}
TEST(CharSize, LargeSizesAreMultiplesOfEight) {
    EXPECT_EQ(quantizeCharSize(71.0), 64u);
}
TEST(CharSize, NeverZero) {
    EXPECT_EQ(quantizeCharSize(0.0), 1u);
}

TEST(CharSize, QuantizingNeverGrowsAndIsMonotonic) {
    unsigned last = 0;
    for (double s = 1.0; s < 600.0; s += 0.5) {
        const unsigned q = quantizeCharSize(s);
        EXPECT_LE(q, s);
        EXPECT_GE(q, last);
        last = q;
    }
}

TEST(CharSize, FitIsLimitedByWidth) {
    EXPECT_EQ(fitCharSize(100, 1000, 5.0, 1.0), 20u);
}
TEST(CharSize, FitIsLimitedByHeight) {
    EXPECT_EQ(fitCharSize(1000, 20, 1.0, 1.0), 20u);
}
TEST(CharSize, FitIsLimitedByTheCap) {
    EXPECT_EQ(fitCharSize(1000, 1000, 1.0, 1.0, 48), 48u);
}

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
    const auto lines = wrapWords("sit on the edge of a table", 10, [](const std::string& s) {
        return static_cast<double>(s.size());
    });
    EXPECT_EQ(lines, (std::vector<std::string>{"sit on the", "edge of a", "table"}));
}

TEST(Wrap, KeepsAWordLongerThanTheWidthWhole) {
    const auto lines = wrapWords("a supercalifragilistic b", 5, [](const std::string& s) {
        return static_cast<double>(s.size());
    });
    EXPECT_EQ(lines, (std::vector<std::string>{"a", "supercalifragilistic", "b"}));
}

TEST(HomeLayout, RowsFitBetweenHeadingAndButtons) {
    for (Size s : kSizes)
        for (int bands : {0, 1, 2})
            for (int count : {1, 4, 6, 12})
                for (int sel = 0; sel < count; ++sel) {
                    const std::string what = name(s) + " bands " + std::to_string(bands) + " n " +
                                             std::to_string(count) + " sel " + std::to_string(sel);
                    const HomeLayout H = layoutHome(s, count, bands, sel);
                    ASSERT_EQ(H.rows.size(), std::size_t(count)) << what;
                    EXPECT_GT(H.rows[std::size_t(sel)].row.w, 0.0) << what; // the choice is in view
                    EXPECT_GT(H.rows[std::size_t(sel)].dose.h, 0.0) << what; // with its dose
                    int shown = 0;
                    std::vector<Rect> all = {H.heading, H.subheading, H.toolbar,
                                             H.status,  H.advice,     H.more};
                    all.insert(all.end(), H.actions.begin(), H.actions.end());
                    for (const HomeRow& r : H.rows) {
                        if (r.row.w <= 0)
                            continue;
                        ++shown;
                        EXPECT_GE(r.row.y, std::max({H.subheading.bottom(), H.status.bottom(),
                                                     H.advice.bottom()}))
                            << what;
                        EXPECT_LE(r.row.bottom(), H.toolbar.y) << what;
                        EXPECT_TRUE(r.row.contains(r.name) && r.row.contains(r.length)) << what;
                        // Every row shows today's plan: on its dose line, or in a box of its own.
                        EXPECT_NE(r.dose.h > 0, r.plan.h > 0) << what;
                        if (r.plan.h > 0) {
                            EXPECT_TRUE(r.row.contains(r.plan)) << what;
                            EXPECT_FALSE(r.plan.intersects(r.name) || r.plan.intersects(r.length))
                                << what;
                        }
                        all.push_back(r.row);
                    }
                    EXPECT_EQ(shown + H.hiddenAbove + H.hiddenBelow, count) << what;
                    EXPECT_EQ(H.more.h > 0, shown < count) << what;
                    for (std::size_t i = 0; i < all.size(); ++i)
                        for (std::size_t j = i + 1; j < all.size(); ++j)
                            if (all[i].w > 0 && all[j].w > 0) {
                                EXPECT_FALSE(all[i].intersects(all[j]))
                                    << what << " " << i << " " << j;
                            }
                }
}

TEST(HomeLayout, EveryWordReadableFromAcrossTheRoom) {
    // Home paints the name and the dose at 0.8 of their boxes' height: never below 3.5 % of the
    // window's height, even with both history bands and four routines.
    for (Size s : {Size{640, 480}, Size{1024, 720}, Size{1920, 1080}, Size{1280, 800}})
        for (int bands : {0, 2})
            for (int sel = 0; sel < 4; ++sel) {
                const HomeLayout H = layoutHome(s, 4, bands, sel);
                const unsigned min = minReadableSize(s);
                for (const HomeRow& r : H.rows) {
                    if (r.row.w <= 0)
                        continue;
                    EXPECT_GE(quantizeCharSize(r.name.h * 0.8), min) << name(s);
                    if (r.dose.h > 0) {
                        EXPECT_GE(quantizeCharSize(r.dose.h * 0.8), min) << name(s);
                    }
                }
                // All four routines show at once: the list does not scroll for the built-in ones.
                EXPECT_EQ(H.more.h, 0.0) << name(s) << " bands " << bands;
                if (bands == 2) {
                    // The suggestion: two lines at the minimum size fit its text box.
                    const Rect t = layoutAdvice(H.advice, true).text;
                    EXPECT_GE(t.h, 1.164 * min * (2 + kParagraphGap)) << name(s);
                    EXPECT_GE(t.w, layoutSize(s).w * 0.5) << name(s);
                }
                // The self-check and safety buttons beside the title.
                ASSERT_EQ(H.actions.size(), 2u);
                EXPECT_GE(quantizeCharSize(H.actions[0].h * 0.42), min * 0.9) << name(s);
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

namespace nf::gui {
namespace {

const Size kIssueSizes[] = {{640, 480}, {800, 600}, {1024, 720}, {1920, 1080}};

TEST(DialogLayout, OverTheSessionItStaysAboveTheRepAndSetLine) {
    for (Size s : kIssueSizes)
        for (SessionMode m : kModes) {
            const SessionLayout L = layoutSession(s, m);
            const DialogLayout D = layoutDialog(s, L.info.y);
            EXPECT_LE(D.box.bottom(), L.info.y) << name(s);
            EXPECT_GE(D.box.y, 0.0) << name(s);
            EXPECT_TRUE(D.box.contains(D.buttons)) << name(s);
            EXPECT_FALSE(D.title.intersects(D.text)) << name(s);
            EXPECT_FALSE(D.text.intersects(D.buttons)) << name(s);
            // Its button labels (0.42 of the button's height) stay readable.
            EXPECT_GE(quantizeCharSize(D.buttons.h * 0.42), 14u) << name(s);
        }
}

TEST(Toolbars, EveryScreensButtonsAreInsideTheWindowAndAtLeast14PxTall) {
    // A button's label is 0.42 of its height: at 640x480 that must still be 14 px.
    for (Size s : kIssueSizes) {
        const Rect window{0, 0, s.w, s.h};
        const std::vector<std::pair<const char*, Rect>> bars = {
            {"page", layoutPage(s).toolbar},
            {"summary", layoutSummary(s, true).toolbar},
            {"settings", layoutSettings(s, 4, 6).toolbar},
            {"history", layoutHistory(s, 5).toolbar},
            {"morning", layoutMorning(s).toolbar},
            {"home", layoutHome(s, 4, 2).toolbar},
            {"question", layoutQuestion(s).toolbar},
            {"session", layoutSession(s, SessionMode::Posture).toolbar},
        };
        for (const auto& [what, bar] : bars) {
            EXPECT_TRUE(window.contains(bar)) << what << " " << name(s);
            EXPECT_GE(quantizeCharSize(bar.h * 0.42), 14u) << what << " " << name(s);
        }
    }
}

} // namespace
} // namespace nf::gui
