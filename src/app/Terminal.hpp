#pragma once

#include "core/Time.hpp"

#include <optional>

namespace nf {

// The terminal a headless run talks to: raw single-key input when stdin is a terminal (restored
// on destruction, even when a signal ends the run) and a clean Ctrl-C. It does not print cues;
// HeadlessRun does.
class Terminal {
public:
    Terminal();
    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    bool interactive() const { return m_raw; }
    // Waits up to `timeout` for a key (or a signal, or `alsoWake` turning readable) and returns
    // the key, if any.
    std::optional<char> waitKey(Micros timeout, int alsoWake = -1);
    // True once SIGINT or SIGTERM arrived.
    static bool interrupted();
    static void ring(); // the terminal bell

private:
    bool m_raw = false;
};

} // namespace nf
