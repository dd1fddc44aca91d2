// Kept apart from the drawing code: Xlib's macros (None, Status, Bool...) clash with our names.
// This object is always linked (displayProblem() is called before any window), so its
// XOpenDisplay is the one SFML calls.
#include "app/chart/HistoryChart.hpp"

#include <X11/Xlib.h>

#include <dlfcn.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

namespace {

// Every connection the program has open (SFML's shared one, the probe's): the window loop
// sleeps on them, as SFML 2.5 has no wait for an event with a timeout.
std::mutex g_displaysMutex;
std::vector<Display*> g_displays;

} // namespace

// The one display probe of the program (the window, `render` and `chart` ask it).
//
// A busy X server (Xvfb on a loaded machine) now and then refuses a connection with EAGAIN: its
// listen queue is full for a moment, or it resets the connection (measured here: 7 to 26 of 300
// connections). SFML 2.5 aborts the process on the first refused connection, so the executable
// provides XOpenDisplay itself: it is exported (libsfml-window refers to it), so SFML's calls land
// here, and a refused connection is tried again for up to a second before giving up.
extern "C" Display* XOpenDisplay(const char* name) {
    using Open = Display* (*)(const char*);
    static const Open real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "XOpenDisplay"));
    if (!real)
        return nullptr;
    for (int attempt = 0;; ++attempt) {
        errno = 0;
        if (Display* display = real(name)) {
            const std::lock_guard lock(g_displaysMutex);
            g_displays.push_back(display);
            return display;
        }
        // No server at all (no socket, nobody listening) will not change; anything else may.
        const bool absent = errno == ENOENT || errno == ECONNREFUSED;
        if (absent || attempt >= 50)
            return nullptr;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

// Closed connections leave the list before Xlib frees them.
extern "C" int XCloseDisplay(Display* display) {
    using Close = int (*)(Display*);
    static const Close real = reinterpret_cast<Close>(dlsym(RTLD_NEXT, "XCloseDisplay"));
    {
        const std::lock_guard lock(g_displaysMutex);
        g_displays.erase(std::remove(g_displays.begin(), g_displays.end(), display),
                         g_displays.end());
    }
    return real ? real(display) : 0;
}

namespace nf {

DisplayWait waitForDisplayInput(std::chrono::milliseconds timeout) {
    std::vector<pollfd> fds;
    {
        const std::lock_guard lock(g_displaysMutex);
        for (Display* d : g_displays) {
            // Sends what is buffered (a reply may be awaited) and reads what has arrived: an
            // event already read into Xlib's queue would never wake poll().
            if (XEventsQueued(d, QueuedAfterFlush) > 0)
                return DisplayWait::Queued;
            fds.push_back({ConnectionNumber(d), POLLIN, 0});
        }
    }
    if (fds.empty())
        return DisplayWait::NoConnection;
    const int n =
        ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, timeout.count())));
    return n > 0 ? DisplayWait::Input : DisplayWait::TimedOut; // a signal (EINTR) ends it too
}

std::optional<std::string> displayProblem() {
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name)
        return "no display: DISPLAY is not set (try xvfb-run)";
    // SFML would abort() if this failed inside it; try it here first. The connection stays
    // open for the life of the process: an X server with no other client (Xvfb) resets when its
    // last client leaves, and SFML's own connection a moment later would then fail.
    static ::Display* probe = nullptr;
    static std::string probedName;
    if (probe && probedName == name)
        return std::nullopt;
    ::Display* display = XOpenDisplay(nullptr);
    if (!display)
        return std::string("cannot open the display '") + name + "'";
    // Without the GLX extension (some remote or virtual displays) SFML crashes making its
    // OpenGL context, with nothing said.
    int opcode = 0, event = 0, error = 0;
    if (!XQueryExtension(display, "GLX", &opcode, &event, &error)) {
        XCloseDisplay(display);
        return std::string("the display '") + name + "' has no OpenGL (GLX)";
    }
    if (probe)
        XCloseDisplay(probe);
    probe = display;
    probedName = name;
    return std::nullopt;
}

} // namespace nf
