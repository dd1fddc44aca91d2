#pragma once

#include "app/gui/kit/Geometry.hpp"
#include "core/SelfCheck.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

// The self-check in the window after its guide: three yes/no questions for each leg tested, in
// the order tested, then the result in careful words. Pure, so the flow is tested without a
// display; the screen paints it and the window's saver keeps the answers.
enum class SelfCheckStage { Questions, Result };

class SelfCheckFlow {
  public:
    // The legs the guide tested, in order, and those at which a symptom was felt (S).
    explicit SelfCheckFlow(std::vector<Side> testedLegs, std::vector<Side> symptomLegs = {});

    SelfCheckStage stage() const;
    const std::vector<Side>& symptomLegs() const { return m_symptomLegs; }
    // The sentence that opens the result when a symptom was felt, or "".
    std::string symptomNote() const;

    // Yes or no to the current question; ignored once every question is answered.
    void answer(bool yes);
    // Takes back the last answer (a mistyped key); false when there is none.
    bool undo();
    bool canUndo() const { return !m_given.empty() && !m_saveTaken; }

    // The question being asked, for the screen.
    struct Question {
        std::string leg;      // "Right leg"
        std::string progress; // "Question 2 of 6"
        std::string text;     // the question without the leg: "Was it your usual calf sensation?"
    };
    Question question() const;

    const std::vector<LegAnswers>& answers() const { return m_questions.answers(); }
    SelfCheckOutcome outcome() const { return m_questions.result(); }
    // The result's heading: what the answers suggest, never a diagnosis.
    std::string resultHeading() const;

    // True exactly once: right after the last answer, when the answers are to be kept (never
    // when no leg was tested: there is nothing to keep).
    bool takeSave();

  private:
    void replay();

    std::vector<Side> m_testedLegs;
    std::vector<Side> m_symptomLegs;
    std::vector<bool> m_given; // every answer so far, in order
    SelfCheckQuestions m_questions;
    bool m_saveTaken = false;
};

// The answer a typed character gives: y or Y yes, n or N no; nothing for other characters.
std::optional<bool> answerFromChar(char32_t c);

// The question screen: the leg and the count across the top, the question in large type, two
// big buttons (Yes, No) side by side, and a toolbar.
struct QuestionLayout {
    Rect heading;
    Rect progress;
    Rect question;
    Rect yes;
    Rect no;
    Rect toolbar;
};
QuestionLayout layoutQuestion(Size window);

} // namespace nf::gui
