#pragma once

#include "app/gui/kit/Geometry.hpp"
#include "app/gui/kit/Theme.hpp"
#include "app/gui/selfcheck/SelfCheckFlow.hpp"

#include <string>
#include <vector>

namespace nf::gui {

// The line under the result once the answers are kept.
inline constexpr const char* kSelfCheckKept =
    "Your answers are kept with today's date (nervefloss history --self-checks).";

// Paints the self-check after its guide: the question being asked, or, once every question is
// answered, the result (with `saveNote` under it when the answers were kept), and lists its
// buttons. The flow decides which; the screen only forwards. Apart from the screen, so the ink
// tests lay out both pictures without a session.
void paintSelfCheckAnswers(sf::RenderTarget& target, const Theme& theme, Size size,
                           const SelfCheckFlow& flow, const std::string& saveNote, int hover,
                           std::vector<Button>& buttons);

} // namespace nf::gui
