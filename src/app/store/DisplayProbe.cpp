// Kept apart from the drawing code: Xlib's macros (None, Status, Bool...) clash with our names.
// This object is always linked (displayProblem() is called before any window), so its
// XOpenDisplay is the one SFML calls.
#include "app/store/HistoryChart.hpp"

#include <X11/Xlib.h>

#include <dlfcn.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <thread>

// The one display probe of the program (the window, `render` and `chart` ask it).
//
// A busy X server (Xvfb on a loaded machine) now and then refuses a connection with EAGAIN: its
// listen queue is full for a moment, or it resets the connection (measured here: 7 to 26 of 300
// connections). SFML 2.5 aborts the process on the first refused connection, so the executable provides XOpenDisplay itself: it is
// exported (libsfml-window refers to it), so SFML's calls land here, and a refused connection is
// tried again for up to a second before giving up.
extern "C" Display* XOpenDisplay(const char* name) {
    using Open = Display* (*)(const char*);
    static const Open real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "XOpenDisplay"));
    if (!real) return nullptr;
    for (int attempt = 0;; ++attempt) {
        errno = 0;
        if (Display* display = real(name)) return display;
        // No server at all (no socket, nobody listening) will not change; anything else may.
        const bool absent = errno == ENOENT || errno == ECONNREFUSED;
        if (absent || attempt >= 50) return nullptr;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

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
    // Without the GLX extension (some remote or virtual displays) SFML crashes making its
    // OpenGL context, with nothing said.
    int opcode = 0, event = 0, error = 0;
    if (!XQueryExtension(display, "GLX", &opcode, &event, &error)) {
        XCloseDisplay(display);
        return std::string("the display '") + name + "' has no OpenGL (GLX)";
    }
    if (probe) XCloseDisplay(probe);
    probe = display;
    probedName = name;
    return std::nullopt;
}

} // namespace nf
