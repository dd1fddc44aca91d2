#pragma once

#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Theme.hpp"
#include "app/gui/session/PainEntry.hpp"

#include <SFML/Window/Keyboard.hpp>

#include <optional>
#include <vector>

namespace nf::gui {

// The buttons of a pain strip: `base` + 0..10 for the numbers, `base` + kPainSkip for Skip.
inline constexpr int kPainSkip = 11;

// Paints a 0-10 pain rating into `area` (the question or the answer above eleven numbers, the
// chosen one lit) and appends its buttons to `buttons`. `hover` is the hovered index within
// `buttons`. Draws only; the screen turns keys and clicks into PainEntry calls.
void paintPainStrip(sf::RenderTarget& target, const Theme& theme, const Scheme& scheme,
                    const Rect& area, PainWhen when, const PainEntry& entry,
                    std::optional<int> before, bool withSkip, int base, int hover,
                    std::vector<Button>& buttons);

// The pain before in one short row (the session's "Next" line, once the lead-in is over and it
// is still not answered or skipped): "Pain before?" then the numbers, then Skip. Nothing moves
// when it is answered: the label's width is the widest answer's.
void paintPainRow(sf::RenderTarget& target, const Theme& theme, const Scheme& scheme,
                  const Rect& area, const PainEntry& entry, int base, int hover,
                  std::vector<Button>& buttons);

// The digit of a number key (the row above the letters or the keypad), or nothing.
std::optional<int> digitKey(sf::Keyboard::Key key);

} // namespace nf::gui
