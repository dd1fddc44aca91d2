#include "app/gui/selfcheck/SelfCheckFlow.hpp"

#include "app/gui/kit/Layout.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace nf::gui {

SelfCheckFlow::SelfCheckFlow(std::vector<Side> testedLegs, std::vector<Side> symptomLegs)
    : m_testedLegs(std::move(testedLegs)), m_symptomLegs(std::move(symptomLegs)),
      m_questions(m_testedLegs, m_symptomLegs) {}

std::string SelfCheckFlow::symptomNote() const {
    if (m_symptomLegs.empty())
        return "";
    std::string legs;
    for (Side leg : m_symptomLegs)
        legs += (legs.empty() ? "" : " and the ") + toString(leg);
    return "You felt a symptom with the " + legs + (m_symptomLegs.size() > 1 ? " legs" : " leg") +
           "; the answers are about what you felt.";
}

SelfCheckStage SelfCheckFlow::stage() const {
    return m_questions.done() ? SelfCheckStage::Result : SelfCheckStage::Questions;
}

void SelfCheckFlow::answer(bool yes) {
    if (m_questions.done())
        return;
    m_given.push_back(yes);
    m_questions.answer(yes);
}

bool SelfCheckFlow::undo() {
    // Once the answers are kept, the result stands: a new check makes a new record.
    if (m_given.empty() || m_saveTaken)
        return false;
    m_given.pop_back();
    replay();
    return true;
}

void SelfCheckFlow::replay() {
    m_questions = SelfCheckQuestions(m_testedLegs, m_symptomLegs);
    for (bool a : m_given)
        m_questions.answer(a);
}

SelfCheckFlow::Question SelfCheckFlow::question() const {
    Question q;
    if (m_questions.done())
        return q;
    q.leg = m_questions.leg() == Side::Left ? "Left leg" : "Right leg";
    const int total = static_cast<int>(m_questions.answers().size()) * kSelfCheckQuestions;
    q.progress = "Question " + std::to_string(m_given.size() + 1) + " of " + std::to_string(total);
    // The core's text starts with the leg ("Left leg: was it..."); the screen shows the leg
    // above, so the question stands on its own with a capital letter.
    std::string text = m_questions.text();
    if (const auto colon = text.find(": "); colon != std::string::npos)
        text = text.substr(colon + 2);
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    q.text = text;
    return q;
}

std::string SelfCheckFlow::resultHeading() const {
    switch (outcome().overall) {
    case SelfCheckVerdict::SuggestsNerve:
        return "The check suggests nerve-related pain";
    case SelfCheckVerdict::NotSuggestive:
        return "The check does not point to the nerve";
    case SelfCheckVerdict::Incomplete:
        return "The check was not finished";
    case SelfCheckVerdict::Urgent:
        return "Both legs: see a clinician urgently";
    }
    return {};
}

bool SelfCheckFlow::takeSave() {
    if (m_saveTaken || !m_questions.done() || m_testedLegs.empty())
        return false;
    m_saveTaken = true;
    return true;
}

std::optional<bool> answerFromChar(char32_t c) {
    if (c == U'y' || c == U'Y')
        return true;
    if (c == U'n' || c == U'N')
        return false;
    return std::nullopt;
}

QuestionLayout layoutQuestion(Size window) {
    const Size s = layoutSize(window);
    QuestionLayout Q;
    const double m = std::round(std::min(s.w, s.h) * 0.03);
    const double tb = toolbarHeight(s);
    Q.toolbar = {m, s.h - m - tb, s.w - 2 * m, tb};
    Q.heading = {m, m, (s.w - 2 * m) * 0.6, std::round(s.h * 0.1)};
    Q.progress = {Q.heading.right(), m, (s.w - 2 * m) * 0.4, std::round(s.h * 0.1)};
    // The answers: two big buttons, easy to hit from the floor with a mouse, Y and N on them.
    const double buttonsH = std::round(s.h * 0.26);
    const Rect buttons{m, Q.toolbar.y - m - buttonsH, s.w - 2 * m, buttonsH};
    const auto two = splitRow(buttons, 2, m);
    Q.yes = two[0];
    Q.no = two[1];
    Q.question = {m, Q.heading.bottom() + m, s.w - 2 * m, buttons.y - m - (Q.heading.bottom() + m)};
    return Q;
}

} // namespace nf::gui
