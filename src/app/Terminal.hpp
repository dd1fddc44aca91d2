#pragma once

#include "core/Time.hpp"

#include <optional>

namespace nf {

// Where the terminal loop's keys come from: the real terminal, or a script in tests.
class KeySource {
public:
    virtual ~KeySource() = default;
    // True when a person can press keys (the loop then tells them which).
    virtual bool interactive() const = 0;
    // Waits up to `timeout` for a key (or a signal) and returns it, if any.
    virtual std::optional<char> waitKey(Micros timeout) = 0;
    // True once the run was asked to end from outside (Ctrl-C, a signal).
    virtual bool interrupted() const = 0;
};

// The terminal a headless run talks to: raw single-key input when stdin is a terminal (restored
// on destruction, even when a signal ends the run) and a clean Ctrl-C. It does not print cues;
// TerminalPrinter does.
class Terminal final : public KeySource {
public:
    Terminal();
    ~Terminal() override;
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    bool interactive() const override { return m_raw; }
    std::optional<char> waitKey(Micros timeout) override;
    bool interrupted() const override { return wasInterrupted(); }
    // True once SIGINT or SIGTERM arrived.
    static bool wasInterrupted();
    static void ring(); // the terminal bell

private:
    bool m_raw = false;
};

} // namespace nf
