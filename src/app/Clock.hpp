#pragma once

#include "core/Time.hpp"

#include <chrono>
#include <ctime>

namespace nf {

// The one monotonic time source of the shell. Everything the core is given comes from here, as
// microseconds since this clock was made, so every part of a run agrees on "now".
class Clock {
public:
    Micros now() const {
        return std::chrono::duration_cast<Micros>(std::chrono::steady_clock::now() - m_epoch);
    }
    std::chrono::steady_clock::time_point toTimePoint(Micros t) const { return m_epoch + t; }
    // How long the computer has been suspended since this clock was made. The monotonic clock
    // (steady_clock) stands still in a suspend and CLOCK_BOOTTIME does not, so their distance
    // grows by exactly the time away; the program's own stalls move both and do not count.
    Micros away() const { return suspendedSinceBoot() - m_awayAtEpoch; }

private:
    static Micros suspendedSinceBoot() {
        timespec boot{}, mono{};
        if (::clock_gettime(CLOCK_BOOTTIME, &boot) != 0 || ::clock_gettime(CLOCK_MONOTONIC, &mono) != 0)
            return Micros{0};
        return Micros{(boot.tv_sec - mono.tv_sec) * 1'000'000LL + (boot.tv_nsec - mono.tv_nsec) / 1000};
    }

    std::chrono::steady_clock::time_point m_epoch = std::chrono::steady_clock::now();
    Micros m_awayAtEpoch = suspendedSinceBoot();
};

} // namespace nf
