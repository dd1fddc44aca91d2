#pragma once

#include "app/gui/Geometry.hpp"
#include "core/SelfCheck.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

// The self-check in the window after its guide: three yes/no questions per leg, then the result
// in careful words. Pure, so the flow is tested without a display; the screen paints it and the
// window's saver keeps the answers.
enum class SelfCheckStage { Questions, Result };

// How the guide ended: every step done, or stopped at the first symptom (the questions follow
// either way: they ask about what was felt).
enum class GuideEnd { Finished, Symptom };

class SelfCheckFlow {
public:
    SelfCheckFlow(SideChoice firstLeg, GuideEnd guideEnd);

    SelfCheckStage stage() const;
    GuideEnd guideEnd() const { return m_guideEnd; }

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

    // True exactly once: right after the last answer, when the answers are to be kept.
    bool takeSave();

private:
    void replay();

    SideChoice m_firstLeg;
    GuideEnd m_guideEnd;
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
