#pragma once

#include "core/Time.hpp"

#include <optional>

namespace nf {

// The terminal a headless run talks to: raw single-key input when stdin is a terminal (restored
// on destruction, even when a signal ends the run, and set again after Ctrl-Z and `fg`) and a
// clean end on Ctrl-C, SIGTERM or SIGHUP. It does not print cues;
// HeadlessRun does.
class Terminal {
public:
    Terminal();
    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    bool interactive() const { return m_raw; }
    // Waits up to `timeout` for a key (or a signal) and returns it, if any.
    std::optional<char> waitKey(Micros timeout);
    // True once SIGINT, SIGTERM or SIGHUP arrived.
    static bool interrupted();
    // The shell's exit status for the signal that arrived (130, 143, 129), or 0 for none.
    static int interruptStatus();
    static void ring(); // the terminal bell

private:
    bool m_raw = false;
};

} // namespace nf
