#include "app/gui/selfcheck/SelfCheckFlow.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

void answerAll(SelfCheckFlow& f, std::initializer_list<bool> answers) {
    for (bool a : answers)
        f.answer(a);
}

TEST(SelfCheckFlow, StartsWithTheFirstLegsFirstQuestion) {
    const SelfCheckFlow f({Side::Left, Side::Right});
    EXPECT_EQ(f.stage(), SelfCheckStage::Questions);
    EXPECT_EQ(f.question().leg, "Left leg");
    EXPECT_EQ(f.question().progress, "Question 1 of 6");
    EXPECT_EQ(f.question().text, "Was it your usual calf sensation?");
}

TEST(SelfCheckFlow, AsksThreeQuestionsPerLegThenTheOtherLeg) {
    SelfCheckFlow f({Side::Right, Side::Left});
    answerAll(f, {true, true, true});
    EXPECT_EQ(f.question().leg, "Left leg");
    EXPECT_EQ(f.question().progress, "Question 4 of 6");
    EXPECT_EQ(f.stage(), SelfCheckStage::Questions);
}

TEST(SelfCheckFlow, TheSixthAnswerShowsTheResult) {
    SelfCheckFlow f({Side::Right, Side::Left});
    answerAll(f, {true, true, true, false, false, false});
    EXPECT_EQ(f.stage(), SelfCheckStage::Result);
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::SuggestsNerve);
    EXPECT_EQ(f.resultHeading(), "The check suggests nerve-related pain");
}

TEST(SelfCheckFlow, NotAllYesDoesNotPointToTheNerve) {
    SelfCheckFlow f({Side::Right, Side::Left});
    answerAll(f, {true, false, true, true, true, false});
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::NotSuggestive);
    EXPECT_EQ(f.resultHeading(), "The check does not point to the nerve");
}

TEST(SelfCheckFlow, TheResultNeverSaysDiagnosisExceptToDenyIt) {
    SelfCheckFlow f({Side::Right, Side::Left});
    answerAll(f, {true, true, true, false, true, true});
    bool denies = false;
    for (const auto& line : f.outcome().lines)
        denies |= line == "This is a screen, not a diagnosis.";
    EXPECT_TRUE(denies);
    EXPECT_EQ(f.resultHeading().find("diagnos"), std::string::npos);
}

TEST(SelfCheckFlow, AnswersAreKeptOnceAfterTheLastOne) {
    SelfCheckFlow f({Side::Right, Side::Left}, {Side::Right});
    answerAll(f, {true, true, true, true, true});
    EXPECT_FALSE(f.takeSave());
    f.answer(false);
    EXPECT_TRUE(f.takeSave());
    EXPECT_FALSE(f.takeSave());
    EXPECT_EQ(f.symptomNote(),
              "You felt a symptom with the right leg; the answers are about what you felt.");
}

TEST(SelfCheckFlow, TheKeptAnswersAreThoseGivenPerLeg) {
    SelfCheckFlow f({Side::Left, Side::Right});
    answerAll(f, {true, false, true, false, false, true});
    ASSERT_EQ(f.answers().size(), 2u);
    EXPECT_EQ(f.answers()[0].leg, Side::Left);
    EXPECT_EQ(f.answers()[0].answers[1], false);
    EXPECT_EQ(f.answers()[1].leg, Side::Right);
    EXPECT_EQ(f.answers()[1].answers[2], true);
}

TEST(SelfCheckFlow, UndoTakesBackTheLastAnswer) {
    SelfCheckFlow f({Side::Right, Side::Left});
    EXPECT_FALSE(f.canUndo());
    EXPECT_FALSE(f.undo());
    answerAll(f, {true, true, true, false});
    ASSERT_TRUE(f.undo());
    EXPECT_EQ(f.question().progress, "Question 4 of 6");
    EXPECT_FALSE(f.answers()[1].answers[0].has_value());
}

TEST(SelfCheckFlow, NoUndoOnceTheAnswersAreKept) {
    SelfCheckFlow f({Side::Right, Side::Left});
    answerAll(f, {true, true, true, true, true, true});
    ASSERT_TRUE(f.takeSave());
    EXPECT_FALSE(f.canUndo());
    EXPECT_FALSE(f.undo());
    EXPECT_EQ(f.stage(), SelfCheckStage::Result);
}

TEST(SelfCheckFlow, AnswersAfterTheLastAreIgnored) {
    SelfCheckFlow f({Side::Right, Side::Left});
    answerAll(f, {false, false, false, false, false, false, true});
    EXPECT_EQ(f.answers()[0].answers[0], false);
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::NotSuggestive);
}

TEST(SelfCheckFlow, OnlyTheTestedLegIsAskedAbout) {
    SelfCheckFlow f({Side::Left}, {Side::Left});
    EXPECT_EQ(f.question().leg, "Left leg");
    EXPECT_EQ(f.question().progress, "Question 1 of 3");
    answerAll(f, {true, true, true});
    EXPECT_EQ(f.stage(), SelfCheckStage::Result);
    ASSERT_EQ(f.answers().size(), 1u);
    EXPECT_EQ(f.answers()[0].leg, Side::Left);
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::SuggestsNerve);
}

TEST(SelfCheckFlow, NoLegTestedGivesNoQuestionsAndKeepsNothing) {
    SelfCheckFlow f({});
    EXPECT_EQ(f.stage(), SelfCheckStage::Result);
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::Incomplete);
    EXPECT_FALSE(f.takeSave());
}

TEST(SelfCheckFlow, YesToAllOnBothLegsLeadsToTheUrgentNotice) {
    SelfCheckFlow f({Side::Right, Side::Left}, {Side::Right, Side::Left});
    answerAll(f, {true, true, true, true, true, true});
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::Urgent);
    EXPECT_EQ(f.resultHeading(), "Both legs: see a clinician urgently");
    EXPECT_EQ(f.symptomNote(), "You felt a symptom with the right and the left legs; the answers "
                               "are about what you felt.");
}

TEST(SelfCheckFlow, ASymptomInBothLegsLeadsToTheUrgentNoticeWhateverTheAnswers) {
    SelfCheckFlow f({Side::Right, Side::Left}, {Side::Right, Side::Left});
    answerAll(f, {true, false, true, true, false, true});
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::Urgent);
    EXPECT_EQ(f.resultHeading(), "Both legs: see a clinician urgently");
    // Undo and answer again: the symptom legs stay.
    ASSERT_TRUE(f.undo());
    f.answer(false);
    EXPECT_EQ(f.outcome().overall, SelfCheckVerdict::Urgent);
}

TEST(SelfCheckFlow, YAndNAnswerOtherKeysDoNot) {
    EXPECT_EQ(answerFromChar(U'y'), true);
    EXPECT_EQ(answerFromChar(U'Y'), true);
    EXPECT_EQ(answerFromChar(U'n'), false);
    EXPECT_EQ(answerFromChar(U'N'), false);
    EXPECT_EQ(answerFromChar(U' '), std::nullopt);
    EXPECT_EQ(answerFromChar(U'q'), std::nullopt);
}

TEST(QuestionLayout, BigAnswerButtonsSideBySideAboveTheToolbar) {
    for (Size s : {Size{640, 480}, Size{1280, 800}, Size{1920, 1080}}) {
        const QuestionLayout Q = layoutQuestion(s);
        EXPECT_GE(Q.yes.h, s.h * 0.2);
        EXPECT_DOUBLE_EQ(Q.yes.y, Q.no.y);
        EXPECT_LT(Q.yes.right(), Q.no.x);
        EXPECT_LE(Q.yes.bottom(), Q.toolbar.y);
        EXPECT_FALSE(Q.question.intersects(Q.yes));
        EXPECT_FALSE(Q.heading.intersects(Q.question));
        EXPECT_LE(Q.toolbar.bottom(), s.h);
        EXPECT_GE(Q.question.h, s.h * 0.2);
    }
}

} // namespace
} // namespace nf::gui
