#include "app/gui/history/HistoryLayout.hpp"
#include "app/gui/home/SafetyModel.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

// The first start's question, over home after the safety notice: which leg is affected? Three
// big answers (keys 1, 2, 3, or a click) kept in the settings, so flossing works the leg the person
// named rather than one assumed for them; Esc leaves it for the next start.
class AffectedLegScreen final : public Screen {
  public:
    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (const auto a = actionFor(keyMap(KeyScreen::AffectedLeg), key.code, key.shift))
            onButton(*a, host);
    }
    void onButton(int a, ScreenHost& host) override {
        const auto action = static_cast<AffectedLegAction>(a);
        if (action == AffectedLegAction::Later)
            return host.pop();
        if (action == AffectedLegAction::FullScreen)
            return host.toggleFullscreen();
        const SideChoice leg = action == AffectedLegAction::Left    ? SideChoice::Left
                               : action == AffectedLegAction::Right ? SideChoice::Right
                                                                    : SideChoice::Both;
        AppContext& ctx = host.context();
        if (auto problem = rememberForNextStart(ctx, chooseAffectedLeg(ctx.settings, leg)))
            m_problem = *problem; // still chosen for this run
        else
            host.pop();
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const MorningLayout L = layoutMorning(host.size()); // three answers, as the morning's
        const std::vector<std::string> question{"Which leg is affected?"};
        th.paragraph(target, question, L.question, sc.foreground,
                     th.paragraphSize(question, L.question, quantizeCharSize(L.question.h * 0.4),
                                      Weight::Bold),
                     Weight::Bold);
        th.text(target,
                m_problem.empty()
                    ? "Flossing works this leg. Press 1, 2 or 3, or click; change it in Settings."
                    : m_problem,
                L.note, m_problem.empty() ? sc.muted : palette::kWarn, Weight::Regular,
                Align::Left);
        m_buttons.clear();
        const struct {
            const char* label;
            int action;
        } answers[] = {
            {"Left (1)", static_cast<int>(AffectedLegAction::Left)},
            {"Right (2)", static_cast<int>(AffectedLegAction::Right)},
            {"Both (3)", static_cast<int>(AffectedLegAction::Both)},
        };
        for (std::size_t i = 0; i < 3; ++i)
            m_buttons.push_back({L.answers[i], answers[i].label, answers[i].action});
        const auto cells = splitRow(L.toolbar, 2, L.toolbar.h * 0.3);
        m_buttons.push_back({cells[1], "Later (Esc)", static_cast<int>(AffectedLegAction::Later)});
        paintButtons(target, th, sc, 0, 3); // the answers, big
        paintButtons(target, th, sc, 3, m_buttons.size());
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Which leg?"; }

  private:
    std::string m_problem;
};

} // namespace

std::unique_ptr<Screen> makeAffectedLegScreen() {
    return std::make_unique<AffectedLegScreen>();
}

} // namespace nf::gui
