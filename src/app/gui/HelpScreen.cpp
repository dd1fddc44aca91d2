#include "app/gui/Layout.hpp"
#include "app/gui/Screen.hpp"
#include "app/gui/Texts.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

enum HelpAction { kKeys = 1, kSafety, kBack };

// Every key of the window on one page; the safety notice on the other (S switches).
class HelpScreen final : public Screen {
public:
    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        using K = sf::Keyboard;
        switch (key.code) {
        case K::S: m_safety = !m_safety; break;
        case K::K: m_safety = false; break;
        case K::Tab: m_safety = !m_safety; break;
        case K::F:
        case K::F11: host.toggleFullscreen(); break;
        case K::Escape:
        case K::H:
        case K::Enter:
        case K::Backspace: host.pop(); break;
        default: break;
        }
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?') host.pop();
    }
    void onButton(int a, ScreenHost& host) override {
        if (a == kBack) host.pop();
        if (a == kKeys) m_safety = false;
        if (a == kSafety) m_safety = true;
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const PageLayout P = layoutPage(host.size());
        th.text(target, m_safety ? "Safety notice" : "Help: keys and mouse", P.heading, sc.foreground,
                Weight::Bold, Align::Left);
        if (m_safety) {
            const auto text = safetyNotice();
            th.paragraph(target, text, P.body, sc.foreground,
                         th.paragraphSize(text, P.body, quantizeCharSize(P.body.h * 0.06)));
        } else {
            paintKeys(target, th, sc, P.body);
        }
        m_buttons.clear();
        const auto cells = splitRow(P.toolbar, 3, P.toolbar.h * 0.3);
        m_buttons.push_back({cells[0], "Keys (K)", kKeys, true, !m_safety});
        m_buttons.push_back({cells[1], "Safety notice (S)", kSafety, true, m_safety});
        m_buttons.push_back({cells[2], "Back (Esc)", kBack});
        th.buttons(target, m_buttons, sc, m_hover);
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 Help"; }

private:
    static void paintKeys(sf::RenderTarget& target, const Theme& th, const Scheme& sc, const Rect& body) {
        const auto keys = helpKeys();
        const int extra = 2; // the mouse line and the safety line
        const auto rows = splitColumn(body, static_cast<int>(keys.size()) + extra, body.h * 0.004);
        const unsigned size = quantizeCharSize(std::min(rows[0].h * 0.7, 30.0));
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const Rect k{rows[i].x, rows[i].y, rows[i].w * 0.3, rows[i].h};
            const Rect d{rows[i].x + rows[i].w * 0.32, rows[i].y, rows[i].w * 0.68, rows[i].h};
            th.text(target, keys[i].first, k, sc.foreground, Weight::Bold, Align::Left, size);
            th.text(target, keys[i].second, d, sc.foreground, Weight::Regular, Align::Left, size);
        }
        th.text(target, "Mouse: every button on screen does what its key does; click a routine to start it.",
                rows[keys.size()], sc.muted, Weight::Regular, Align::Left, size);
        th.text(target, "Safety notice (when to stop, when to get help): press S.", rows[keys.size() + 1],
                postureColour(1), Weight::Bold, Align::Left, size);
    }

    bool m_safety = false;
};

} // namespace

std::unique_ptr<Screen> makeHelpScreen() { return std::make_unique<HelpScreen>(); }

} // namespace nf::gui
