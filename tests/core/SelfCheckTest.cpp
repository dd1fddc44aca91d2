#include "core/SelfCheck.hpp"
#include "core/Session.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include <algorithm>

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
        if (l.find(text) != std::string::npos)
            return true;
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
    EXPECT_EQ(p[5].name, "Look up (release the neck), and notice any change");
    EXPECT_EQ(p[6].name, "Relax");
    EXPECT_EQ(p[3].posture, "slump-knee-left");
    EXPECT_EQ(r.exercises[1].phases[3].name, "Slowly straighten your right knee");
}

TEST(SelfCheck, EachStepIsAboutFiveSecondsAndUnchangedByADose) {
    Dose d;
    d.holdSeconds = 30;
    const Routine r = applyDose(selfCheckRoutine(), d);
    for (const auto& ex : r.exercises)
        for (const auto& ph : ex.phases)
            EXPECT_DOUBLE_EQ(ph.seconds, 5.0);
}

TEST(SelfCheck, GuideRunsAsASessionWithTheNextLegAnnounced) {
    const Timeline t(selfCheckRoutine(SideChoice::Right), SideChoice::Right);
    // lead-in, 7 steps, transition, 7 steps
    ASSERT_EQ(t.size(), 16u);
    EXPECT_EQ(t[8].kind, StepKind::Transition);
    EXPECT_EQ(t[8].label, "Next: Left leg");
    // The lead-in says its set-up, then counts 5 s.
    EXPECT_EQ(t[0].duration, fromSeconds(5.0 + std::ceil(spokenSeconds(t[0].cue))));
    EXPECT_EQ(t.total(), t[0].duration + 14 * 5s + 5s);
}

TEST(SelfCheck, TheWarningsComeBeforeTheStepsAndAreSpoken) {
    const Timeline t(selfCheckRoutine(SideChoice::Right), SideChoice::Right);
    const Step& lead = t[0];
    for (const char* w : {"Do not lean forward as well; keep the slump while lifting the foot.",
                          "Healthy people also feel a pull behind the knee."}) {
        EXPECT_NE(std::find(lead.setup.begin(), lead.setup.end(), w), lead.setup.end()) << w;
        EXPECT_NE(lead.cue.find(w), std::string::npos) << w;
    }
}

TEST(SelfCheck, EveryStepSpeaksItsInstructionAndTheTensionStepsTheStopLine) {
    const Routine r = selfCheckRoutine(SideChoice::Left);
    for (const auto& ph : r.exercises[0].phases)
        EXPECT_EQ(ph.cue.rfind(ph.name, 0), 0u) << ph.name;
    EXPECT_NE(r.exercises[0].phases[3].cue.find("Stop at your usual symptom"), std::string::npos);
    EXPECT_NE(r.exercises[0].phases[4].cue.find("Stop at your usual symptom"), std::string::npos);
}

namespace {
// The index of the step of exercise `ex` at phase `phase`.
std::size_t stepAt(const Timeline& t, int ex, int phase) {
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].kind == StepKind::Phase && t[i].exercise == ex && t[i].phase == phase)
            return i;
    return t.size();
}
} // namespace

TEST(SelfCheckGuide, ASymptomGoesOnToLookUpForThatLeg) {
    const Timeline t(selfCheckRoutine(SideChoice::Left), SideChoice::Left);
    SelfCheckGuide g(SideChoice::Left);
    EXPECT_EQ(g.symptomAt(stepAt(t, 0, 3), t), stepAt(t, 0, kSelfCheckLookUpPhase));
    EXPECT_EQ(g.symptomLegs(), std::vector<Side>{Side::Left});
}

TEST(SelfCheckGuide, ASymptomAtLookUpOrRelaxGoesNowhereElse) {
    const Timeline t(selfCheckRoutine(SideChoice::Right), SideChoice::Right);
    SelfCheckGuide g(SideChoice::Right);
    EXPECT_FALSE(g.symptomAt(stepAt(t, 0, 5), t));
    EXPECT_FALSE(g.symptomAt(stepAt(t, 0, 6), t));
}

TEST(SelfCheckGuide, ASymptomOnTheSecondLegIsAboutThatLeg) {
    const Timeline t(selfCheckRoutine(SideChoice::Right), SideChoice::Right);
    SelfCheckGuide g(SideChoice::Right);
    EXPECT_EQ(g.symptomAt(stepAt(t, 1, 4), t), stepAt(t, 1, 5));
    EXPECT_EQ(g.symptomLegs(), std::vector<Side>{Side::Left});
}

TEST(SelfCheckGuide, InTheSessionASymptomLeadsToLookUpRelaxThenTheOtherLeg) {
    const Timeline t(selfCheckRoutine(SideChoice::Left), SideChoice::Left);
    Session s(t);
    SelfCheckGuide g(SideChoice::Left);
    s.start(Micros{0});
    const std::size_t knee = stepAt(t, 0, 3);
    const Micros atKnee = t[knee].start + 1s;
    s.update(atKnee);
    const auto events = s.skipTo(*g.symptomAt(s.snapshot(atKnee).stepIndex, t), atKnee);
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().type, EventType::StepStart);
    EXPECT_EQ(t[events.back().step].label, "Look up (release the neck), and notice any change");
    s.update(atKnee + 5s);
    EXPECT_EQ(s.snapshot(atKnee + 5s).step->label, "Relax");
    s.update(atKnee + 10s);
    EXPECT_EQ(s.snapshot(atKnee + 10s).step->label, "Next: Right leg");
    g.reached(s.snapshot(atKnee + 10s).stepIndex, t);
    EXPECT_EQ(g.testedLegs(), std::vector<Side>{Side::Left});
}

TEST(SelfCheckGuide, LegsAreTestedInTheOrderTested) {
    const Timeline t(selfCheckRoutine(SideChoice::Left), SideChoice::Left);
    SelfCheckGuide g(SideChoice::Left);
    g.reached(stepAt(t, 0, 4), t);
    EXPECT_TRUE(g.testedLegs().empty()); // toes up, not yet looked up
    g.reached(t.size() - 1, t);
    EXPECT_EQ(g.testedLegs(), (std::vector<Side>{Side::Left, Side::Right}));
}

TEST(SelfCheck, QuestionsOnlyForTestedLegs) {
    SelfCheckQuestions q({Side::Left});
    EXPECT_EQ(q.text(), "Left leg: was it your usual calf sensation?");
    q.answer(true);
    q.answer(true);
    q.answer(true);
    EXPECT_TRUE(q.done());
    ASSERT_EQ(q.answers().size(), 1u);
}

TEST(SelfCheck, YesToAllOnBothLegsIsUrgentNotFlossing) {
    auto r =
        evaluateSelfCheck({leg(Side::Right, true, true, true), leg(Side::Left, true, true, true)});
    EXPECT_EQ(r.overall, SelfCheckVerdict::Urgent);
    EXPECT_FALSE(mentions(r, "reasonable thing to try"));
    EXPECT_TRUE(mentions(r, "not a reason to floss"));
    EXPECT_TRUE(mentions(r, "urgently"));
}

// The usual symptom (S) felt in both legs is sciatica in both legs, whatever the answers say:
// with both legs alike, "clearly different from the other leg" is no for each, and the answers
// alone would say the check does not point to the nerve.
TEST(SelfCheck, ASymptomInBothLegsIsUrgentWhateverTheAnswers) {
    const std::vector<Side> both{Side::Right, Side::Left};
    auto r = evaluateSelfCheck(
        {leg(Side::Right, true, false, true), leg(Side::Left, true, false, true)}, both);
    EXPECT_EQ(r.overall, SelfCheckVerdict::Urgent);
    EXPECT_TRUE(mentions(r, "both legs"));
    EXPECT_TRUE(mentions(r, "urgently"));
    EXPECT_FALSE(mentions(r, "does not point to the nerve"));
    EXPECT_FALSE(mentions(r, "reasonable thing to try"));
    // Even with the questions left unanswered.
    EXPECT_EQ(evaluateSelfCheck({leg(Side::Right, true, false, true)}, both).overall,
              SelfCheckVerdict::Urgent);
    // A symptom in one leg only is for the answers to weigh.
    EXPECT_EQ(evaluateSelfCheck({leg(Side::Right, true, false, true)}, {Side::Right}).overall,
              SelfCheckVerdict::NotSuggestive);
}

TEST(SelfCheck, TheQuestionsCarryTheSymptomLegsToTheResult) {
    SelfCheckQuestions q({Side::Left, Side::Right}, {Side::Left, Side::Right});
    for (int i = 0; i < 2 * kSelfCheckQuestions; ++i)
        q.answer(false);
    ASSERT_TRUE(q.done());
    EXPECT_EQ(q.result().overall, SelfCheckVerdict::Urgent);
}

TEST(SelfCheck, QuestionsThreePerLegThenDone) {
    SelfCheckQuestions q({Side::Right, Side::Left});
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
    auto r = evaluateSelfCheck(
        {leg(Side::Right, true, true, true), leg(Side::Left, false, false, false)});
    EXPECT_EQ(r.overall, SelfCheckVerdict::SuggestsNerve);
    EXPECT_TRUE(mentions(r, "Right leg: yes to all three"));
    EXPECT_TRUE(mentions(r, "nerve flossing is a reasonable thing to try"));
    EXPECT_TRUE(mentions(r, "not a diagnosis"));
    EXPECT_TRUE(mentions(r, "pull behind the knee"));
}

TEST(SelfCheck, TwoOfThreeIsNotSuggestive) {
    auto r = evaluateSelfCheck(
        {leg(Side::Right, true, true, false), leg(Side::Left, true, false, true)});
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
