#include "app/gui/home/SafetyModel.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/kit/Texts.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

constexpr Rgb kUrgentInk{255, 120,
                         100}; // the heading of the urgent part: a warm red on the dark page

// The safety notice on a page of its own: at the first start of the window, where reading it is
// acknowledged with a key or a click and remembered in the settings; and from home, for reading.
class SafetyScreen final : public Screen {
  public:
    explicit SafetyScreen(SafetyMode mode) : m_mode(mode) {}

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        const KeyMap& keys =
            keyMap(m_mode == SafetyMode::FirstStart ? KeyScreen::FirstSafety : KeyScreen::Safety);
        if (const auto a = actionFor(keys, key.code, key.shift))
            onButton(*a, host);
    }
    void onButton(int a, ScreenHost& host) override {
        switch (static_cast<SafetyAction>(a)) {
        case SafetyAction::Acknowledge: {
            AppContext& ctx = host.context();
            // Still acknowledged for this run when it cannot be saved.
            if (auto problem = rememberForNextStart(ctx, acknowledgeSafety(ctx.settings))) {
                m_problem = *problem;
                m_mode = SafetyMode::Reading;
            } else {
                host.pop();
            }
            break;
        }
        case SafetyAction::Later:
        case SafetyAction::Back:
            host.pop();
            break;
        case SafetyAction::FullScreen:
            host.toggleFullscreen();
            break;
        }
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const PageLayout P = layoutPage(host.size());
        const bool first = m_mode == SafetyMode::FirstStart;
        const bool urgent = m_mode == SafetyMode::Urgent;
        th.text(target,
                first    ? "Before you start: safety"
                : urgent ? "Get help now"
                         : "Safety notice",
                P.heading, urgent ? kUrgentInk : sc.foreground, Weight::Bold, Align::Left);
        std::vector<std::string> text = urgent ? urgentNotice() : safetyNotice();
        if (!m_problem.empty())
            text.push_back(m_problem);
        // The urgent part is short: larger type, readable from across the room.
        th.paragraph(
            target, text, P.body, sc.foreground,
            th.paragraphSize(text, P.body, quantizeCharSize(P.body.h * (urgent ? 0.09 : 0.06))));
        m_buttons.clear();
        if (first) {
            const auto cells = splitRow(P.toolbar, 2, P.toolbar.h * 0.3);
            m_buttons.push_back({cells[0], "I have read this (Enter)",
                                 static_cast<int>(SafetyAction::Acknowledge), true, true});
            m_buttons.push_back({cells[1], "Later (Esc)", static_cast<int>(SafetyAction::Later)});
        } else {
            const auto cells = splitRow(P.toolbar, 3, P.toolbar.h * 0.3);
            m_buttons.push_back({cells[2], "Back (Esc)", static_cast<int>(SafetyAction::Back)});
        }
        paintButtons(target, th, sc, 0, m_buttons.size());
    }
    std::string title() const override {
        return m_mode == SafetyMode::Urgent ? "nervefloss \xE2\x80\x94 Get help now"
                                            : "nervefloss \xE2\x80\x94 Safety notice";
    }

  private:
    SafetyMode m_mode;
    std::string m_problem;
};

} // namespace

std::unique_ptr<Screen> makeSafetyScreen(SafetyMode mode) {
    return std::make_unique<SafetyScreen>(mode);
}

} // namespace nf::gui
