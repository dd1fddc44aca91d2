#include "app/LocalClock.hpp"
#include "app/gui/history/HistoryLayout.hpp"
#include "app/gui/history/HistoryModel.hpp"
#include "app/gui/history/HistoryScreens.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

MorningCheck checkOf(MorningAction action) {
    return action == MorningAction::Better ? MorningCheck::Better
           : action == MorningAction::Same ? MorningCheck::Same
                                           : MorningCheck::Worse;
}

// The question asked once when the window starts after a session day: how is the calf this
// morning? Three big answers (keys 1, 2, 3, or a click); Esc or Enter skips. It
// records the answer and leaves; what the answer means (the guardrail) is the core's business.
class MorningScreen final : public Screen {
  public:
    MorningScreen(HistoryStore& store, Date day, std::function<void()> answered)
        : m_store(store), m_day(day), m_answered(std::move(answered)) {}

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (const auto a = actionFor(keyMap(KeyScreen::Morning), key.code, key.shift))
            onButton(*a, host);
    }
    void onButton(int a, ScreenHost& host) override {
        const auto action = static_cast<MorningAction>(a);
        if (action == MorningAction::Skip)
            return host.pop();
        if (action == MorningAction::FullScreen)
            return host.toggleFullscreen();
        try {
            m_store.recordMorning(m_day, checkOf(action), localNow());
            if (m_answered)
                m_answered();
            host.pop();
        } catch (const HistoryError& e) {
            m_problem = std::string("Not saved: ") + e.what();
        }
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const MorningLayout L = layoutMorning(host.size());
        const std::vector<std::string> question{morningQuestion(m_day, localNow())};
        th.paragraph(target, question, L.question, sc.foreground,
                     th.paragraphSize(question, L.question, quantizeCharSize(L.question.h * 0.4),
                                      Weight::Bold),
                     Weight::Bold);
        th.text(target,
                m_problem.empty() ? "Compared with before that day. Press 1, 2 or 3, or click."
                                  : m_problem,
                L.note, m_problem.empty() ? sc.muted : palette::kWarn, Weight::Regular,
                Align::Left);
        m_buttons.clear();
        // Each answer in its own colour and with a sign, so it reads before the word does.
        const struct {
            const char* label;
            const char* sign;
            Rgb colour;
            int action;
        } answers[] = {
            {"Better (1)", "+", palette::kPostures[2], static_cast<int>(MorningAction::Better)},
            {"Same (2)", "=", mix(sc.background, sc.foreground, 0.3),
             static_cast<int>(MorningAction::Same)},
            {"Worse (3)", "\xE2\x88\x92", palette::kPostures[4],
             static_cast<int>(MorningAction::Worse)},
        };
        for (std::size_t i = 0; i < 3; ++i) {
            const Rect& r = L.answers[i];
            const bool hover = m_hover == static_cast<int>(i);
            Theme::fill(target, r, mix(answers[i].colour, sc.foreground, hover ? 0.2 : 0.0),
                        r.w * 0.06);
            const Rgb ink = textOn(answers[i].colour);
            th.text(target, answers[i].sign, {r.x, r.y + r.h * 0.08, r.w, r.h * 0.55}, ink,
                    Weight::Bold);
            th.text(target, answers[i].label,
                    {r.x + r.w * 0.08, r.y + r.h * 0.66, r.w * 0.84, r.h * 0.24}, ink,
                    Weight::Bold);
            m_buttons.push_back({r, "", answers[i].action});
        }
        const auto cells = splitRow(L.toolbar, 2, L.toolbar.h * 0.3);
        const std::size_t first = m_buttons.size();
        m_buttons.push_back({cells[1], "Skip (Esc)", static_cast<int>(MorningAction::Skip)});
        paintButtons(target, th, sc, first, m_buttons.size());
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Morning question"; }

  private:
    HistoryStore& m_store;
    Date m_day;
    std::function<void()> m_answered;
    std::string m_problem;
};

} // namespace

std::unique_ptr<Screen> makeMorningScreen(HistoryStore& store, Date sessionDay,
                                          std::function<void()> answered) {
    return std::make_unique<MorningScreen>(store, sessionDay, std::move(answered));
}

} // namespace nf::gui
