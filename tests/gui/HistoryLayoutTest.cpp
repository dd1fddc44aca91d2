// The layouts of the history's parts of the window: home's bands, the pain strips, the summary,
// the history screen and the morning question.

#include "app/gui/history/HistoryLayout.hpp"
#include "app/gui/home/HomeLayout.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/session/SessionLayout.hpp"

#include <gtest/gtest.h>

#include <string>

namespace nf::gui {
namespace {

const Size kSizes[] = {{640, 480},  {800, 600},   {1024, 720},
                       {1280, 800}, {1920, 1080}, {3840, 2160}};

std::string name(Size s) {
    return std::to_string(int(s.w)) + "x" + std::to_string(int(s.h));
}

void expectApart(const std::vector<Rect>& rs, const std::string& where) {
    for (std::size_t i = 0; i < rs.size(); ++i)
        for (std::size_t j = i + 1; j < rs.size(); ++j)
            EXPECT_FALSE(rs[i].intersects(rs[j])) << where << " " << i << " " << j;
}

TEST(HomeLayoutWithHistory, NoBandsIsTheOldLayout) {
    const HomeLayout a = layoutHome({1024, 720}, 4), b = layoutHome({1024, 720}, 4, 0);
    EXPECT_EQ(a.rows, b.rows);
    EXPECT_EQ(b.status.h, 0.0);
}

TEST(HomeLayoutWithHistory, BandsSitBetweenTheHeadingAndTheRoutines) {
    for (Size s : kSizes) {
        const HomeLayout L = layoutHome(s, 4, 2);
        EXPECT_GE(L.status.y, L.subheading.bottom()) << name(s);
        EXPECT_LE(L.status.bottom(), L.advice.y) << name(s);
        EXPECT_LE(L.advice.bottom(), L.rows.front().row.y) << name(s);
        EXPECT_LE(L.rows.back().row.bottom(), L.toolbar.y) << name(s);
        EXPECT_GT(L.rows.back().row.h, 30.0) << name(s);
    }
}

TEST(HomeLayoutWithHistory, StatusBandIsReadableFromAcrossTheRoom) {
    // Today's line gets at least 5 % of the window's height.
    for (Size s : kSizes) {
        const HomeStatusLayout S = layoutHomeStatus(layoutHome(s, 4, 1).status, 2);
        EXPECT_GE(S.today.h, layoutSize(s).h * 0.05) << name(s);
    }
}

TEST(HomeStatusLayout, OneDotPerTargetSessionAllInsideTheBand) {
    for (int target : {1, 2, 5, 10}) {
        const Rect band = layoutHome({1024, 720}, 4, 1).status;
        const HomeStatusLayout S = layoutHomeStatus(band, target);
        ASSERT_EQ(S.pips.size(), static_cast<std::size_t>(target));
        std::vector<Rect> all = S.pips;
        all.insert(all.end(), {S.today, S.history});
        for (const Rect& r : all)
            EXPECT_TRUE(band.contains(r)) << target;
        expectApart(all, "target " + std::to_string(target));
        EXPECT_GT(S.today.w, band.w * 0.3) << target;
    }
}

TEST(AdviceLayout, TextAndButtonDoNotOverlap) {
    const Rect band = layoutHome({1280, 800}, 4, 2).advice;
    const AdviceLayout A = layoutAdvice(band, true);
    EXPECT_FALSE(A.text.intersects(A.button));
    EXPECT_TRUE(band.contains(A.button));
    EXPECT_EQ(layoutAdvice(band, false).button.w, 0.0);
}

TEST(PainStrip, ElevenNumbersInARowThenSkip) {
    const Rect area{100, 500, 900, 180};
    const PainStripLayout P = layoutPainStrip(area, true);
    ASSERT_EQ(P.numbers.size(), 11u);
    for (std::size_t i = 1; i < P.numbers.size(); ++i)
        EXPECT_GT(P.numbers[i].x, P.numbers[i - 1].right());
    EXPECT_GT(P.skip.x, P.numbers.back().right());
    for (const Rect& r : P.numbers) {
        EXPECT_TRUE(area.contains(r));
        EXPECT_GE(r.y, P.label.bottom());
        EXPECT_LE(r.h, r.w * 1.2); // never tall and narrow: the digits need the width
    }
    EXPECT_EQ(layoutPainStrip(area, false).skip.w, 0.0);
}

TEST(LeadInPain, StripAtTheBottomOfTheTextColumnApartFromEverythingElse) {
    for (Size s : kSizes) {
        const SessionLayout L = layoutSession(s, SessionMode::LeadIn, true);
        EXPECT_GT(L.pain.h, 0.0) << name(s);
        EXPECT_GE(L.pain.y, L.setup.bottom()) << name(s); // under the words
        EXPECT_NEAR(L.pain.x, L.setup.x, 0.5) << name(s);
        for (const Rect& r : {L.title, L.figure, L.seconds, L.holdBar, L.setup, L.info})
            EXPECT_FALSE(L.pain.intersects(r)) << name(s);
        // The question above the numbers stays readable from across the room.
        EXPECT_GE(layoutPainStrip(L.pain, false).label.h, layoutSize(s).h * 0.035) << name(s);
        EXPECT_EQ(layoutSession(s, SessionMode::LeadIn, false).pain.h, 0.0) << name(s);
    }
}

TEST(SummaryLayout, PainRatingFitsBetweenTheLinesAndTheButtons) {
    for (Size s : kSizes) {
        const SummaryLayout L = layoutSummary(s, true);
        expectApart({L.heading, L.routine, L.lines, L.pain, L.toolbar}, name(s));
        EXPECT_GT(L.lines.h, layoutSize(s).h * 0.2) << name(s);
        EXPECT_GT(L.pain.h, layoutSize(s).h * 0.12) << name(s);
        EXPECT_EQ(layoutSummary(s, false).pain.h, 0.0);
    }
}

TEST(HistoryLayout, ChartTakesMostOfTheWindow) {
    for (Size s : kSizes) {
        const HistoryLayout L = layoutHistory(s, 5);
        ASSERT_EQ(L.rows.size(), 5u);
        std::vector<Rect> all{L.heading, L.status, L.chart, L.toolbar};
        all.insert(all.end(), L.rows.begin(), L.rows.end());
        expectApart(all, name(s));
        const Rect window{0, 0, layoutSize(s).w, layoutSize(s).h};
        for (const Rect& r : all)
            EXPECT_TRUE(window.contains(r)) << name(s);
        EXPECT_GE(L.chart.h, layoutSize(s).h * 0.45) << name(s);
    }
}

TEST(HistoryLayout, CheckInLinesSitBetweenTheChartAndTheSessions) {
    for (Size s : kSizes) {
        const HistoryLayout L = layoutHistory(s, 3, 2);
        ASSERT_EQ(L.checkIns.size(), 2u);
        std::vector<Rect> all{L.heading, L.status, L.chart, L.toolbar};
        all.insert(all.end(), L.checkIns.begin(), L.checkIns.end());
        all.insert(all.end(), L.rows.begin(), L.rows.end());
        expectApart(all, name(s));
        EXPECT_GT(L.checkIns[0].y, L.chart.bottom()) << name(s);
        EXPECT_LT(L.checkIns[1].bottom(), L.rows[0].y) << name(s);
        EXPECT_EQ(L.checkIns[0].h, L.rows[0].h) << name(s);
        EXPECT_GE(L.chart.h, layoutSize(s).h * 0.3) << name(s);
    }
}

TEST(MorningLayout, ThreeBigAnswersSideBySide) {
    for (Size s : kSizes) {
        const MorningLayout M = layoutMorning(s);
        ASSERT_EQ(M.answers.size(), 3u);
        expectApart({M.question, M.note, M.answers[0], M.answers[1], M.answers[2], M.toolbar},
                    name(s));
        EXPECT_GE(M.answers[0].h, layoutSize(s).h * 0.3) << name(s);
    }
}

} // namespace
} // namespace nf::gui
