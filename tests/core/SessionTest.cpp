#include "core/Session.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace nf;
using namespace std::chrono_literals;

namespace {

// The session is driven with an arbitrary epoch to show it never assumes time starts at zero.
constexpr Micros kEpoch = 1'000'000'000us;

// The event types in order, countdown ticks left out (they are tested on their own).
std::vector<EventType> types(const std::vector<SessionEvent>& events) {
    std::vector<EventType> out;
    for (const auto& e : events)
        if (e.type != EventType::CountdownTick)
            out.push_back(e.type);
    return out;
}

std::vector<SessionEvent> only(const std::vector<SessionEvent>& events, EventType type) {
    std::vector<SessionEvent> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                 [type](const SessionEvent& e) { return e.type == type; });
    return out;
}

// Drives a session the way the shell does: wake at each deadline (plus `late`), update.
std::vector<SessionEvent> runToEnd(Session& s, Micros late = 0us) {
    std::vector<SessionEvent> all;
    while (auto d = s.nextDeadline()) {
        auto ev = s.update(*d + late);
        all.insert(all.end(), ev.begin(), ev.end());
    }
    return all;
}

// Most tests jump straight to the instant they care about, so the long-gap rule is set out of
// their way; the gap tests use the default.
Session shortFlossing(int reps = 2, int sets = 2, double rest = 5.0, double leadIn = 5.0,
                      Micros maxGap = 24h) {
    SessionOptions options;
    options.maxGap = maxGap;
    options.maxStall = std::max(options.maxStall, maxGap);
    return Session(Timeline(test::flossing(reps, sets, 3.0, rest, leadIn), SideChoice::Right),
                   options);
}

} // namespace

TEST(Session, ReadyUntilStarted) {
    Session s = shortFlossing();
    EXPECT_EQ(s.state(), SessionState::Ready);
    EXPECT_FALSE(s.nextDeadline());
    EXPECT_TRUE(s.update(kEpoch).empty());
}

TEST(Session, StartEmitsSessionStartThenLeadIn) {
    Session s = shortFlossing();
    auto ev = s.start(kEpoch);
    EXPECT_EQ(types(ev), (std::vector{EventType::SessionStart, EventType::StepStart}));
    EXPECT_EQ(ev[1].t, 0us);
    EXPECT_EQ(s.state(), SessionState::LeadIn);
}

TEST(Session, StartTwiceDoesNothing) {
    Session s = shortFlossing();
    s.start(kEpoch);
    EXPECT_TRUE(s.start(kEpoch + 1s).empty());
}

TEST(Session, LeadInEndsIntoRunning) {
    Session s = shortFlossing();
    s.start(kEpoch);
    auto ev = s.update(kEpoch + 5s);
    EXPECT_EQ(s.state(), SessionState::Running);
    EXPECT_EQ(only(ev, EventType::StepStart).at(0).t, 5s);
}

TEST(Session, CountdownTicksAtWholeSecondsLeft) {
    Session s = shortFlossing();
    s.start(kEpoch);
    auto ticks = only(s.update(kEpoch + 4900ms), EventType::CountdownTick);
    ASSERT_EQ(ticks.size(), 4u);
    EXPECT_EQ(ticks[0].secondsLeft, 4);
    EXPECT_EQ(ticks[0].t, 1s);
    EXPECT_EQ(ticks[3].secondsLeft, 1);
    EXPECT_EQ(ticks[3].t, 4s);
}

TEST(Session, CompleteRunReportsEveryRepAndSet) {
    Session s = shortFlossing(3, 2);
    s.start(kEpoch);
    auto all = runToEnd(s);
    EXPECT_EQ(only(all, EventType::RepDone).size(), 6u);
    EXPECT_EQ(only(all, EventType::SetDone).size(), 2u);
    auto end = only(all, EventType::SessionEnd);
    ASSERT_EQ(end.size(), 1u);
    EXPECT_EQ(end[0].endReason, EndReason::Completed);
    EXPECT_EQ(end[0].t, 5s + 12 * 3s + 5s);
    EXPECT_EQ(s.state(), SessionState::Finished);
    auto snap = s.snapshot(kEpoch + 1h);
    EXPECT_EQ(snap.repsDone, 6);
    EXPECT_EQ(snap.setsDone, 2);
    EXPECT_DOUBLE_EQ(snap.sessionProgress, 1.0);
}

TEST(Session, OneLateUpdateReportsEveryCrossingInOrder) {
    Session s = shortFlossing(3, 2);
    s.start(kEpoch);
    // One update 2 s after the start of set 2: lead-in, 6 phases, rest crossed at once.
    auto ev = s.update(kEpoch + 5s + 18s + 5s + 2s);
    auto starts = only(ev, EventType::StepStart);
    ASSERT_EQ(starts.size(), 8u);
    for (std::size_t i = 1; i < ev.size(); ++i)
        EXPECT_LE(ev[i - 1].t, ev[i].t);
    EXPECT_EQ(starts.back().t, 28s);
    EXPECT_EQ(only(ev, EventType::SetDone).size(), 1u);
}

TEST(Session, LateUpdatesNeverShiftLaterBoundaries) {
    Session s(Timeline(test::flossing(25, 3, 3.0, 30.0, 5.0), SideChoice::Right));
    s.start(kEpoch);
    // Every wake-up 40 ms late: each boundary is still reported at its planned instant.
    auto all = runToEnd(s, 40ms);
    int k = 0;
    for (const auto& e : only(all, EventType::StepStart)) {
        const Step& st = s.timeline()[e.step];
        if (st.kind != StepKind::Phase)
            continue;
        EXPECT_EQ(e.t, 5s + k * 3s + (st.set - 1) * 30s);
        ++k;
    }
    EXPECT_EQ(k, 150);
}

TEST(Session, PauseFreezesAndResumeShiftsTheRest) {
    Session s = shortFlossing();
    s.start(kEpoch);
    auto p = s.pause(kEpoch + 2s);
    EXPECT_EQ(types(p), std::vector{EventType::Paused});
    EXPECT_EQ(s.state(), SessionState::Paused);
    EXPECT_FALSE(s.nextDeadline());
    EXPECT_TRUE(s.update(kEpoch + 60s).empty());
    EXPECT_EQ(s.snapshot(kEpoch + 60s).stepRemaining, 3s);
    auto r = s.resume(kEpoch + 62s);
    EXPECT_EQ(types(r), std::vector{EventType::Resumed});
    // The lead-in had 3 s left: the first phase now starts at 65 s.
    auto ev = s.update(kEpoch + 65s);
    EXPECT_EQ(only(ev, EventType::StepStart).at(0).t, 65s);
    EXPECT_EQ(s.snapshot(kEpoch + 65s).activeTime, 5s);
}

TEST(Session, TogglePauseAlternates) {
    Session s = shortFlossing();
    s.start(kEpoch);
    EXPECT_EQ(types(s.togglePause(kEpoch + 1s)), std::vector{EventType::Paused});
    EXPECT_EQ(types(s.togglePause(kEpoch + 2s)), std::vector{EventType::Resumed});
}

TEST(Session, PauseReportsBoundariesDueBeforeIt) {
    Session s = shortFlossing();
    s.start(kEpoch);
    auto ev = s.pause(kEpoch + 5500ms);
    ASSERT_GE(ev.size(), 2u);
    EXPECT_EQ(ev.back().type, EventType::Paused);
    EXPECT_EQ(only(ev, EventType::StepStart).size(), 1u);
}

TEST(Session, SkipEndsTheStepNow) {
    Session s = shortFlossing();
    s.start(kEpoch);
    auto ev = s.skip(kEpoch + 1s);
    EXPECT_EQ(types(ev), (std::vector{EventType::StepSkipped, EventType::StepStart}));
    EXPECT_EQ(ev[1].t, 1s);
    EXPECT_EQ(s.snapshot(kEpoch + 1s).step->kind, StepKind::Phase);
    // The next boundary is 3 s after the skip, not where it was planned.
    EXPECT_EQ(*s.nextDeadline(), kEpoch + 2s); // countdown tick at 2 s left
    auto after = only(s.update(kEpoch + 4s), EventType::StepStart);
    EXPECT_EQ(after.at(0).t, 4s);
}

TEST(Session, SkippingTheLastPhaseOfARepDoesNotCountTheRep) {
    // A rep is done only when each of its postures ran to its end (issue 11).
    Session s = shortFlossing();
    s.start(kEpoch);
    s.update(kEpoch + 8s); // into phase B of rep 1
    auto ev = s.skip(kEpoch + 9s);
    EXPECT_TRUE(only(ev, EventType::RepDone).empty());
    EXPECT_EQ(s.snapshot(kEpoch + 9s).repsDone, 0);
}

TEST(Session, SkippingTheLastStepFinishes) {
    Session s = shortFlossing(1, 1, 0.0, 0.0);
    s.start(kEpoch);
    s.skip(kEpoch + 1s);
    auto ev = s.skip(kEpoch + 2s);
    EXPECT_EQ(ev.back().type, EventType::SessionEnd);
    EXPECT_EQ(ev.back().endReason, EndReason::Completed);
}

TEST(Session, EndSetEarlyGoesToTheRest) {
    Session s = shortFlossing(25, 3);
    s.start(kEpoch);
    s.update(kEpoch + 5s + 12s + 1s); // rep 3 of set 1, phase A
    auto ev = s.endSetEarly(kEpoch + 18s);
    EXPECT_EQ(types(ev),
              (std::vector{EventType::SetEndedEarly, EventType::SetDone, EventType::StepStart}));
    EXPECT_EQ(ev[0].repsInSet, 2);
    EXPECT_EQ(s.timeline()[ev[2].step].kind, StepKind::Rest);
    EXPECT_EQ(ev[2].t, 18s);
    auto snap = s.snapshot(kEpoch + 18s);
    EXPECT_EQ(snap.setsEndedEarly, 1);
    EXPECT_EQ(snap.setsDone, 1);
    EXPECT_EQ(snap.repsDone, 2);
    // After the 5 s rest, set 2 starts.
    auto next = only(s.update(kEpoch + 23s), EventType::StepStart);
    EXPECT_EQ(s.timeline()[next.at(0).step].set, 2);
    EXPECT_EQ(next.at(0).t, 23s);
}

TEST(Session, EndingTheLastSetEarlyFinishes) {
    Session s = shortFlossing(25, 1);
    s.start(kEpoch);
    s.update(kEpoch + 7s);
    auto ev = s.endSetEarly(kEpoch + 7s);
    EXPECT_EQ(ev.back().type, EventType::SessionEnd);
    EXPECT_EQ(ev.back().endReason, EndReason::Completed);
    EXPECT_EQ(s.state(), SessionState::Finished);
}

TEST(Session, EndSetEarlyDuringRestOrLeadInDoesNothing) {
    Session s = shortFlossing();
    s.start(kEpoch);
    EXPECT_TRUE(types(s.endSetEarly(kEpoch + 1s)).empty());
    s.update(kEpoch + 5s + 12s + 1s); // in the rest
    EXPECT_EQ(s.snapshot(kEpoch + 18s).step->kind, StepKind::Rest);
    EXPECT_TRUE(types(s.endSetEarly(kEpoch + 18s)).empty());
    EXPECT_EQ(s.snapshot(kEpoch + 18s).setsEndedEarly, 0);
}

TEST(Session, RestartSetGoesBackToItsFirstRepAndUncountsReps) {
    Session s = shortFlossing(5, 2);
    s.start(kEpoch);
    s.update(kEpoch + 5s + 6s + 6s + 1s); // rep 3 of set 1
    EXPECT_EQ(s.snapshot(kEpoch + 18s).repsDone, 2);
    auto ev = s.restartSet(kEpoch + 18s);
    EXPECT_EQ(types(ev), (std::vector{EventType::SetRestarted, EventType::StepStart}));
    const Step& st = s.timeline()[ev[1].step];
    EXPECT_EQ(st.rep, 1);
    EXPECT_EQ(st.phase, 0);
    EXPECT_EQ(st.set, 1);
    EXPECT_EQ(s.snapshot(kEpoch + 18s).repsDone, 0);
    // The whole set takes its full time again from the restart.
    auto all = runToEnd(s);
    EXPECT_EQ(only(all, EventType::SetDone).at(0).t, 18s + 30s);
    EXPECT_EQ(only(all, EventType::RepDone).size(), 10u);
}

TEST(Session, CommandWhilePausedResumesFirst) {
    Session s = shortFlossing();
    s.start(kEpoch);
    s.update(kEpoch + 6s);
    s.pause(kEpoch + 6s);
    auto ev = s.skip(kEpoch + 20s);
    EXPECT_EQ(ev.front().type, EventType::Resumed);
    EXPECT_EQ(s.state(), SessionState::Running);
}

TEST(Session, StopEndsAsStopped) {
    Session s = shortFlossing();
    s.start(kEpoch);
    s.update(kEpoch + 9s);
    auto ev = s.stop(kEpoch + 9s);
    ASSERT_EQ(ev.back().type, EventType::SessionEnd);
    EXPECT_EQ(ev.back().endReason, EndReason::Stopped);
    EXPECT_TRUE(s.snapshot(kEpoch + 9s).stopped);
    EXPECT_TRUE(s.stop(kEpoch + 10s).empty());
    EXPECT_TRUE(s.update(kEpoch + 11s).empty());
}

TEST(Session, StopWhilePausedEndsAtThePause) {
    Session s = shortFlossing();
    s.start(kEpoch);
    s.pause(kEpoch + 2s);
    auto ev = s.stop(kEpoch + 100s);
    EXPECT_EQ(ev.back().t, 2s);
    EXPECT_EQ(s.snapshot(kEpoch + 100s).activeTime, 2s);
}

TEST(Session, LongGapPausesAtTheLastSeenInstant) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    s.update(kEpoch + 3s);
    s.update(kEpoch + 6s);
    // The laptop sleeps for an hour.
    auto ev = s.update(kEpoch + 1h);
    ASSERT_EQ(types(ev), std::vector{EventType::Paused});
    EXPECT_EQ(ev[0].pauseReason, PauseReason::Gap);
    EXPECT_EQ(ev[0].t, 6s);
    EXPECT_EQ(ev[0].gap, 1h - 6s);
    EXPECT_EQ(s.state(), SessionState::Paused);
    // Nothing was skipped: on resume the same step goes on with the time it had left.
    EXPECT_EQ(s.snapshot(kEpoch + 1h).stepRemaining, 2s);
    s.resume(kEpoch + 1h + 10s);
    auto next = only(s.update(kEpoch + 1h + 12s), EventType::StepStart);
    EXPECT_EQ(next.at(0).t, 1h + 12s);
}

TEST(Session, GapJustUnderTheLimitIsCaughtUp) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    auto ev = s.update(kEpoch + 4900ms);
    EXPECT_TRUE(only(ev, EventType::Paused).empty());
    EXPECT_EQ(only(ev, EventType::CountdownTick).size(), 4u);
}

TEST(Session, ASuspendPausesThoughTheMonotonicClockStoodStill) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    s.update(kEpoch + 6s);
    // The laptop slept for an hour: the monotonic clock moved 100 ms, the away count an hour.
    auto ev = s.update(kEpoch + 6100ms, 1h);
    ASSERT_EQ(types(ev), std::vector{EventType::Paused});
    EXPECT_EQ(ev[0].pauseReason, PauseReason::Gap);
    EXPECT_EQ(ev[0].t, 6s);
    EXPECT_EQ(ev[0].gap, 1h + 100ms);
}

TEST(Session, TheProgramsOwnStallIsCaughtUpNotAGap) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    s.update(kEpoch + 1s);
    // A history write held the loop for 20 s; the computer was never away.
    auto ev = s.update(kEpoch + 21s, 0s);
    EXPECT_TRUE(only(ev, EventType::Paused).empty());
    EXPECT_FALSE(only(ev, EventType::StepStart).empty());
    EXPECT_EQ(s.state(), SessionState::Running);
}

TEST(Session, AwayJustUnderTheLimitIsCaughtUp) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    s.update(kEpoch + 1s, 10s); // away before: only the growth counts
    auto ev = s.update(kEpoch + 2s, 14900ms);
    EXPECT_TRUE(only(ev, EventType::Paused).empty());
}

TEST(Session, AStallLongerThanTheStallLimitPauses) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    s.update(kEpoch + 1s);
    // Stopped with Ctrl-Z for ten minutes: not rushed through on `fg`.
    auto ev = s.update(kEpoch + 1s + 10min);
    ASSERT_EQ(types(ev), std::vector{EventType::Paused});
    EXPECT_EQ(ev[0].gap, 10min);
}

TEST(Session, GapExactlyAtTheLimitIsCaughtUpNotPaused) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    // Away exactly the limit (a suspend): caught up, not paused.
    auto ev = s.update(kEpoch + 5s, SessionOptions{}.maxGap);
    EXPECT_TRUE(only(ev, EventType::Paused).empty());
    EXPECT_EQ(s.state(), SessionState::Running); // the lead-in ended at 5 s: the first posture runs
    auto over = s.update(kEpoch + 6s, 2 * SessionOptions{}.maxGap + 1us);
    EXPECT_EQ(only(over, EventType::Paused).size(), 1u);
}

TEST(Session, ACommandAfterALongGapReportsThePauseAndDoesNotAct) {
    Session s = shortFlossing(25, 3, 5.0, 5.0, SessionOptions{}.maxGap);
    s.start(kEpoch);
    s.update(kEpoch + 3s);
    s.update(kEpoch + 6s);
    // The laptop slept; the first thing after it is a key press (skip). The person first learns
    // where they are: the gap is reported as a pause at the last instant seen, and the key does
    // nothing more, so no posture is skipped unseen.
    auto ev = s.skip(kEpoch + 10min);
    ASSERT_EQ(types(ev), std::vector{EventType::Paused});
    EXPECT_EQ(ev[0].pauseReason, PauseReason::Gap);
    EXPECT_EQ(s.state(), SessionState::Paused);
    EXPECT_EQ(s.snapshot(kEpoch + 10min).stepIndex, 1u);
    // The next command acts.
    auto next = s.skip(kEpoch + 10min + 1s);
    EXPECT_EQ(next.front().type, EventType::Resumed);
    EXPECT_EQ(only(next, EventType::StepSkipped).size(), 1u);
}

TEST(Session, EndSetWhilePausedInAPostureResumesAndEndsTheSet) {
    Session s = shortFlossing(4, 2);
    s.start(kEpoch);
    s.update(kEpoch + 9s);
    s.pause(kEpoch + 9s);
    auto ev = s.endSetEarly(kEpoch + 60s);
    EXPECT_EQ(ev.front().type, EventType::Resumed);
    EXPECT_EQ(only(ev, EventType::SetEndedEarly).size(), 1u);
    EXPECT_EQ(s.timeline()[s.snapshot(kEpoch + 60s).stepIndex].kind, StepKind::Rest);
}

TEST(Session, RestartWhilePausedInAPostureResumesAndRestartsTheSet) {
    Session s = shortFlossing(4, 2);
    s.start(kEpoch);
    s.update(kEpoch + 12s);
    s.pause(kEpoch + 12s);
    auto ev = s.restartSet(kEpoch + 60s);
    EXPECT_EQ(ev.front().type, EventType::Resumed);
    EXPECT_EQ(only(ev, EventType::SetRestarted).size(), 1u);
    EXPECT_EQ(s.snapshot(kEpoch + 60s).repsDone, 0);
    EXPECT_EQ(s.timeline()[s.snapshot(kEpoch + 60s).stepIndex].rep, 1);
}

TEST(Session, PainRatingsAreEventsInEveryStateAndOnlyOnTheScale) {
    Session s = shortFlossing();
    auto before = s.ratePain(kEpoch, PainMoment::Before, 3); // not started yet
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].type, EventType::PainRated);
    EXPECT_EQ(before[0].t, 0us);
    EXPECT_EQ(before[0].pain, 3);
    s.start(kEpoch);
    s.stop(kEpoch + 4s);
    auto after = s.ratePain(kEpoch + 30s, PainMoment::After, 10);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].painMoment, PainMoment::After);
    EXPECT_EQ(after[0].t, 30s);
    EXPECT_TRUE(s.ratePain(kEpoch + 31s, PainMoment::After, 11).empty());
    EXPECT_TRUE(s.ratePain(kEpoch + 31s, PainMoment::After, -1).empty());
    EXPECT_EQ(s.state(), SessionState::Finished);
}

TEST(Session, SelfCheckAnswersAndCompletionAreEvents) {
    Session s = shortFlossing();
    s.start(kEpoch);
    s.stop(kEpoch + 1s);
    auto a = s.answerSelfCheck(kEpoch + 5s, Side::Left, 2, true);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].type, EventType::SelfCheckAnswer);
    EXPECT_EQ(a[0].leg, Side::Left);
    EXPECT_EQ(a[0].question, 2);
    EXPECT_TRUE(a[0].yes);
    EXPECT_EQ(s.completeSelfCheck(kEpoch + 6s).at(0).type, EventType::SelfCheckCompleted);
}

TEST(Session, NextDeadlineIsTheEarlierOfTickAndBoundary) {
    Session s = shortFlossing();
    s.start(kEpoch);
    EXPECT_EQ(*s.nextDeadline(), kEpoch + 1s);
    s.update(kEpoch + 4s);
    EXPECT_EQ(*s.nextDeadline(), kEpoch + 5s);
}

TEST(Session, SnapshotDescribesTheCurrentStep) {
    Session s = shortFlossing(2, 2);
    s.start(kEpoch);
    s.update(kEpoch + 6s);
    auto snap = s.snapshot(kEpoch + 6500ms);
    ASSERT_NE(snap.step, nullptr);
    EXPECT_EQ(snap.step->label, "Point toes, chin down");
    EXPECT_EQ(snap.stepElapsed, 1500ms);
    EXPECT_EQ(snap.stepRemaining, 1500ms);
    EXPECT_DOUBLE_EQ(snap.stepProgress, 0.5);
    ASSERT_NE(snap.nextStep, nullptr);
    EXPECT_EQ(snap.nextStep->label, "Toes up, look up");
}

TEST(Session, EmptyTimelineFinishesAtOnce) {
    Session s{Timeline{}};
    auto ev = s.start(kEpoch);
    EXPECT_EQ(ev.back().type, EventType::SessionEnd);
    EXPECT_EQ(s.state(), SessionState::Finished);
}

// The lead-in: another key adds 10 s to get into position. The count goes up by 10, the ticks
// it brings back are heard again, and every later step moves with it.
TEST(Session, AddTimeLengthensTheLeadInAndMovesWhatFollows) {
    Session s = shortFlossing(2, 1, 5.0, 5.0);
    s.start(kEpoch);
    s.update(kEpoch + 3500ms); // 1.5 s left: the ticks 4, 3, 2 were heard
    auto ev = s.addTime(10s, kEpoch + 3500ms);
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].type, EventType::StepExtended);
    EXPECT_EQ(ev[0].secondsLeft, 12);
    EXPECT_EQ(ev[0].gap, 10s);
    EXPECT_EQ(s.state(), SessionState::LeadIn);

    SessionSnapshot snap = s.snapshot(kEpoch + 3500ms);
    EXPECT_EQ(snap.stepRemaining, 11500ms);
    EXPECT_EQ(snap.stepDuration, 15s);
    EXPECT_EQ(snap.stepElapsed, 3500ms);
    EXPECT_NEAR(snap.stepProgress, 3.5 / 15.0, 1e-9);
    // The planned time stands still over the added time; the time left grows by it.
    EXPECT_EQ(snap.sessionElapsed, 0s);
    const Micros total = s.timeline().total();
    EXPECT_EQ(snap.sessionRemaining, total + 10s - 3500ms);

    // The first rep begins 10 s later than planned.
    EXPECT_EQ(*s.nextDeadline(), kEpoch + 4s); // the tick at 11 s left
    auto later = s.update(kEpoch + 14999ms);
    EXPECT_TRUE(only(later, EventType::StepStart).empty());
    std::vector<int> ticks;
    for (const auto& e : only(later, EventType::CountdownTick))
        ticks.push_back(e.secondsLeft);
    EXPECT_EQ(ticks, (std::vector<int>{11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
    auto first = only(s.update(kEpoch + 15s), EventType::StepStart);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].t, 15s);
    EXPECT_EQ(s.timeline()[first[0].step].kind, StepKind::Phase);
    // The first rep is a whole posture, and the added time belongs to the lead-in only.
    snap = s.snapshot(kEpoch + 16s);
    EXPECT_EQ(snap.stepDuration, 3s);
    EXPECT_EQ(snap.stepElapsed, 1s);
    EXPECT_EQ(snap.sessionElapsed, 6s);
    EXPECT_EQ(snap.sessionRemaining, total - 6s);
    // The whole session ends 10 s later than planned, and still counts every rep.
    auto rest = runToEnd(s);
    ASSERT_FALSE(rest.empty());
    EXPECT_EQ(rest.back().type, EventType::SessionEnd);
    EXPECT_EQ(rest.back().t, total + 10s);
    EXPECT_EQ(s.snapshot(kEpoch + total + 10s).repsDone, 2);
}

// 10 s more at `at`: the whole seconds then left, as its one StepExtended event says (-1: none).
int moreTimeAt(Session& s, Micros at) {
    const auto ev = only(s.addTime(10s, at), EventType::StepExtended);
    return ev.size() == 1 ? ev[0].secondsLeft : -1;
}

TEST(Session, AddTimeTwiceAddsTwice) {
    Session s = shortFlossing(2, 1, 5.0, 5.0);
    s.start(kEpoch);
    EXPECT_EQ(moreTimeAt(s, kEpoch + 1s), 14);
    EXPECT_EQ(moreTimeAt(s, kEpoch + 2s), 23);
    EXPECT_EQ(s.snapshot(kEpoch + 2s).stepRemaining, 23s);
}

TEST(Session, AddTimeNeverLengthensAPosture) {
    Session s = shortFlossing(2, 1, 5.0, 5.0);
    s.start(kEpoch);
    s.update(kEpoch + 6s); // rep 1, first posture
    EXPECT_TRUE(s.addTime(10s, kEpoch + 6s).empty());
    EXPECT_EQ(s.snapshot(kEpoch + 6s).stepRemaining, 2s);
    EXPECT_EQ(s.snapshot(kEpoch + 6s).stepDuration, 3s);
}

TEST(Session, AddTimeLengthensARest) {
    Session s = shortFlossing(1, 2, 5.0, 5.0);
    s.start(kEpoch);
    s.update(kEpoch + 5s + 6s + 1s); // 1 s into the rest after set 1
    ASSERT_EQ(s.snapshot(kEpoch + 12s).step->kind, StepKind::Rest);
    EXPECT_EQ(moreTimeAt(s, kEpoch + 12s), 14);
    EXPECT_EQ(s.snapshot(kEpoch + 12s).stepRemaining, 14s);
}

TEST(Session, AddTimeWhilePausedStaysPausedAndCountsFromThePause) {
    Session s = shortFlossing(2, 1, 5.0, 5.0);
    s.start(kEpoch);
    s.pause(kEpoch + 2s); // 3 s left
    auto ev = s.addTime(10s, kEpoch + 30s);
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0].secondsLeft, 13);
    EXPECT_EQ(s.state(), SessionState::Paused);
    EXPECT_EQ(s.snapshot(kEpoch + 40s).stepRemaining, 13s);
    s.resume(kEpoch + 50s);
    EXPECT_EQ(s.snapshot(kEpoch + 50s).stepRemaining, 13s);
    auto first = only(s.update(kEpoch + 63s), EventType::StepStart);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(s.timeline()[first[0].step].kind, StepKind::Phase);
}

TEST(Session, AddTimeStopsAtTenMinutesLeft) {
    Session s = shortFlossing(2, 1, 5.0, 5.0);
    s.start(kEpoch);
    int added = 0;
    while (!s.addTime(10s, kEpoch).empty())
        ++added;
    // 5 s planned: 59 additions make 595 s; a 60th would pass 600 s.
    EXPECT_EQ(added, 59);
    EXPECT_LE(s.snapshot(kEpoch).stepRemaining, Session::kMaxStepLeft);
}

TEST(Session, AddTimeDoesNothingBeforeTheStartOrAfterTheEnd) {
    Session s = shortFlossing(1, 1, 5.0, 5.0);
    EXPECT_TRUE(s.addTime(10s, kEpoch).empty());
    s.start(kEpoch);
    s.stop(kEpoch + 1s);
    EXPECT_TRUE(s.addTime(10s, kEpoch + 2s).empty());
    EXPECT_TRUE(s.addTime(0s, kEpoch + 2s).empty());
}

// Any order of commands, more time included, at any instants (a fixed seed, so a failure comes
// back): the events keep to their rules. Times never go back; a step's count only goes down,
// except when time is added; nothing is ever longer than kMaxStepLeft; the reps the snapshot
// counts are the reps the events said were done, less those a restart threw away; the session
// always ends, once.
TEST(Session, AnyCommandsAtAnyTimesKeepTheEventsConsistent) {
    std::mt19937 random(20261201);
    int extended = 0; // the runs must have added time often enough to mean something
    for (int run = 0; run < 300; ++run) {
        Session s = shortFlossing(3, 2, 5.0, 5.0, 5s);
        s.start(kEpoch);
        Micros now = kEpoch;
        Micros lastT{0};
        int reps = 0, inSet = 0, lastTick = 1 << 30;
        bool ended = false;
        const auto check = [&](const std::vector<SessionEvent>& events) {
            for (const SessionEvent& e : events) {
                EXPECT_GE(e.t, lastT) << toString(e.type);
                lastT = std::max(lastT, e.t);
                switch (e.type) {
                case EventType::StepStart:
                case EventType::StepExtended:
                    extended += e.type == EventType::StepExtended;
                    lastTick = e.type == EventType::StepExtended ? e.secondsLeft : 1 << 30;
                    break;
                case EventType::CountdownTick:
                    EXPECT_LT(e.secondsLeft, lastTick);
                    lastTick = e.secondsLeft;
                    break;
                case EventType::RepDone:
                    ++reps;
                    inSet = e.repsInSet;
                    break;
                case EventType::SetRestarted:
                    reps -= inSet;
                    inSet = 0;
                    break;
                case EventType::SetDone:
                    inSet = 0;
                    break;
                case EventType::SessionEnd:
                    EXPECT_FALSE(ended);
                    ended = true;
                    break;
                default:
                    break;
                }
            }
            const SessionSnapshot snap = s.snapshot(now);
            // Time just added: the count shown is the count the event says.
            if (!events.empty() && events.back().type == EventType::StepExtended) {
                EXPECT_EQ((snap.stepRemaining + 1s - 1us) / 1s, events.back().secondsLeft);
            }
            EXPECT_EQ(snap.repsDone, reps);
            EXPECT_LE(snap.stepRemaining, snap.stepDuration);
            EXPECT_LE(snap.stepRemaining, Session::kMaxStepLeft);
            EXPECT_GE(snap.sessionRemaining, Micros{0});
        };
        for (int i = 0; i < 40 && !ended; ++i) {
            now += Micros{std::uniform_int_distribution<long>(0, 4'000'000)(random)};
            switch (std::uniform_int_distribution<int>(0, 7)(random)) {
            case 0:
                check(s.addTime(10s, now));
                break;
            case 1:
                check(s.togglePause(now));
                break;
            case 2:
                check(s.skip(now));
                break;
            case 3:
                check(s.endSetEarly(now));
                break;
            case 4:
                check(s.restartSet(now));
                break;
            default:
                check(s.update(now));
                break;
            }
        }
        if (s.state() == SessionState::Paused)
            check(s.resume(now));
        while (!ended) {
            const auto d = s.nextDeadline();
            ASSERT_TRUE(d) << "run " << run << ": no deadline before the end";
            now = std::max(now, *d);
            check(s.update(now));
        }
    }
    EXPECT_GT(extended, 100);
}
