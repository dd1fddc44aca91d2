#include "app/Terminal.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace nf {
namespace {

std::atomic<bool> g_interrupted{false};
termios g_saved{};
bool g_restore = false;

extern "C" void onSignal(int) { g_interrupted = true; }

} // namespace

Terminal::Terminal() {
    g_interrupted = false;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &g_saved) == 0) {
        termios raw = g_saved;
        raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO)); // keep ISIG: Ctrl-C still signals
        raw.c_cc[VMIN] = 0;
        raw.c_cc[VTIME] = 0;
        if (::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0) {
            m_raw = true;
            g_restore = true;
        }
    }
}

Terminal::~Terminal() {
    if (g_restore) ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    g_restore = false;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
}

// NOLINTNEXTLINE(readability-make-member-function-const): reading a key consumes it.
std::optional<char> Terminal::waitKey(Micros timeout) {
    if (g_interrupted) return std::nullopt;
    // ppoll takes nanoseconds, so a wait for a step boundary is not rounded up to a millisecond.
    const long long us = std::max<long long>(0, timeout.count());
    const timespec ts{static_cast<time_t>(us / 1'000'000), static_cast<long>(us % 1'000'000) * 1000};
    if (!m_raw) {
        // No keys to read: sleep in ppoll() so a signal still wakes us at once.
        ::ppoll(nullptr, 0, &ts, nullptr);
        return std::nullopt;
    }
    pollfd fd{STDIN_FILENO, POLLIN, 0};
    if (::ppoll(&fd, 1, &ts, nullptr) > 0 && (fd.revents & POLLIN)) {
        char c = 0;
        if (::read(STDIN_FILENO, &c, 1) == 1) return c;
    }
    return std::nullopt;
}

bool Terminal::wasInterrupted() { return g_interrupted; }

void Terminal::ring() {
    std::fputc('\a', stdout);
    std::fflush(stdout);
}

} // namespace nf
