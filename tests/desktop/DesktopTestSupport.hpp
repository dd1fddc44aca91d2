#pragma once

#include "core/Session.hpp"
#include "support/Fixtures.hpp"

#include <chrono>

namespace nf::test {

inline Micros secs(double s) {
    return std::chrono::duration_cast<Micros>(std::chrono::duration<double>(s));
}

// Two sets of two reps of 3 + 3 s, a 5 s rest and a 2 s lead-in, on the right leg:
// lead-in 0-2 s, set 1 at 2-14 s, rest 14-19 s, set 2 at 19-31 s.
inline Timeline shortFlossing() {
    return Timeline(flossing(2, 2, 3.0, 5.0, 2.0), SideChoice::Right);
}

} // namespace nf::test
