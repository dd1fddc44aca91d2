#pragma once

// Helpers shared by the audio tests: reading samples back and analysing them. They look only at
// samples, never at what the renderer says it did.

#include "app/RoutineCatalog.hpp"
#include "app/audio/Sound.hpp"
#include "core/Routine.hpp"

#include <SFML/Audio/InputSoundFile.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <numbers>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace nf::audio::test {

struct Pcm {
    std::vector<std::int16_t> samples;
    unsigned sampleRate = 0;
    unsigned channels = 0;
};

inline Pcm readPcm(const std::filesystem::path& path) {
    sf::InputSoundFile in;
    if (!in.openFromFile(path.string()))
        throw std::runtime_error("cannot read " + path.string());
    Pcm p;
    p.sampleRate = in.getSampleRate();
    p.channels = in.getChannelCount();
    p.samples.resize(static_cast<std::size_t>(in.getSampleCount()));
    const auto got = in.read(p.samples.data(), p.samples.size());
    p.samples.resize(static_cast<std::size_t>(got));
    return p;
}

// Energy onsets: the first sample at or above `threshold` (in 16-bit steps) after at least
// `silenceSeconds` in which every sample stayed below it.
inline std::vector<std::int64_t> findOnsets(std::span<const std::int16_t> x, unsigned rate,
                                            int threshold = 8, double silenceSeconds = 0.050) {
    std::vector<std::int64_t> onsets;
    const auto quietNeeded = static_cast<std::int64_t>(silenceSeconds * rate);
    std::int64_t quiet = quietNeeded; // the file's start counts as silence
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::abs(static_cast<int>(x[i])) >= threshold) {
            if (quiet >= quietNeeded)
                onsets.push_back(static_cast<std::int64_t>(i));
            quiet = 0;
        } else {
            ++quiet;
        }
    }
    return onsets;
}

inline std::vector<std::int16_t> toPcm(std::span<const float> x) {
    std::vector<std::int16_t> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = static_cast<std::int16_t>(std::lrint(std::clamp(x[i], -1.0f, 1.0f) * 32767.0f));
    return out;
}

// The power of `x` at `frequency` (Goertzel), normalised by length.
inline double powerAt(std::span<const float> x, double frequency, int rate = kSampleRate) {
    const double w = 2.0 * std::numbers::pi * frequency / rate;
    const double c = 2.0 * std::cos(w);
    double s1 = 0.0, s2 = 0.0;
    for (float v : x) {
        const double s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double p = s1 * s1 + s2 * s2 - c * s1 * s2;
    return p / static_cast<double>(x.size() * x.size());
}

// The strongest frequency between `from` and `to` Hz, in steps of `step`.
inline double dominantFrequency(std::span<const float> x, double from = 100.0, double to = 3000.0,
                                double step = 1.0) {
    double best = from, bestPower = -1.0;
    for (double f = from; f <= to; f += step) {
        const double p = powerAt(x, f);
        if (p > bestPower)
            bestPower = p, best = f;
    }
    return best;
}

inline double rms(std::span<const float> x) {
    double s = 0.0;
    for (float v : x)
        s += double(v) * v;
    return x.empty() ? 0.0 : std::sqrt(s / static_cast<double>(x.size()));
}

// Every built-in routine, parsed from the source tree's assets.
inline std::vector<Routine> builtinRoutines() {
    std::vector<Routine> out;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(NERVEFLOSS_SOURCE_ASSETS) / "routines")) {
        if (entry.path().extension() != ".toml")
            continue;
        auto parsed = loadRoutineFile(entry.path());
        if (auto* r = std::get_if<Routine>(&parsed))
            out.push_back(*r);
        else
            throw std::runtime_error("built-in routine does not parse: " + entry.path().string());
    }
    std::sort(out.begin(), out.end(),
              [](const Routine& a, const Routine& b) { return a.id < b.id; });
    return out;
}

} // namespace nf::audio::test
