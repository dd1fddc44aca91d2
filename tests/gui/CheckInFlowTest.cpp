#include "app/gui/history/CheckInFlow.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

using namespace std::chrono;

constexpr Date kCheckInDay{year{2026}, November, day{21}};
constexpr LocalTime kNow{kCheckInDay, 10, 30, 0};

TEST(CheckInFlow, WhereFeltIsOneTapDownTheLeg) {
    CheckInFlow flow(CheckInKind::Where);
    ASSERT_EQ(flow.answerCount(), 4);
    EXPECT_EQ(flow.answerLabel(0), "Buttock");
    EXPECT_EQ(flow.answerLabel(2), "Calf");
    EXPECT_EQ(flow.answerLabel(kNotFelt), "Not felt");
    EXPECT_EQ(flow.progress(), "");
    flow.answer(1);
    ASSERT_TRUE(flow.finished());
    const auto kept = flow.whereFelt(kNow);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->reach, Reach::Thigh);
    EXPECT_FALSE(kept->newTinglingOrNumbness);
    EXPECT_EQ(kept->at, kNow);
}

TEST(CheckInFlow, TinglingIsSwitchedBeforeTheTap) {
    CheckInFlow flow(CheckInKind::Where);
    flow.toggleTingling();
    flow.answer(2);
    ASSERT_TRUE(flow.whereFelt(kNow));
    EXPECT_TRUE(flow.whereFelt(kNow)->newTinglingOrNumbness);
}

TEST(CheckInFlow, NotFeltKeepsNothing) {
    CheckInFlow flow(CheckInKind::Where);
    flow.answer(kNotFelt);
    EXPECT_TRUE(flow.finished());
    EXPECT_FALSE(flow.whereFelt(kNow));
}

TEST(CheckInFlow, NothingIsKeptBeforeTheLastAnswer) {
    CheckInFlow urgent(CheckInKind::Urgent);
    urgent.answer(1);
    EXPECT_FALSE(urgent.finished());
    EXPECT_FALSE(urgent.urgentCheck(kCheckInDay));
    CheckInFlow where(CheckInKind::Where);
    EXPECT_FALSE(where.whereFelt(kNow));
}

TEST(CheckInFlow, UrgentAsksFiveYesNoQuestionsInOrder) {
    CheckInFlow flow(CheckInKind::Urgent);
    ASSERT_EQ(flow.answerCount(), 2);
    EXPECT_EQ(flow.answerLabel(0), "Yes");
    EXPECT_EQ(flow.answerLabel(1), "No");
    for (int i = 0; i < kUrgentQuestions; ++i) {
        EXPECT_EQ(flow.question(), urgentQuestions()[static_cast<std::size_t>(i)]);
        EXPECT_EQ(flow.progress(), "Weekly check: " + std::to_string(i + 1) + " of 5");
        flow.answer(i == 3 ? 0 : 1); // yes only to the fourth
    }
    ASSERT_TRUE(flow.finished());
    const auto check = flow.urgentCheck(kCheckInDay);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->day, kCheckInDay);
    EXPECT_EQ(check->yes, (std::array<bool, 5>{false, false, false, true, false}));
    EXPECT_TRUE(check->anyYes());
}

TEST(CheckInFlow, BackTakesTheLastAnswerBackButNotAfterTheEnd) {
    CheckInFlow flow(CheckInKind::Sbi);
    EXPECT_FALSE(flow.back());
    flow.answer(5);
    flow.answer(2);
    EXPECT_TRUE(flow.back());
    EXPECT_EQ(flow.progress(), "Every two weeks: 2 of 4");
    flow.answer(3);
    flow.answer(1);
    flow.answer(0);
    ASSERT_TRUE(flow.finished());
    EXPECT_FALSE(flow.back());
    const auto score = flow.sbiScore(kCheckInDay);
    ASSERT_TRUE(score);
    EXPECT_EQ(score->ratings, (std::array<int, 4>{5, 3, 1, 0}));
    EXPECT_EQ(score->total(), 9);
}

TEST(CheckInFlow, SbiRatesZeroToSixAndIgnoresOthers) {
    CheckInFlow flow(CheckInKind::Sbi);
    ASSERT_EQ(flow.answerCount(), 7);
    EXPECT_EQ(flow.answerLabel(6), "6");
    EXPECT_NE(flow.question().find("Leg pain"), std::string::npos);
    flow.answer(7);
    flow.answer(-1);
    EXPECT_EQ(flow.progress(), "Every two weeks: 1 of 4");
}

TEST(CheckInFlow, AnswersAfterTheEndAreIgnored) {
    CheckInFlow flow(CheckInKind::Where);
    flow.answer(0);
    flow.answer(2);
    EXPECT_EQ(flow.whereFelt(kNow)->reach, Reach::Buttock);
}

TEST(CheckInResult, WhereSaysTheTrendInWords) {
    const WhereFelt calf{kNow, Reach::Calf, false};
    const WhereFelt thigh{kNow, Reach::Thigh, false};
    EXPECT_EQ(whereResult(std::nullopt, thigh),
              std::vector<std::string>{"Down to the thigh. Recorded."});
    EXPECT_EQ(whereResult(calf, thigh).front(),
              "Down to the thigh: better than last time (calf). Recorded.");
    EXPECT_EQ(whereResult(thigh, calf).front(),
              "Down to the calf: worse than last time (thigh). Recorded.");
    EXPECT_EQ(whereResult(thigh, thigh).front(),
              "Down to the thigh: the same as last time. Recorded.");
    EXPECT_EQ(whereResult(calf, std::nullopt).front(),
              "Not felt in this session: nothing to record.");
}

TEST(CheckInResult, NewTinglingIsWorseAndSaysWhatToDo) {
    const WhereFelt thigh{kNow, Reach::Thigh, false};
    const WhereFelt tingling{kNow, Reach::Thigh, true};
    const auto lines = whereResult(thigh, tingling);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0],
              "Down to the thigh: worse than last time (new tingling or numbness). Recorded.");
    EXPECT_NE(lines[1].find("do less next time"), std::string::npos);
}

TEST(CheckInResult, UrgentAndSbi) {
    UrgentCheck none;
    EXPECT_EQ(urgentResult(none), "No urgent signs this week. Recorded.");
    SbiScore score{kCheckInDay, {4, 4, 2, 4}};
    EXPECT_EQ(sbiResult(score, {score}),
              std::vector<std::string>{"Bothersomeness 14 of 24. Recorded."});
    // Six weeks with no improvement: the advice follows.
    SbiScore before{addDays(kCheckInDay, -42), {3, 3, 2, 4}};
    const auto lines = sbiResult(score, {before, score});
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_NE(lines[1].find("see your GP or physiotherapist"), std::string::npos);
}

TEST(SbiHistoryLine, OldestFirstTheLatestFew) {
    EXPECT_EQ(sbiHistoryLine({}, kCheckInDay), "");
    std::vector<SbiScore> scores;
    for (int i = 0; i < 6; ++i)
        scores.push_back({addDays(kCheckInDay, -14 * (5 - i)), {6 - i, 2, 1, 3}});
    std::swap(scores[0], scores[5]); // stored out of order
    EXPECT_EQ(sbiHistoryLine(scores, kCheckInDay, 3),
              "Bothersomeness (of 24, lower is better): 9 on 24 Oct, 8 on 7 Nov, 7 today");
}

TEST(SbiHistoryLine, TheAdviceInOneLineOnlyWhenItApplies) {
    const SbiScore before{addDays(kCheckInDay, -42), {3, 3, 2, 4}};
    const SbiScore better{kCheckInDay, {1, 1, 1, 1}};
    const SbiScore same{kCheckInDay, {3, 3, 2, 4}};
    EXPECT_EQ(sbiHistoryAdvice({before, better}), std::nullopt);
    EXPECT_EQ(sbiHistoryAdvice({before, same}),
              "No better than six weeks before: see your GP or physiotherapist.");
}

TEST(NextCheckIn, WhereFirstThenTheWeeklyOnesOnceARun) {
    CheckInsDue due;
    due.sessionJustEnded = true;
    due.anySession = true;
    due.urgentDue = true;
    due.sbiDue = true;
    CheckInsAsked asked;
    EXPECT_EQ(nextCheckIn(due, asked), CheckInKind::Where);
    asked.where = true;
    EXPECT_EQ(nextCheckIn(due, asked), CheckInKind::Urgent);
    asked.urgent = true;
    EXPECT_EQ(nextCheckIn(due, asked), CheckInKind::Sbi);
    asked.sbi = true;
    EXPECT_EQ(nextCheckIn(due, asked), std::nullopt);
}

TEST(NextCheckIn, TheWeeklyOnesWaitForTheFirstSessionAndForTheirDay) {
    CheckInsDue due;
    due.urgentDue = true;
    due.sbiDue = true;
    EXPECT_EQ(nextCheckIn(due, {}), std::nullopt);
    due.anySession = true;
    due.urgentDue = false;
    EXPECT_EQ(nextCheckIn(due, {}), CheckInKind::Sbi);
    due.sbiDue = false;
    EXPECT_EQ(nextCheckIn(due, {}), std::nullopt);
}

PlanItem item(PlanState state) {
    PlanItem i;
    i.routineId = "nerve-floss";
    i.state = state;
    i.wanted = 2;
    return i;
}

TEST(PlanShort, DueDoneResting) {
    PlanItem due = item(PlanState::Due);
    EXPECT_EQ(planShort(due), "due");
    due.slot = TimeOfDay{18, 30};
    EXPECT_EQ(planShort(due), "due 18:30");
    due.slotPassed = true;
    EXPECT_EQ(planShort(due), "due");
    due.doneAt = {{kCheckInDay, 8, 12, 0}};
    EXPECT_EQ(planShort(due), "1 of 2 done 08:12");
    PlanItem done = item(PlanState::Done);
    done.doneAt = {{kCheckInDay, 8, 12, 0}, {kCheckInDay, 18, 40, 0}};
    EXPECT_EQ(planShort(done), "done 18:40");
    EXPECT_EQ(planShort(item(PlanState::Resting)), "rest day");
    EXPECT_EQ(planShort(item(PlanState::Off)), "off today");
    EXPECT_EQ(planShort(item(PlanState::AsWanted)), "");
}

TEST(CheckInLayout, AnswersSideBySideAndTheSwitchUnderThem) {
    for (const Size size : {Size{640, 480}, Size{1920, 1080}}) {
        const CheckInLayout L = layoutCheckIn(size, 4, true);
        ASSERT_EQ(L.answers.size(), 4u);
        for (std::size_t i = 1; i < L.answers.size(); ++i) {
            EXPECT_GT(L.answers[i].x, L.answers[i - 1].right());
            EXPECT_EQ(L.answers[i].y, L.answers[0].y);
        }
        EXPECT_GT(L.answers[0].y, L.hint.bottom());
        EXPECT_GT(L.toggle.y, L.answers[0].bottom());
        EXPECT_LT(L.toggle.bottom(), L.toolbar.y);
        EXPECT_GE(L.toggle.h, 34.0);
        const CheckInLayout sbi = layoutCheckIn(size, 7, false);
        EXPECT_EQ(sbi.toggle.h, 0.0);
        EXPECT_GE(sbi.answers[0].w, 60.0) << "a rating must be wide enough for a finger";
        EXPECT_LT(sbi.answers.back().right(), size.w);
    }
}

} // namespace
} // namespace nf::gui
