#include "app/gui/session/PainView.hpp"

#include "app/gui/kit/Layout.hpp"
#include "core/SessionEvent.hpp"

#include <algorithm>

namespace nf::gui {

namespace {

// The numbers and the Skip button of a strip or a row laid out as `L`. The skip button keeps its
// place once the rating is given (as "Done", disabled), so nothing moves under the pointer
// between two clicks.
void paintPainButtons(sf::RenderTarget& target, const Theme& theme, const Scheme& sc,
                      const PainStripLayout& L, const PainEntry& entry, int base, int hover,
                      std::vector<Button>& buttons, bool shortSkip = false) {
    const std::size_t first = buttons.size();
    for (int i = kMinPain; i <= kMaxPain; ++i) {
        Button b{L.numbers[static_cast<std::size_t>(i)], std::to_string(i), base + i};
        b.selected = entry.value() == i;
        buttons.push_back(b);
    }
    if (L.skip.w > 0)
        buttons.push_back({L.skip,
                           shortSkip ? (entry.value() ? "Done" : "Skip")
                                     : (entry.value() ? "Done (Enter)" : "Skip (Enter)"),
                           base + kPainSkip, !entry.finished()});
    const std::vector<Button> group(buttons.begin() + static_cast<std::ptrdiff_t>(first),
                                    buttons.end());
    // The numbers share one size; the skip button's words would shrink them, so it is drawn apart.
    const std::size_t numbers = 11;
    const int local = hover - static_cast<int>(first);
    // Digits are narrow: they take half the cell's height, more than a word label's share, so
    // they stay readable in a small window's compact strip.
    unsigned size = 1000;
    for (std::size_t i = 0; i < numbers; ++i)
        size = std::min(size,
                        theme.fitSize(group[i].label, group[i].rect.inset(group[i].rect.h * 0.15),
                                      Weight::Bold, quantizeCharSize(group[i].rect.h * 0.5)));
    for (std::size_t i = 0; i < numbers; ++i)
        theme.button(target, group[i], sc, local == static_cast<int>(i), size);
    // The long label has its own size; the short one matches the numbers.
    if (group.size() > numbers && shortSkip)
        theme.button(target, group.back(), sc, local == static_cast<int>(numbers), size);
    else if (group.size() > numbers)
        theme.button(target, group.back(), sc, local == static_cast<int>(numbers));
}

} // namespace

void paintPainStrip(sf::RenderTarget& target, const Theme& theme, const Scheme& sc,
                    const Rect& area, PainWhen when, const PainEntry& entry,
                    std::optional<int> before, bool withSkip, int base, int hover,
                    std::vector<Button>& buttons) {
    const PainStripLayout L = layoutPainStrip(area, withSkip);
    theme.text(target, painLabel(when, entry, before), L.label,
               entry.value() ? sc.foreground : sc.muted, Weight::Bold, Align::Left,
               quantizeCharSize(L.label.h * 0.8));
    paintPainButtons(target, theme, sc, L, entry, base, hover, buttons);
}

void paintPainRow(sf::RenderTarget& target, const Theme& theme, const Scheme& sc, const Rect& area,
                  const PainEntry& entry, int base, int hover, std::vector<Button>& buttons) {
    const unsigned size = quantizeCharSize(area.h * 0.5);
    const std::string widest = "Pain before: 10";
    const PainStripLayout L =
        layoutPainRow(area, theme.width(widest, size, Weight::Bold) + area.h * 0.2);
    const std::string label =
        entry.value() ? "Pain before: " + std::to_string(*entry.value()) : "Pain before?";
    theme.text(target, label, L.label, entry.value() ? sc.foreground : sc.muted, Weight::Bold,
               Align::Left, size);
    // Enter skips, as help says; the short band has room only for the word.
    paintPainButtons(target, theme, sc, L, entry, base, hover, buttons, true);
}

std::optional<int> digitKey(sf::Keyboard::Key key) {
    if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9)
        return key - sf::Keyboard::Num0;
    if (key >= sf::Keyboard::Numpad0 && key <= sf::Keyboard::Numpad9)
        return key - sf::Keyboard::Numpad0;
    return std::nullopt;
}

} // namespace nf::gui
