#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/kit/Texts.hpp"

namespace nf::gui {
namespace {

// The keys of the screen help was opened from, read from the same table that screen handles
// its keys with, so help cannot tell a key the screen does not have; the safety notice on the
// other page (I switches, K comes back).
class HelpScreen final : public Screen {
  public:
    explicit HelpScreen(KeyScreen from) : m_from(from) {}

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (const auto a = actionFor(keyMap(KeyScreen::Help), key.code, key.shift))
            onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            host.pop();
    }
    void onButton(int a, ScreenHost& host) override {
        switch (static_cast<HelpAction>(a)) {
        case HelpAction::Back:
            host.pop();
            break;
        case HelpAction::Keys:
            m_safety = false;
            break;
        case HelpAction::Safety:
            m_safety = true;
            break;
        case HelpAction::FullScreen:
            host.toggleFullscreen();
            break;
        }
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const PageLayout P = layoutPage(host.size());
        const KeyMap& keys = keyMap(m_from);
        th.text(target, m_safety ? "Safety notice" : "Keys: " + keys.screen, P.heading,
                sc.foreground, Weight::Bold, Align::Left);
        if (m_safety) {
            const auto text = safetyNotice();
            th.paragraph(target, text, P.body, sc.foreground,
                         th.paragraphSize(text, P.body, quantizeCharSize(P.body.h * 0.06)));
        } else {
            paintKeys(target, th, sc, P.body, keys);
        }
        m_buttons.clear();
        const KeyMap& own = keyMap(KeyScreen::Help);
        const auto cells = splitRow(P.toolbar, 3, P.toolbar.h * 0.3);
        m_buttons.push_back({cells[0], withKey("Keys", own, static_cast<int>(HelpAction::Keys)),
                             static_cast<int>(HelpAction::Keys), true, !m_safety});
        m_buttons.push_back({cells[1],
                             withKey("Safety notice", own, static_cast<int>(HelpAction::Safety)),
                             static_cast<int>(HelpAction::Safety), true, m_safety});
        m_buttons.push_back({cells[2], "Back (Esc)", static_cast<int>(HelpAction::Back)});
        th.buttons(target, m_buttons, sc, m_hover);
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Help"; }

  private:
    static void paintKeys(sf::RenderTarget& target, const Theme& th, const Scheme& sc,
                          const Rect& body, const KeyMap& map) {
        // One row per binding, then the lines every screen shares; one text size, the largest
        // every entry fits.
        std::vector<std::pair<std::string, std::string>> rows;
        for (const KeyBinding& b : map.bindings)
            rows.emplace_back(b.keyText, b.does);
        rows.emplace_back(kQuitKeyText, "Quit nervefloss");
        const auto cellsOf = splitColumn(body, static_cast<int>(rows.size()) + 1, body.h * 0.01);
        auto cell = [&](std::size_t i, bool key) {
            const Rect& r = cellsOf[i];
            return key ? Rect{r.x, r.y, r.w * 0.3, r.h}
                       : Rect{r.x + r.w * 0.32, r.y, r.w * 0.68, r.h};
        };
        unsigned size = quantizeCharSize(cellsOf[0].h * 0.8);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            size = std::min(size, th.fitSize(rows[i].first, cell(i, true), Weight::Bold, size));
            size =
                std::min(size, th.fitSize(rows[i].second, cell(i, false), Weight::Regular, size));
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            th.text(target, rows[i].first, cell(i, true), sc.foreground, Weight::Bold, Align::Left,
                    size);
            th.text(target, rows[i].second, cell(i, false), sc.foreground, Weight::Regular,
                    Align::Left, size);
        }
        th.text(target, "Mouse: every button does what its key does; its key is in brackets.",
                cellsOf.back(), sc.muted, Weight::Regular, Align::Left, size);
    }

    KeyScreen m_from;
    bool m_safety = false;
};

} // namespace

std::unique_ptr<Screen> makeHelpScreen(KeyScreen from) {
    return std::make_unique<HelpScreen>(from);
}

} // namespace nf::gui
