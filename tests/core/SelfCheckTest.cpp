#include "core/Session.hpp"
#include "core/SelfCheck.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace std::chrono_literals;

namespace {
LegAnswers leg(Side side, bool a, bool b, bool c) {
    LegAnswers l;
    l.leg = side;
    l.answers = {a, b, c};
    return l;
}
bool mentions(const SelfCheckOutcome& r, const std::string& text) {
    for (const auto& l : r.lines)
        if (l.find(text) != std::string::npos) return true;
    return false;
}
} // namespace

TEST(SelfCheck, RoutineFollowsTheGuideForEachLeg) {
    const Routine r = selfCheckRoutine(SideChoice::Left);
    ASSERT_EQ(r.exercises.size(), 2u);
    EXPECT_EQ(r.exercises[0].name, "Left leg");
    EXPECT_EQ(r.exercises[1].name, "Right leg");
    const auto& p = r.exercises[0].phases;
    ASSERT_EQ(p.size(), 7u);
    EXPECT_EQ(p[0].name, "Sit tall, hands behind your back");
    EXPECT_EQ(p[1].name, "Slump your back, keep your chin level");
    EXPECT_EQ(p[2].name, "Chin to chest");
    EXPECT_EQ(p[3].name, "Slowly straighten your left knee");
    EXPECT_EQ(p[4].name, "Pull your left toes up");
    EXPECT_EQ(p[5].name, "Look up, and notice any change");
    EXPECT_EQ(p[6].name, "Relax");
    EXPECT_EQ(p[3].posture, "slump-knee-left");
    EXPECT_EQ(r.exercises[1].phases[3].name, "Slowly straighten your right knee");
}

TEST(SelfCheck, EachStepIsAboutFiveSecondsAndUnchangedByADose) {
    Dose d;
    d.holdSeconds = 30;
    const Routine r = applyDose(selfCheckRoutine(), d);
    for (const auto& ex : r.exercises)
        for (const auto& ph : ex.phases) EXPECT_DOUBLE_EQ(ph.seconds, 5.0);
}

TEST(SelfCheck, GuideRunsAsASessionWithTheNextLegAnnounced) {
    const Timeline t(selfCheckRoutine(SideChoice::Right), SideChoice::Right);
    // lead-in, 7 steps, transition, 7 steps
    ASSERT_EQ(t.size(), 16u);
    EXPECT_EQ(t[8].kind, StepKind::Transition);
    EXPECT_EQ(t[8].label, "Next: Left leg");
    EXPECT_EQ(t.total(), 5s + 14 * 5s + 5s);
}

TEST(SelfCheck, QuestionsThreePerLegThenDone) {
    SelfCheckQuestions q(SideChoice::Right);
    EXPECT_EQ(q.leg(), Side::Right);
    EXPECT_EQ(q.text(), "Right leg: was it your usual calf sensation?");
    q.answer(true);
    q.answer(true);
    EXPECT_EQ(q.question(), SelfCheckQuestion::EasedLookingUp);
    q.answer(true);
    EXPECT_EQ(q.leg(), Side::Left);
    q.answer(false);
    q.answer(false);
    EXPECT_FALSE(q.done());
    q.answer(false);
    EXPECT_TRUE(q.done());
    EXPECT_EQ(q.result().overall, SelfCheckVerdict::SuggestsNerve);
    q.answer(true); // ignored once done
    EXPECT_EQ(q.answers()[1].answers[0], false);
    EXPECT_EQ(q.text(), "");
}

TEST(SelfCheck, YesToAllThreeOnOneLegSuggestsNerve) {
    auto r = evaluateSelfCheck({leg(Side::Right, true, true, true), leg(Side::Left, false, false, false)});
    EXPECT_EQ(r.overall, SelfCheckVerdict::SuggestsNerve);
    EXPECT_TRUE(mentions(r, "Right leg: yes to all three"));
    EXPECT_TRUE(mentions(r, "nerve flossing is a reasonable thing to try"));
    EXPECT_TRUE(mentions(r, "not a diagnosis"));
    EXPECT_TRUE(mentions(r, "pull behind the knee"));
}

TEST(SelfCheck, TwoOfThreeIsNotSuggestive) {
    auto r = evaluateSelfCheck({leg(Side::Right, true, true, false), leg(Side::Left, true, false, true)});
    EXPECT_EQ(r.overall, SelfCheckVerdict::NotSuggestive);
    EXPECT_TRUE(mentions(r, "other causes"));
    EXPECT_FALSE(mentions(r, "reasonable thing to try"));
}

TEST(SelfCheck, UnansweredIsIncomplete) {
    LegAnswers half;
    half.leg = Side::Right;
    half.answers[0] = true;
    EXPECT_EQ(evaluateSelfCheck({half}).overall, SelfCheckVerdict::Incomplete);
    EXPECT_EQ(evaluateSelfCheck({}).overall, SelfCheckVerdict::Incomplete);
}

TEST(SelfCheck, QuestionsNameTheLeg) {
    EXPECT_EQ(questionText(SelfCheckQuestion::EasedLookingUp, Side::Left),
              "Left leg: did it ease when you looked up?");
}
