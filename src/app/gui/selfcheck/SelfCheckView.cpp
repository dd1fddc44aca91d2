#include "app/gui/selfcheck/SelfCheckView.hpp"

#include "app/gui/kit/KeyMap.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Palette.hpp"

namespace nf::gui {
namespace {

// The buttons [first, end) as one row, the hovered one lit.
void paintRow(sf::RenderTarget& target, const Theme& th, const Scheme& sc,
              const std::vector<Button>& buttons, std::size_t first, int hover) {
    const std::vector<Button> row(buttons.begin() + static_cast<std::ptrdiff_t>(first),
                                  buttons.end());
    th.buttons(target, row, sc, hover - static_cast<int>(first));
}

void paintQuestion(sf::RenderTarget& target, const Theme& th, const Scheme& sc, Size size,
                   const SelfCheckFlow& flow, int hover, std::vector<Button>& buttons) {
    const QuestionLayout Q = layoutQuestion(size);
    const SelfCheckFlow::Question q = flow.question();
    th.text(target, q.leg, Q.heading, sc.foreground, Weight::Bold, Align::Left);
    th.text(target, q.progress, Q.progress, sc.muted, Weight::Regular, Align::Right,
            quantizeCharSize(Q.progress.h * 0.45));
    const std::vector<std::string> text{q.text};
    const unsigned qs =
        th.paragraphSize(text, Q.question, quantizeCharSize(Q.question.h * 0.3), Weight::Bold);
    th.paragraph(target, text, Q.question, sc.foreground, qs, Weight::Bold);
    buttons.push_back({Q.yes, "Yes (Y)", static_cast<int>(AnswerAction::Yes)});
    buttons.push_back({Q.no, "No (N)", static_cast<int>(AnswerAction::No)});
    // The answers in a strong colour, one for each, so they are found at a glance.
    for (std::size_t i = 0; i < 2; ++i)
        th.button(target, buttons[i], schemeForPosture(static_cast<int>(i)),
                  hover == static_cast<int>(i),
                  quantizeCharSize(std::min(Q.yes.h * 0.4, Q.yes.w * 0.16)));
    const auto cells = splitRow(Q.toolbar, 3, Q.toolbar.h * 0.3);
    buttons.push_back(
        {cells[0], "Back one (Backspace)", static_cast<int>(AnswerAction::Undo), flow.canUndo()});
    buttons.push_back({cells[1], "Help (H)", static_cast<int>(AnswerAction::Help)});
    buttons.push_back({cells[2], "Leave (Esc)", static_cast<int>(AnswerAction::Leave)});
    paintRow(target, th, sc, buttons, 2, hover);
}

void paintResult(sf::RenderTarget& target, const Theme& th, const Scheme& sc, Size size,
                 const SelfCheckFlow& flow, const std::string& saveNote, int hover,
                 std::vector<Button>& buttons) {
    const PageLayout P = layoutPage(size);
    th.text(target, flow.resultHeading(), P.heading, sc.foreground, Weight::Bold, Align::Left);
    std::vector<std::string> lines = flow.outcome().lines;
    if (const std::string note = flow.symptomNote(); !note.empty())
        lines.insert(lines.begin(), note);
    if (!saveNote.empty())
        lines.push_back(saveNote);
    th.paragraph(target, lines, P.body, sc.foreground,
                 th.paragraphSize(lines, P.body, quantizeCharSize(P.body.h * 0.075)));
    const auto cells = splitRow(P.toolbar, 3, P.toolbar.h * 0.3);
    buttons.push_back({cells[0], "Home (Enter)", static_cast<int>(AnswerAction::Home)});
    buttons.push_back({cells[1], "Check again (C)", static_cast<int>(AnswerAction::Again)});
    buttons.push_back({cells[2], "Safety notice (I)", static_cast<int>(AnswerAction::Safety)});
    paintRow(target, th, sc, buttons, 0, hover);
}

} // namespace

void paintSelfCheckAnswers(sf::RenderTarget& target, const Theme& theme, Size size,
                           const SelfCheckFlow& flow, const std::string& saveNote, int hover,
                           std::vector<Button>& buttons) {
    const Scheme sc = neutralScheme(palette::kHome);
    target.clear(toSf(sc.background));
    buttons.clear();
    if (flow.stage() == SelfCheckStage::Questions)
        paintQuestion(target, theme, sc, size, flow, hover, buttons);
    else
        paintResult(target, theme, sc, size, flow, saveNote, hover, buttons);
}

} // namespace nf::gui
