#include "app/gui/session/HandsFree.hpp"

namespace nf::gui {

std::optional<PadAction> padAction(unsigned button) {
    switch (button) {
    case 0:
        return PadAction::TogglePause; // A on an Xbox-style pad, 1 on a generic one
    case 1:
        return PadAction::Skip;
    case 2:
        return PadAction::EndSet;
    default:
        return std::nullopt;
    }
}

} // namespace nf::gui
