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

// While it lives, SIGINT, SIGTERM and SIGHUP no longer kill the program: they set a flag
// (Terminal::wasInterrupted()) that the run's loop, in the terminal or the window, sees and ends
// its session as stopped, recorded and traced; the program then exits with
// Terminal::interruptStatus(). Default handling comes back when it goes.
class StopSignals {
  public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
};

// The terminal a headless run talks to: raw single-key input when stdin is a terminal (restored
// on destruction, even when a signal ends the run, and set again after Ctrl-Z and `fg`) and a
// clean end on Ctrl-C, SIGTERM or SIGHUP. It does not print cues; TerminalPrinter does.
class Terminal final : public KeySource {
  public:
    Terminal();
    ~Terminal() override;
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    bool interactive() const override { return m_raw; }
    std::optional<char> waitKey(Micros timeout) override;
    bool interrupted() const override { return wasInterrupted(); }
    // True once SIGINT, SIGTERM or SIGHUP arrived.
    static bool wasInterrupted();
    // The shell's exit status for the signal that arrived (130, 143, 129), or 0 for none.
    static int interruptStatus();
    static void ring(); // the terminal bell

  private:
    StopSignals m_signals;
    bool m_raw = false;
};

} // namespace nf
