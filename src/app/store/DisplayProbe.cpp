// Kept apart from the drawing code: Xlib's macros (None, Status, Bool...) clash with our names.
#include "app/store/HistoryChart.hpp"

#include <X11/Xlib.h>

#include <cstdlib>

namespace nf {

std::optional<std::string> displayProblem() {
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name) return "no display: DISPLAY is not set (try xvfb-run)";
    // SFML would abort() if this failed inside it; try it here first. The connection stays
    // open for the life of the process: an X server with no other client (Xvfb) resets when its
    // last client leaves, and SFML's own connection a moment later would then fail.
    static ::Display* probe = nullptr;
    static std::string probedName;
    if (probe && probedName == name) return std::nullopt;
    ::Display* display = XOpenDisplay(nullptr);
    if (!display) return std::string("cannot open the display '") + name + "'";
    if (probe) XCloseDisplay(probe);
    probe = display;
    probedName = name;
    return std::nullopt;
}

} // namespace nf
