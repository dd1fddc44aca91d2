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
        // Two columns of keys, then the mouse and safety lines across the page; one text size,
        // the largest every entry fits.
        const int perColumn = static_cast<int>((keys.size() + 1) / 2);
        const auto rows = splitColumn(body, perColumn + 2, body.h * 0.004);
        const double gap = body.w * 0.03;
        const double colW = (body.w - gap) / 2.0;
        auto cell = [&](std::size_t i, bool key) {
            const Rect& r = rows[i % static_cast<std::size_t>(perColumn)];
            const double x = r.x + (i < static_cast<std::size_t>(perColumn) ? 0.0 : colW + gap);
            return key ? Rect{x, r.y, colW * 0.3, r.h} : Rect{x + colW * 0.32, r.y, colW * 0.68, r.h};
        };
        unsigned size = quantizeCharSize(rows[0].h * 0.8);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            size = std::min(size, th.fitSize(keys[i].first, cell(i, true), Weight::Bold, size));
            size = std::min(size, th.fitSize(keys[i].second, cell(i, false), Weight::Regular, size));
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            th.text(target, keys[i].first, cell(i, true), sc.foreground, Weight::Bold, Align::Left, size);
            th.text(target, keys[i].second, cell(i, false), sc.foreground, Weight::Regular, Align::Left, size);
        }
        const auto extra = static_cast<std::size_t>(perColumn);
        th.text(target, "Mouse: every button does what its key does; click a routine to start it.", rows[extra],
                sc.muted, Weight::Regular, Align::Left, size);
        th.text(target, "Safety notice (when to stop, when to get help): press S.", rows[extra + 1],
                postureColour(1), Weight::Bold, Align::Left, size);
    }

    bool m_safety = false;
};

} // namespace

std::unique_ptr<Screen> makeHelpScreen() { return std::make_unique<HelpScreen>(); }

} // namespace nf::gui
