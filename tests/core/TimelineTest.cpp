#include "core/Timeline.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace std::chrono_literals;

TEST(Timeline, FlossingDefaultHasLeadInPhasesAndRests) {
    const Timeline t(test::flossing(), SideChoice::Right);
    // 1 lead-in + 3 sets x 25 reps x 2 phases + 2 rests.
    ASSERT_EQ(t.size(), 1u + 150u + 2u);
    EXPECT_EQ(t[0].kind, StepKind::LeadIn);
    EXPECT_EQ(t[0].duration, 5s);
    EXPECT_EQ(t[1].kind, StepKind::Phase);
    EXPECT_EQ(t[1].label, "Point toes, chin down");
    EXPECT_EQ(t[2].label, "Toes up, look up");
    EXPECT_EQ(t[51].kind, StepKind::Rest);
    EXPECT_EQ(t[51].duration, 30s);
    EXPECT_EQ(t.total(), 5s + 150 * 3s + 2 * 30s);
}

TEST(Timeline, KthPhaseStartsAtLeadInPlusHoldsPlusRests) {
    const Timeline t(test::flossing(25, 3, 3.0, 30.0, 5.0), SideChoice::Left);
    int k = 0;
    for (const Step& s : t.steps()) {
        if (s.kind != StepKind::Phase)
            continue;
        const int setsFinished = s.set - 1;
        EXPECT_EQ(s.start, 5s + k * 3s + setsFinished * 30s) << "phase " << k;
        ++k;
    }
    EXPECT_EQ(k, 150);
}

TEST(Timeline, StepsAreContiguous) {
    const Timeline t(test::flossing(4, 2, 2.5, 7.0, 1.0), SideChoice::Both);
    for (std::size_t i = 1; i < t.size(); ++i)
        EXPECT_EQ(t[i].start, t[i - 1].end());
}

TEST(Timeline, RepsAndSetsNumberedFromOne) {
    const Timeline t(test::flossing(2, 2, 3.0, 5.0, 0.0), SideChoice::Right);
    EXPECT_EQ(t[0].set, 1);
    EXPECT_EQ(t[0].rep, 1);
    EXPECT_EQ(t[0].phase, 0);
    EXPECT_EQ(t[3].rep, 2);
    EXPECT_EQ(t[3].phase, 1);
    EXPECT_EQ(t[4].kind, StepKind::Rest);
    EXPECT_EQ(t[5].set, 2);
    EXPECT_EQ(t[5].sets, 2);
}

TEST(Timeline, ZeroLeadInAndZeroRestAreLeftOut) {
    const Timeline t(test::flossing(1, 3, 3.0, 0.0, 0.0), SideChoice::Right);
    for (const Step& s : t.steps())
        EXPECT_EQ(s.kind, StepKind::Phase);
    EXPECT_EQ(t.size(), 6u);
}

TEST(Timeline, ChosenSideIsOnEveryStep) {
    const Timeline t(test::flossing(2, 2), SideChoice::Left);
    for (const Step& s : t.steps())
        EXPECT_EQ(s.side, Side::Left);
}

TEST(Timeline, BothSidesSwitchOnceWithAnnouncedStep) {
    const Timeline t(test::flossing(2, 2, 3.0, 5.0, 5.0), SideChoice::Both);
    int switches = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != StepKind::Switch)
            continue;
        ++switches;
        EXPECT_EQ(t[i].side, Side::Right);
        EXPECT_EQ(t[i].label, "Switch to the right leg");
        EXPECT_EQ(t[i - 1].side, Side::Left);
        EXPECT_EQ(t[i - 1].kind, StepKind::Phase); // no rest before a switch
        EXPECT_EQ(t[i + 1].side, Side::Right);
        EXPECT_EQ(t[i + 1].set, 1);
    }
    EXPECT_EQ(switches, 1);
    EXPECT_EQ(t.plannedSets(), 4);
    EXPECT_EQ(t.plannedReps(), 8);
}

TEST(Timeline, EachSideRuleIgnoresTheChosenLeg) {
    const Timeline t(test::flossing(1, 1, 3.0, 0.0, 0.0, SideRule::Each), SideChoice::Right);
    EXPECT_EQ(t.steps().front().side, Side::Left);
    EXPECT_EQ(t.steps().back().side, Side::Right);
}

TEST(Timeline, SymmetricExerciseHasNoSide) {
    const Timeline t(test::flossing(1, 1, 3.0, 0.0, 0.0, SideRule::None), SideChoice::Both);
    for (const Step& s : t.steps())
        EXPECT_EQ(s.side, Side::None);
    EXPECT_EQ(t.size(), 2u);
}

TEST(Timeline, TransitionAnnouncesTheNextExercise) {
    Routine r = test::flossing(1, 1, 3.0, 0.0, 0.0, SideRule::None);
    Exercise second = r.exercises[0];
    second.name = "Knee rolls";
    r.exercises.push_back(second);
    r.transitionSeconds = 10.0;
    const Timeline t(r, SideChoice::Right);
    ASSERT_EQ(t.size(), 5u);
    EXPECT_EQ(t[2].kind, StepKind::Transition);
    EXPECT_EQ(t[2].exercise, 1);
    EXPECT_EQ(t[2].label, "Next: Knee rolls");
    EXPECT_EQ(t[2].duration, 10s);
}

TEST(Timeline, SetBoundariesAreFound) {
    const Timeline t(test::flossing(3, 2, 3.0, 5.0, 5.0), SideChoice::Right);
    // steps: 0 lead-in, 1..6 set 1, 7 rest, 8..13 set 2
    EXPECT_EQ(t.firstStepOfSet(4), 1u);
    EXPECT_EQ(t.stepAfterSet(4), 7u);
    EXPECT_EQ(t.firstStepOfSet(13), 8u);
    EXPECT_EQ(t.stepAfterSet(13), t.size());
}

TEST(Timeline, DecimalHoldsAreExactMicroseconds) {
    const Timeline t(test::flossing(200, 1, 2.5, 0.0, 0.0), SideChoice::Right);
    EXPECT_EQ(t.total(), 400 * 2500ms);
}

TEST(Timeline, EmptyRoutineHasNoSteps) {
    Routine r;
    const Timeline t(r, SideChoice::Right);
    EXPECT_EQ(t.size(), 0u);
    EXPECT_EQ(t.total(), 0s);
}
