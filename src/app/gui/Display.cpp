// Kept apart: Xlib's headers define macros (None, Status, Bool) that clash with everything else.
#include "app/gui/Gui.hpp"

#include <X11/Xlib.h>

#include <cstdlib>

namespace nf::gui {

std::optional<std::string> displayProblem() {
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name) return std::string("no display (DISPLAY is not set)");
    Display* display = XOpenDisplay(nullptr);
    if (!display) return "cannot open the display '" + std::string(name) + "'";
    XCloseDisplay(display);
    return std::nullopt;
}

} // namespace nf::gui
