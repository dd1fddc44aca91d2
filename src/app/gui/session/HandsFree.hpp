#pragma once

#include <optional>

namespace nf::gui {

// What a gamepad's buttons do in a session, for someone lying on the floor or sitting on a
// table edge away from the keyboard. SFML numbers the buttons from 0; pads print them from 1,
// and the help says 1, 2, 3. The other buttons do nothing, so a stray press cannot leave.
enum class PadAction { TogglePause, Skip, EndSet };
std::optional<PadAction> padAction(unsigned button);

} // namespace nf::gui
