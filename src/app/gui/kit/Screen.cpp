#include "app/gui/kit/Screen.hpp"

#include <algorithm>

namespace nf::gui {

std::optional<std::string> rememberForNextStart(AppContext& context, const Settings& next) {
    try {
        context.saveSettings(next);
        return std::nullopt;
    } catch (const std::exception& e) {
        context.settings = next;
        return std::string("Could not remember this: ") + e.what();
    }
}

void Screen::onClick(Vec2 point, ScreenHost& host) {
    const int i = hitTest(m_buttons, point);
    if (i >= 0)
        onButton(m_buttons[static_cast<std::size_t>(i)].action, host);
}

bool Screen::onPointer(Vec2 point) {
    const int i = hitTest(m_buttons, point);
    if (i == m_hover)
        return false;
    m_hover = i;
    return true;
}

void Screen::paintButtons(sf::RenderTarget& target, const Theme& theme, const Scheme& scheme,
                          std::size_t first, std::size_t end) const {
    end = std::min(end, m_buttons.size());
    if (first >= end)
        return;
    const std::vector<Button> group(m_buttons.begin() + static_cast<std::ptrdiff_t>(first),
                                    m_buttons.begin() + static_cast<std::ptrdiff_t>(end));
    theme.buttons(target, group, scheme, m_hover - static_cast<int>(first));
}

} // namespace nf::gui
