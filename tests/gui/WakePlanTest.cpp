#include "app/gui/kit/WakePlan.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace nf::gui;
using namespace std::chrono_literals;

namespace {

constexpr Micros kNow = 1000s;

TEST(WakePlan, WithNothingMovingTheLoopPollsForInput) {
    const WakePlan w = planWake(kNow, std::nullopt, std::nullopt, false);
    EXPECT_EQ(w.at, kNow + kIdlePoll);
    EXPECT_FALSE(w.forCue);
}

TEST(WakePlan, SleepingOnTheDisplayTheLoopWakesSeldomWithNothingMoving) {
    EXPECT_EQ(planWake(kNow, std::nullopt, std::nullopt, false, kIdleWait).at, kNow + kIdleWait);
    EXPECT_GE(kIdleWait, 5 * kIdlePoll);
    EXPECT_EQ(planWake(kNow, 60ms, std::nullopt, false, kIdleWait).at, kNow + 60ms);
}

TEST(WakePlan, TheScreensNextChangeComesBeforeThePoll) {
    EXPECT_EQ(planWake(kNow, 10ms, std::nullopt, false).at, kNow + 10ms);
    EXPECT_EQ(planWake(kNow, 1s, std::nullopt, false).at, kNow + kIdlePoll);
}

TEST(WakePlan, ACueWakesExactlyOnItsInstant) {
    const WakePlan w = planWake(kNow, 30ms, kNow + 7ms, false);
    EXPECT_EQ(w.at, kNow + 7ms);
    EXPECT_TRUE(w.forCue);
}

TEST(WakePlan, AFrameHeldBackForACueIsDrawnRightAfterIt) {
    const WakePlan w = planWake(kNow, std::nullopt, kNow + 12ms, true);
    EXPECT_EQ(w.at, kNow + 12ms);
    EXPECT_TRUE(w.forCue);
}

TEST(WakePlan, AnUndrawnFrameWithNoCueIsDrawnAtOnce) {
    const WakePlan w = planWake(kNow, 30ms, std::nullopt, true);
    EXPECT_EQ(w.at, kNow);
    EXPECT_FALSE(w.forCue);
}

TEST(WakePlan, ACueAlreadyDueWakesAtOnce) {
    EXPECT_EQ(planWake(kNow, std::nullopt, kNow - 2ms, false).at, kNow - 2ms);
}

TEST(MayPaint, NotWithinTheGuardBeforeACue) {
    EXPECT_TRUE(mayPaint(kNow, std::nullopt));
    EXPECT_TRUE(mayPaint(kNow, kNow + kDrawGuard));
    EXPECT_FALSE(mayPaint(kNow, kNow + kDrawGuard - 1us));
    EXPECT_FALSE(mayPaint(kNow, kNow));
}

} // namespace
