#pragma once

#include <chrono>
#include <cmath>

namespace nf {

// All time in the core is whole microseconds: planned instants are exact integers, so adding up
// thousands of steps never accumulates floating-point error.
using Micros = std::chrono::microseconds;

inline Micros fromSeconds(double seconds) {
    return Micros{static_cast<Micros::rep>(std::llround(seconds * 1'000'000.0))};
}

inline double toSeconds(Micros us) {
    return static_cast<double>(us.count()) / 1'000'000.0;
}

} // namespace nf
