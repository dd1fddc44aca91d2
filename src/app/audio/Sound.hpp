#pragma once

#include "core/Time.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace nf::audio {

// Every sound of nervefloss is made, mixed and written at this one rate, mono. 22050 Hz is what
// espeak-ng produces, so speech needs no resampling, and it carries every tone we make (all below
// 5 kHz) with room to spare. One sample is 45 us, well inside the 1 ms a cue may be off by.
inline constexpr int kSampleRate = 22050;

// Mono samples in [-1, 1]. Shared, because one tone is placed many times in a session.
using Samples = std::vector<float>;
using SoundPtr = std::shared_ptr<const Samples>;

// The sample index at which session time `t` falls, rounded to the nearest sample.
inline std::int64_t framesFor(Micros t) {
    const std::int64_t us = t.count();
    const std::int64_t num = us * kSampleRate;
    return (num >= 0 ? num + 500'000 : num - 500'000) / 1'000'000;
}

inline double secondsOf(std::int64_t frames) {
    return static_cast<double>(frames) / kSampleRate;
}

} // namespace nf::audio
