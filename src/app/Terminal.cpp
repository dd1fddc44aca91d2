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
std::atomic<int> g_signal{0};
termios g_saved{};
termios g_raw{};
std::atomic<bool> g_restore{false};

extern "C" void onSignal(int sig) {
    g_signal = sig;
    g_interrupted = true;
}

// After Ctrl-Z and `fg` the shell has put the terminal back in line mode: set ours again.
// tcsetattr is async-signal-safe.
extern "C" void onContinue(int) {
    if (g_restore)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_raw);
}

} // namespace

StopSignals::StopSignals() {
    g_interrupted = false;
    g_signal = 0;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    // Each ends the session as stopped, recorded and traced; the exit status says which.
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        sigaction(sig, &sa, nullptr);
}

StopSignals::~StopSignals() {
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        signal(sig, SIG_DFL);
}

Terminal::Terminal() {
    struct sigaction cont {};
    cont.sa_handler = onContinue;
    sigemptyset(&cont.sa_mask);
    cont.sa_flags = SA_RESTART;
    sigaction(SIGCONT, &cont, nullptr);
    if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &g_saved) == 0) {
        termios raw = g_saved;
        raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO)); // keep ISIG: Ctrl-C still signals
        raw.c_cc[VMIN] = 0;
        raw.c_cc[VTIME] = 0;
        g_raw = raw;
        if (::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0) {
            m_raw = true;
            g_restore = true;
        }
    }
}

Terminal::~Terminal() {
    if (g_restore)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    g_restore = false;
    signal(SIGCONT, SIG_DFL);
}

// NOLINTNEXTLINE(readability-make-member-function-const): reading a key consumes it.
std::optional<char> Terminal::waitKey(Micros timeout) {
    if (g_interrupted)
        return std::nullopt;
    // ppoll takes nanoseconds, so a wait for a step boundary is not rounded up to a millisecond.
    const long long us = std::max<long long>(0, timeout.count());
    const timespec ts{static_cast<time_t>(us / 1'000'000),
                      static_cast<long>(us % 1'000'000) * 1000};
    if (!m_raw) {
        // No keys to read: sleep in ppoll() so a signal still wakes us at once.
        ::ppoll(nullptr, 0, &ts, nullptr);
        return std::nullopt;
    }
    pollfd fd{STDIN_FILENO, POLLIN, 0};
    if (::ppoll(&fd, 1, &ts, nullptr) > 0 && (fd.revents & POLLIN)) {
        char c = 0;
        if (::read(STDIN_FILENO, &c, 1) == 1)
            return c;
    }
    return std::nullopt;
}

bool Terminal::wasInterrupted() {
    return g_interrupted;
}

int Terminal::interruptStatus() {
    const int sig = g_signal;
    return sig == 0 ? 0 : 128 + sig;
}

void Terminal::ring() {
    std::fputc('\a', stdout);
    std::fflush(stdout);
}

} // namespace nf
