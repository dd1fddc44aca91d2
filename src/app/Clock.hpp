#pragma once

#include "core/Time.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <thread>

namespace nf {

// How closely a wait must end on its instant.
enum class WaitPrecision {
    Coarse, // the operating system's sleep: may end a fraction of a millisecond late
    Exact,  // for a cue: sleeps until just before the instant, then waits on the CPU
};

// The shell's time source, as microseconds since the clock was made. The session loops take it
// as an interface, so tests drive them (and the key maps) in simulated time with ManualClock;
// the program uses SteadyClock. It does not know about sessions: SessionRun does.
class Clock {
  public:
    virtual ~Clock() = default;
    virtual Micros now() const = 0;
    // Returns at `t` (at once if it has passed).
    virtual void waitUntil(Micros t, WaitPrecision precision) const = 0;
    // How long the computer was suspended since the clock was made (time `now` did not see).
    // A simulated clock is never away unless a test says so.
    virtual Micros away() const { return Micros{0}; }
};

// The monotonic clock of the running program (std::chrono::steady_clock).
class SteadyClock final : public Clock {
  public:
    // How long before an exact instant the wait stops sleeping and spins: a wake-up from sleep
    // can come milliseconds late on a busy machine, and a cue should not (about 2 ms of
    // spinning a second: 0.2 % of a core).
    static constexpr Micros kSpinAhead = std::chrono::microseconds(1500);

    Micros now() const override {
        return std::chrono::duration_cast<Micros>(std::chrono::steady_clock::now() - m_epoch);
    }
    void waitUntil(Micros t, WaitPrecision precision) const override {
        if (precision == WaitPrecision::Coarse) {
            std::this_thread::sleep_until(m_epoch + t);
            return;
        }
        std::this_thread::sleep_until(m_epoch + t - kSpinAhead);
        while (now() < t) {
        }
    }
    // How long the computer has been suspended since this clock was made. The monotonic clock
    // (steady_clock) stands still in a suspend and CLOCK_BOOTTIME does not, so their distance
    // grows by exactly the time away; the program's own stalls move both and do not count.
    Micros away() const override { return suspendedSinceBoot() - m_awayAtEpoch; }

  private:
    static Micros suspendedSinceBoot() {
        timespec boot{}, mono{};
        if (::clock_gettime(CLOCK_BOOTTIME, &boot) != 0 ||
            ::clock_gettime(CLOCK_MONOTONIC, &mono) != 0)
            return Micros{0};
        return Micros{(boot.tv_sec - mono.tv_sec) * 1'000'000LL +
                      (boot.tv_nsec - mono.tv_nsec) / 1000};
    }

    std::chrono::steady_clock::time_point m_epoch = std::chrono::steady_clock::now();
    Micros m_awayAtEpoch = suspendedSinceBoot();
};

// Simulated time for tests: it stands still until advanced, and a wait jumps to its instant.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Micros start = Micros{0}) : m_now(start) {}
    Micros now() const override { return m_now; }
    void waitUntil(Micros t, WaitPrecision) const override { m_now = std::max(m_now, t); }
    // Not const, though cppcheck says they could be (m_now is mutable for waitUntil): they move
    // the time, which a const clock must not.
    // cppcheck-suppress functionConst
    void advance(Micros by) { m_now += by; }
    // cppcheck-suppress functionConst
    void set(Micros t) { m_now = t; }
    Micros away() const override { return m_away; }
    // The computer sleeps for `howLong`: the monotonic time stands still, the away count grows.
    void suspend(Micros howLong) { m_away += howLong; }

  private:
    mutable Micros m_now;
    Micros m_away{0};
};

} // namespace nf
