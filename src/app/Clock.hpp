#pragma once

#include "core/Time.hpp"

#include <chrono>

namespace nf {

// The one monotonic time source of the shell. Everything the core is given comes from here, as
// microseconds since this clock was made, so every part of a run agrees on "now".
class Clock {
public:
    Micros now() const {
        return std::chrono::duration_cast<Micros>(std::chrono::steady_clock::now() - m_epoch);
    }
    std::chrono::steady_clock::time_point toTimePoint(Micros t) const { return m_epoch + t; }

private:
    std::chrono::steady_clock::time_point m_epoch = std::chrono::steady_clock::now();
};

} // namespace nf
