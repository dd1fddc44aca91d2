#include "core/HistoryRules.hpp"

#include "core/CheckIn.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace std::chrono;

namespace {

constexpr Date kToday{year{2026}, month{11}, day{21}};

// A completed flossing session `ago` days before today, at `hour`.
SessionRecord floss(int ago, int hour = 9, std::optional<int> before = std::nullopt,
                    std::optional<int> after = std::nullopt, int reps = 25) {
    static std::int64_t nextId = 1;
    SessionRecord r;
    r.id = nextId++;
    r.start = {addDays(kToday, -ago), hour, 0, 0};
    r.end = LocalTime{addDays(kToday, -ago), hour, 10, 0};
    r.routineId = "nerve-floss";
    r.routineName = "Nerve flossing";
    r.side = "right";
    r.repsPerSet = reps;
    r.setsPlanned = 3;
    r.setsDone = 3;
    r.repsDone = 3 * reps;
    r.outcome = SessionOutcome::Completed;
    r.painBefore = before;
    r.painAfter = after;
    return r;
}

SessionRecord with(SessionRecord r, SessionOutcome outcome, int setsDone) {
    r.outcome = outcome;
    r.setsDone = setsDone;
    if (outcome == SessionOutcome::Unfinished)
        r.end.reset();
    return r;
}

MorningRecord morning(int ago, MorningCheck check) {
    return {addDays(kToday, -ago), check};
}

} // namespace

// Today against the target.

TEST(HistoryTarget, CountsCompletedFlossingSessionsOfTheDay) {
    EXPECT_EQ(flossSessionsOn({floss(0, 8), floss(0, 18), floss(1)}, kToday), 2);
}

TEST(HistoryTarget, StoppedOrCutOffSessionsDoNotCount) {
    EXPECT_EQ(flossSessionsOn({with(floss(0), SessionOutcome::Stopped, 2),
                               with(floss(0), SessionOutcome::Unfinished, 1)},
                              kToday),
              0);
}

TEST(HistoryTarget, OtherRoutinesDoNotCount) {
    SessionRecord knees = floss(0);
    knees.routineId = "knee-rolls";
    EXPECT_EQ(flossSessionsOn({knees}, kToday), 0);
}

TEST(HistoryTarget, LineSaysCountAndTarget) {
    const HomeStatus s = homeStatus({floss(0)}, {}, kToday, 2);
    EXPECT_EQ(targetLine(s), "Flossing 1 of 2 today");
}

TEST(HistoryTarget, ACompletedSessionWithNoRepDoneDoesNotCount) {
    // Every set ended before its first rep, or every posture skipped: the session ran to its
    // end but nothing was done.
    SessionRecord nothing = floss(0);
    nothing.setsDone = 0;
    nothing.repsDone = 0;
    EXPECT_FALSE(countsTowardTarget(nothing));
    EXPECT_FALSE(didSomething(nothing));
    EXPECT_EQ(flossSessionsOn({nothing}, kToday), 0);
    EXPECT_EQ(streakOnTarget({nothing, nothing, floss(1), floss(1)}, kToday, 2).includesToday,
              false);
}

TEST(HistoryTarget, AStoppedSessionWithRepsShowsOnTheChartButIsNotOnTarget) {
    const SessionRecord left = with(floss(0), SessionOutcome::Stopped, 1);
    EXPECT_TRUE(didSomething(left));
    EXPECT_FALSE(countsTowardTarget(left));
}

TEST(HistoryTarget, DoneTodayAddsEverySessionOfToday) {
    SessionRecord stopped = with(floss(0), SessionOutcome::Stopped, 1);
    stopped.repsDone = 7;
    const HomeStatus s = homeStatus({floss(0), stopped, floss(1)}, {}, kToday, 2);
    EXPECT_EQ(s.setsToday, 4);
    EXPECT_EQ(s.repsToday, 82);
    EXPECT_EQ(doneTodayLine(s), "Done today: 4 sets, 82 reps");
    EXPECT_EQ(doneTodayLine(homeStatus({}, {}, kToday, 2)), "Done today: 0 sets, 0 reps");
}

// The streak.

TEST(HistoryStreak, NoSessionsNoStreak) {
    EXPECT_EQ(streakOnTarget({}, kToday, 2).days, 0);
}

TEST(HistoryStreak, CountsDaysInARowIncludingToday) {
    const Streak s =
        streakOnTarget({floss(0), floss(0), floss(1), floss(1), floss(2), floss(2)}, kToday, 2);
    EXPECT_EQ(s.days, 3);
    EXPECT_TRUE(s.includesToday);
}

TEST(HistoryStreak, TodayNotYetOnTargetDoesNotBreakIt) {
    const Streak s = streakOnTarget({floss(0), floss(1), floss(1), floss(2), floss(2)}, kToday, 2);
    EXPECT_EQ(s.days, 2);
    EXPECT_FALSE(s.includesToday);
}

TEST(HistoryStreak, AMissedDayEndsIt) {
    EXPECT_EQ(streakOnTarget({floss(1), floss(1), floss(3), floss(3)}, kToday, 2).days, 1);
}

TEST(HistoryStreak, ADayBelowTargetEndsIt) {
    EXPECT_EQ(streakOnTarget({floss(1), floss(1), floss(2), floss(3), floss(3)}, kToday, 2).days,
              1);
}

TEST(HistoryStreak, MissingYesterdayMeansNoStreakYet) {
    EXPECT_EQ(streakOnTarget({floss(2), floss(2)}, kToday, 2).days, 0);
}

// A flare (amber: that day and the next) neither adds to the streak nor breaks it: resting as
// advised costs nothing, and flossing through it earns nothing.
TEST(HistoryStreak, AFlareNeitherAddsToNorBreaksIt) {
    std::vector<SessionRecord> rested;
    for (int ago : {5, 4, 3})
        for (int hour : {8, 18})
            rested.push_back(floss(ago, hour));
    rested.push_back(floss(2, 8, 2, 5)); // pain rose: amber on day 2 and day 1
    rested.push_back(floss(0, 8));
    rested.push_back(floss(0, 18));
    const Streak s = streakOnTarget(rested, kToday, 2, {});
    EXPECT_EQ(s.days, 4); // days 5, 4, 3 and today
    EXPECT_TRUE(s.includesToday);

    std::vector<SessionRecord> pushed = rested;
    for (int ago : {2, 1})
        for (int hour : {12, 20})
            pushed.push_back(floss(ago, hour));
    EXPECT_EQ(streakOnTarget(pushed, kToday, 2, {}).days, 4);
}

TEST(HistoryStreak, AWorseMorningIsAFlareForTheStreakToo) {
    std::vector<SessionRecord> records;
    for (int ago : {4, 3, 2})
        for (int hour : {8, 18})
            records.push_back(floss(ago, hour));
    // The morning after day 2 was worse: day 1 and today are rest days.
    const Streak s = streakOnTarget(records, kToday, 2, {morning(2, MorningCheck::Worse)});
    EXPECT_EQ(s.days, 3);
    EXPECT_FALSE(s.includesToday);
}

TEST(HistoryStreak, LineSaysDays) {
    const HomeStatus s = homeStatus({floss(1), floss(1), floss(2), floss(2)}, {}, kToday, 2);
    EXPECT_EQ(streakLine(s), "2 days in a row on target");
    EXPECT_EQ(streakLine(homeStatus({}, {}, kToday, 2)), "");
}

// The guardrail.

TEST(HistoryGuardrail, FewerRepsIsTwentyPercentFewer) {
    EXPECT_EQ(fewerReps(25), 20);
    EXPECT_EQ(fewerReps(10), 8);
    EXPECT_EQ(fewerReps(7), 5);
}

TEST(HistoryGuardrail, FewerRepsNeverGoesBelowFive) {
    EXPECT_EQ(fewerReps(6), 5);
    EXPECT_EQ(fewerReps(5), 5);
}

TEST(HistoryGuardrail, FewerRepsNeverRaisesALowDose) {
    EXPECT_EQ(fewerReps(3), 3);
}

TEST(HistoryGuardrail, NothingWithoutHistory) {
    EXPECT_FALSE(guardrail({}, {}, kFlossRoutineId));
}

TEST(HistoryGuardrail, PainRiseOfTwoSuggestsFewerReps) {
    const auto s = guardrail({floss(0, 9, 3, 5)}, {}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, SuggestionKind::FewerReps);
    EXPECT_EQ(s->currentReps, 25);
    EXPECT_EQ(s->suggestedReps, 20);
    EXPECT_NE(s->reason.find("Pain rose from 3 to 5"), std::string::npos);
}

TEST(HistoryGuardrail, PainRiseOfOneIsNotEnough) {
    EXPECT_FALSE(guardrail({floss(0, 9, 3, 4)}, {}, kFlossRoutineId));
}

TEST(HistoryGuardrail, WorseMorningSuggestsFewerReps) {
    const auto s =
        guardrail({floss(1, 9, 3, 3)}, {morning(1, MorningCheck::Worse)}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, SuggestionKind::FewerReps);
    EXPECT_NE(s->reason.find("morning"), std::string::npos);
}

TEST(HistoryGuardrail, SameMorningSuggestsNothing) {
    EXPECT_FALSE(guardrail({floss(1, 9, 3, 3)}, {morning(1, MorningCheck::Same)}, kFlossRoutineId));
}

TEST(HistoryGuardrail, OnlyTheLatestSessionCounts) {
    EXPECT_FALSE(guardrail({floss(1, 9, 2, 6), floss(0, 9, 3, 3)}, {}, kFlossRoutineId));
}

TEST(HistoryGuardrail, UsesTheLatestSessionsReps) {
    const auto s = guardrail({floss(1, 9, 3, 3, 25), floss(0, 9, 2, 4, 10)}, {}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->suggestedReps, 8);
}

TEST(HistoryGuardrail, AtFiveRepsSuggestsASmallerRange) {
    const auto s = guardrail({floss(0, 9, 3, 6, 5)}, {}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, SuggestionKind::SmallerRange);
    EXPECT_EQ(s->suggestedReps, 5);
    EXPECT_NE(s->reason.find("Keep to 5 reps a set and lift the foot less far"), std::string::npos);
}

TEST(HistoryGuardrail, CutOffSessionStillCountsIfASetWasDone) {
    const auto s =
        guardrail({with(floss(0, 9, 2, 5), SessionOutcome::Unfinished, 1)}, {}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, SuggestionKind::FewerReps);
}

TEST(HistoryGuardrail, OtherRoutinesAreIgnored) {
    SessionRecord knees = floss(0, 9, 1, 7);
    knees.routineId = "knee-rolls";
    EXPECT_FALSE(guardrail({knees}, {}, kFlossRoutineId));
}

TEST(HistoryGuardrail, ThreeSteadySessionsSuggestKeepingOn) {
    const auto s =
        guardrail({floss(2, 9, 4, 3), floss(1, 9, 3, 3), floss(0, 9, 3, 2)}, {}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, SuggestionKind::KeepOn);
    EXPECT_EQ(s->suggestedReps, 25);
}

TEST(HistoryGuardrail, TwoSteadySessionsAreNotEnoughToSayKeepOn) {
    EXPECT_FALSE(guardrail({floss(1, 9, 3, 3), floss(0, 9, 3, 2)}, {}, kFlossRoutineId));
}

TEST(HistoryGuardrail, AnUnratedSessionIsNotSteady) {
    EXPECT_FALSE(guardrail({floss(2, 9, 4, 3), floss(1), floss(0, 9, 3, 2)}, {}, kFlossRoutineId));
}

// The morning question.

TEST(HistoryMorning, AsksAboutYesterdaysSessions) {
    EXPECT_EQ(morningQuestionDay({floss(1)}, {}, kToday), addDays(kToday, -1));
}

TEST(HistoryMorning, DoesNotAskTwice) {
    EXPECT_FALSE(morningQuestionDay({floss(1)}, {morning(1, MorningCheck::Better)}, kToday));
}

TEST(HistoryMorning, DoesNotAskAboutToday) {
    EXPECT_FALSE(morningQuestionDay({floss(0)}, {}, kToday));
}

TEST(HistoryMorning, DoesNotAskAboutOldDays) {
    EXPECT_FALSE(morningQuestionDay({floss(3)}, {}, kToday));
}

TEST(HistoryMorning, AsksAboutTheLatestSessionDay) {
    EXPECT_EQ(morningQuestionDay({floss(2), floss(1), floss(0)}, {}, kToday), addDays(kToday, -1));
}

// The chart's days.

TEST(HistoryDays, CoversEveryDayOldestFirst) {
    const auto days = dailyStats({}, kToday, 30);
    ASSERT_EQ(days.size(), 30u);
    EXPECT_EQ(days.front().day, addDays(kToday, -29));
    EXPECT_EQ(days.back().day, kToday);
}

TEST(HistoryDays, CountsSessionsAndAveragesPain) {
    SessionRecord knees = floss(0, 12, 5, 5);
    knees.routineId = "knee-rolls";
    const auto days = dailyStats({floss(0, 8, 4, 2), floss(0, 18, 5, 4), knees}, kToday, 7);
    const DayStats& t = days.back();
    EXPECT_EQ(t.flossSessions, 2);
    EXPECT_EQ(t.otherSessions, 1);
    EXPECT_DOUBLE_EQ(*t.painBefore, 14.0 / 3.0);
    EXPECT_DOUBLE_EQ(*t.painAfter, 11.0 / 3.0);
}

TEST(HistoryDays, EmptyDaysHaveNoPain) {
    const auto days = dailyStats({floss(0, 8, 4, 2)}, kToday, 7);
    EXPECT_FALSE(days[0].painBefore);
    EXPECT_EQ(days[0].flossSessions, 0);
}

TEST(HistoryDays, SessionsOutsideTheWindowAreLeftOut) {
    const auto days = dailyStats({floss(7), floss(-1)}, kToday, 7);
    for (const auto& d : days)
        EXPECT_EQ(d.flossSessions, 0);
}

TEST(HistoryDays, AStoppedFlossingSessionIsFlossingAsFarAsItsRepsWent) {
    SessionRecord stopped = with(floss(0), SessionOutcome::Stopped, 1);
    stopped.repsDone = 30; // of 3 x 25
    const auto days = dailyStats({stopped, floss(0)}, kToday, 1);
    EXPECT_EQ(days.back().flossSessions, 1);
    EXPECT_DOUBLE_EQ(days.back().flossStopped, 0.4);
    EXPECT_EQ(days.back().otherSessions, 0);
}

TEST(HistoryDays, AFlossingSessionWithoutRepsIsNotDrawn) {
    SessionRecord nothing = with(floss(0), SessionOutcome::Unfinished, 0);
    nothing.repsDone = 0;
    const auto days = dailyStats({nothing}, kToday, 1);
    EXPECT_DOUBLE_EQ(days.back().flossStopped, 0.0);
    EXPECT_EQ(days.back().otherSessions, 0);
}

// Home.

TEST(HistoryHome, LastPainComesFromTheLatestRatedSession) {
    const HomeStatus s = homeStatus({floss(1, 9, 5, 3), floss(0, 9)}, {}, kToday, 2);
    EXPECT_EQ(s.lastPainBefore, 5);
    EXPECT_EQ(s.lastPainAfter, 3);
}

TEST(HistoryHome, CarriesTheMorningQuestionAndSuggestion) {
    const HomeStatus s = homeStatus({floss(1, 9, 2, 6)}, {}, kToday, 2);
    EXPECT_EQ(s.askMorningFor, addDays(kToday, -1));
    ASSERT_TRUE(s.suggestion);
    EXPECT_EQ(s.suggestion->kind, SuggestionKind::FewerReps);
}

// The dose by symptom response (green / amber / red).

TEST(HistoryResponse, NothingWithoutRatingsOrFlares) {
    EXPECT_FALSE(symptomResponse({}, {}, kToday));
    EXPECT_FALSE(symptomResponse({floss(0)}, {}, kToday));
}

TEST(HistoryResponse, LowPainWithNoRiseIsGreenCarryOn) {
    const auto r = symptomResponse({floss(0, 9, 2, 3)}, {}, kToday);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->level, ResponseLevel::Green);
    EXPECT_NE(r->text.find("Carry on"), std::string::npos);
    EXPECT_FALSE(r->restFromFlossing);
}

// Green needs the next morning back to baseline: until the morning is answered, it says so
// rather than claiming the pain settled.
TEST(HistoryResponse, GreenClaimsASettledMorningOnlyOnceItIsAnswered) {
    const auto sameDay = symptomResponse({floss(0, 9, 2, 3)}, {}, kToday);
    ASSERT_TRUE(sameDay);
    EXPECT_EQ(sameDay->level, ResponseLevel::Green);
    EXPECT_EQ(sameDay->text.find("and settled by the next morning"), std::string::npos)
        << sameDay->text;
    EXPECT_NE(sameDay->text.find("if it has settled by the next morning"), std::string::npos)
        << sameDay->text;
    const auto answered =
        symptomResponse({floss(1, 9, 2, 3)}, {morning(1, MorningCheck::Same)}, kToday);
    ASSERT_TRUE(answered);
    EXPECT_NE(answered->text.find("and settled by the next morning. Carry on."), std::string::npos)
        << answered->text;
}

TEST(HistoryResponse, PainAboveThreeIsNotGreen) {
    EXPECT_FALSE(symptomResponse({floss(0, 9, 4, 4)}, {}, kToday));
}

TEST(HistoryResponse, ARiseOfTwoIsAmberThatDayAndTheNext) {
    for (int ago : {0, 1}) {
        const auto r = symptomResponse({floss(ago, 9, 3, 5)}, {}, kToday);
        ASSERT_TRUE(r) << ago;
        EXPECT_EQ(r->level, ResponseLevel::Amber) << ago;
        EXPECT_EQ(r->cause, ResponseCause::FlareUp) << ago;
        EXPECT_TRUE(r->restFromFlossing) << ago;
        EXPECT_NE(r->text.find("No more flossing today"), std::string::npos);
    }
    const auto later = symptomResponse({floss(2, 9, 3, 5)}, {}, kToday);
    EXPECT_TRUE(!later || later->level != ResponseLevel::Amber);
}

TEST(HistoryResponse, AWorseMorningIsAmberThatMorningAndTheNextDay) {
    const auto r = symptomResponse({floss(1, 9, 2, 2)}, {morning(1, MorningCheck::Worse)}, kToday);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->level, ResponseLevel::Amber);
    const auto next =
        symptomResponse({floss(2, 9, 2, 2)}, {morning(2, MorningCheck::Worse)}, kToday);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->level, ResponseLevel::Amber);
}

TEST(HistoryResponse, TwoAmbersWithinSevenDaysAreRed) {
    const auto r = symptomResponse({floss(6, 9, 2, 4), floss(0, 9, 2, 4)}, {}, kToday);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->level, ResponseLevel::Red);
    EXPECT_EQ(r->cause, ResponseCause::TwoFlareUps);
    EXPECT_NE(r->text.find("physiotherapist or GP"), std::string::npos);
    const auto apart = symptomResponse({floss(7, 9, 2, 4), floss(0, 9, 2, 4)}, {}, kToday);
    ASSERT_TRUE(apart);
    EXPECT_EQ(apart->level, ResponseLevel::Amber);
}

TEST(HistoryResponse, AmberHidesTheTargetAndTheStreak) {
    const auto h = homeStatus({floss(1, 8), floss(1, 18), floss(0, 9, 2, 5)}, {}, kToday, 2);
    EXPECT_EQ(targetLine(h), "No flossing today: rest");
    EXPECT_EQ(streakLine(h), "");
}

TEST(HistoryResponse, TheSummarySaysStopHereAfterARise) {
    EXPECT_EQ(summaryHeading(false, 3, 5), "Stop here for today");
    EXPECT_EQ(summaryHeading(false, 3, 4), "Well done");
    EXPECT_EQ(summaryHeading(true, std::nullopt, std::nullopt), "Session stopped");
    EXPECT_EQ(summaryHeading(false, 2, 2, true), "Stop here for today");
}

TEST(HistoryResponse, PainOfEightOrMoreAsksWhetherToGoOn) {
    EXPECT_TRUE(asksWhetherToGoOn(8));
    EXPECT_TRUE(asksWhetherToGoOn(10));
    EXPECT_FALSE(asksWhetherToGoOn(7));
    EXPECT_FALSE(asksWhetherToGoOn(std::nullopt));
}

TEST(HistoryResponse, SetsEndedEarlyBecauseThePainEasedOnlyForFlossing) {
    EXPECT_EQ(endedEarlyLine("nerve-floss", 2), "2 sets ended early (the pain eased)");
    EXPECT_EQ(endedEarlyLine("nerve-floss", 1), "1 set ended early (the pain eased)");
    EXPECT_EQ(endedEarlyLine("nerve-floss", 0), "No set ended early");
    EXPECT_EQ(endedEarlyLine("strengthening", 2), "");
}

TEST(HistoryResponse, NewTinglingOrNumbnessIsRed) {
    CheckIns c;
    c.whereFelt = {WhereFelt{{addDays(kToday, -2), 10, 0, 0}, Reach::Calf, true}};
    const auto r = symptomResponse({floss(2, 9, 2, 2)}, {}, kToday, c);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->level, ResponseLevel::Red);
    // Read from the check-in, even with two flare-ups in the week as well.
    EXPECT_EQ(r->cause, ResponseCause::NewTinglingOrNumbness);
    EXPECT_EQ(symptomResponse({floss(6, 9, 2, 4), floss(0, 9, 2, 4)}, {}, kToday, c)->cause,
              ResponseCause::NewTinglingOrNumbness);
    EXPECT_TRUE(r->restFromFlossing);
    EXPECT_NE(r->text.find("new tingling or numbness"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("physiotherapist or GP"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("numbness on "), std::string::npos) << r->text; // a weekday
    EXPECT_EQ(r->text.find("2026-"), std::string::npos) << r->text;        // never a raw date
    // Without it, the same session is green.
    c.whereFelt[0].newTinglingOrNumbness = false;
    EXPECT_EQ(symptomResponse({floss(2, 9, 2, 2)}, {}, kToday, c)->level, ResponseLevel::Green);
    // A week on, it no longer rests flossing.
    c.whereFelt = {WhereFelt{{addDays(kToday, -7), 10, 0, 0}, Reach::Calf, true}};
    EXPECT_EQ(symptomResponse({floss(2, 9, 2, 2)}, {}, kToday, c)->level, ResponseLevel::Green);
}

TEST(HistoryResponse, AnUrgentSignLeadsToTheUrgentNotice) {
    CheckIns c;
    UrgentCheck weak{addDays(kToday, -1), {}};
    weak.yes[3] = true; // new weakness in a leg or foot
    c.urgent = {weak};
    const auto r = symptomResponse({floss(1, 9, 2, 2)}, {}, kToday, c);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->level, ResponseLevel::Urgent);
    EXPECT_EQ(r->cause, ResponseCause::UrgentSign);
    EXPECT_TRUE(r->restFromFlossing);
    EXPECT_NE(r->text.find("emergency number"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("urgent sign yesterday."), std::string::npos) << r->text;
    const auto h = homeStatus({floss(1, 9, 2, 2)}, {}, kToday, 2, c);
    ASSERT_TRUE(h.suggestion);
    EXPECT_EQ(h.suggestion->kind, SuggestionKind::SeeClinician);
    EXPECT_EQ(h.suggestion->reason, r->text);
    EXPECT_EQ(targetLine(h), "No flossing today: rest");
    // A later check with no urgent sign clears it.
    c.urgent.push_back(UrgentCheck{kToday, {}});
    EXPECT_EQ(symptomResponse({floss(1, 9, 2, 2)}, {}, kToday, c)->level, ResponseLevel::Green);
}

TEST(HistoryResponse, RedReplacesTheSuggestionWithContactTheClinician) {
    const auto h = homeStatus({floss(3, 9, 2, 4), floss(0, 9, 2, 4)}, {}, kToday, 2);
    ASSERT_TRUE(h.suggestion);
    EXPECT_EQ(h.suggestion->kind, SuggestionKind::SeeClinician);
    EXPECT_NE(h.suggestion->reason.find("physiotherapist or GP"), std::string::npos);
}

TEST(HistoryResponse, AmberPutsTheRestBeforeFewerReps) {
    const auto h = homeStatus({floss(0, 9, 3, 5)}, {}, kToday, 2);
    ASSERT_TRUE(h.suggestion);
    EXPECT_EQ(h.suggestion->kind, SuggestionKind::FewerReps);
    EXPECT_EQ(h.suggestion->reason.rfind("Amber: ", 0), 0u);
    EXPECT_NE(h.suggestion->reason.find("Try 20 reps"), std::string::npos);
}

TEST(HistoryGuardrail, OneRepASetIsOneRepNotOneReps) {
    const auto s = guardrail({floss(0, 9, 3, 6, 1)}, {}, kFlossRoutineId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, SuggestionKind::SmallerRange);
    EXPECT_NE(s->reason.find("Keep to 1 rep a set and"), std::string::npos) << s->reason;
}
