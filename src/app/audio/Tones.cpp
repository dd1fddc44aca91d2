#include "app/audio/Tones.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace nf::audio {
namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

std::size_t framesOf(double seconds) {
    return static_cast<std::size_t>(std::llround(seconds * kSampleRate));
}

// Raised-cosine edges: 0 at the very first and the very last sample, 1 in between.
double edgeGain(std::size_t i, std::size_t n, std::size_t attack, std::size_t release) {
    double g = 1.0;
    if (attack > 0 && i < attack)
        g *= 0.5 * (1.0 - std::cos(std::numbers::pi * static_cast<double>(i) /
                                   static_cast<double>(attack)));
    const std::size_t fromEnd = n - 1 - i;
    if (release > 0 && fromEnd < release)
        g *= 0.5 * (1.0 - std::cos(std::numbers::pi * static_cast<double>(fromEnd) /
                                   static_cast<double>(release)));
    return g;
}

Samples sequence(std::initializer_list<std::pair<double, Samples>> parts) {
    Samples out;
    for (const auto& [at, part] : parts)
        mixInto(out, framesOf(at), part);
    return out;
}

} // namespace

double postureFrequency(int phase) {
    // G4, D5, B4, F5, A4, G5: neighbours in a rep are far apart (a fifth or more), so "down" and
    // "up" are told apart even by an ear that is not listening closely.
    static constexpr std::array<double, 6> kTable{392.00, 587.33, 493.88, 698.46, 440.00, 783.99};
    phase = std::max(phase, 0);
    if (phase < static_cast<int>(kTable.size()))
        return kTable[static_cast<std::size_t>(phase)];
    // Beyond the table: semitones upward from A#5, above every table entry, capped well below
    // the Nyquist limit.
    const int step = std::min(phase - 5, 36);
    return 880.0 * std::pow(2.0, step / 12.0);
}

Samples note(double frequency, double seconds, double attackSeconds, double releaseSeconds) {
    const std::size_t n = std::max<std::size_t>(framesOf(seconds), 2);
    const std::size_t attack = std::min(framesOf(attackSeconds), n / 2);
    const std::size_t release = std::min(framesOf(releaseSeconds), n - attack);
    Samples out(n);
    const double w = kTwoPi * frequency / kSampleRate;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = w * static_cast<double>(i);
        const double wave = std::sin(x) + 0.25 * std::sin(2.0 * x) + 0.08 * std::sin(3.0 * x);
        out[i] = static_cast<float>(wave * edgeGain(i, n, attack, release));
    }
    return out;
}

Samples chimeNote(double frequency, double seconds, double decaySeconds) {
    const std::size_t n = std::max<std::size_t>(framesOf(seconds), 2);
    const std::size_t attack = std::min(framesOf(0.004), n / 2);
    const std::size_t release = std::min(framesOf(0.040), n - attack);
    Samples out(n);
    const double w = kTwoPi * frequency / kSampleRate;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / kSampleRate;
        const double x = w * static_cast<double>(i);
        // The upper partial fades twice as fast, as a struck bar's does.
        const double wave = std::sin(x) * std::exp(-t / decaySeconds) +
                            0.35 * std::sin(2.0 * x) * std::exp(-2.0 * t / decaySeconds);
        out[i] = static_cast<float>(wave * edgeGain(i, n, attack, release));
    }
    return out;
}

Samples synthesizeTone(ToneKind kind, int posture) {
    Samples s;
    float loudness = kCueLoudness;
    switch (kind) {
    case ToneKind::None:
        return s;
    case ToneKind::Posture:
        s = note(postureFrequency(posture), 0.22, 0.008, 0.090);
        break;
    case ToneKind::Tick:
        s = chimeNote(1318.51, 0.070, 0.020); // E6, a short soft knock
        loudness = kTickLoudness;
        break;
    case ToneKind::Start: // C5 then G5, rising: "here we go"
        s = sequence(
            {{0.0, note(523.25, 0.14, 0.006, 0.060)}, {0.16, note(783.99, 0.20, 0.006, 0.090)}});
        break;
    case ToneKind::Switch: // E5 then A4, a doorbell: "change over"
        s = sequence(
            {{0.0, note(659.26, 0.18, 0.006, 0.070)}, {0.20, note(440.00, 0.26, 0.006, 0.110)}});
        break;
    case ToneKind::Rest: // A4 then E4, falling and soft: "let go"
        s = sequence(
            {{0.0, note(440.00, 0.18, 0.010, 0.080)}, {0.20, note(329.63, 0.30, 0.010, 0.150)}});
        break;
    case ToneKind::SetDone: // C5 E5 G5 struck quickly: a small chime
        s = sequence({{0.0, chimeNote(523.25, 0.70, 0.22)},
                      {0.09, chimeNote(659.26, 0.70, 0.22)},
                      {0.18, chimeNote(783.99, 0.70, 0.22)}});
        break;
    case ToneKind::SessionEnd: // C5 E5 G5 C6, slower and longer: the whole thing is done
        s = sequence({{0.0, chimeNote(523.25, 1.30, 0.40)},
                      {0.12, chimeNote(659.26, 1.30, 0.40)},
                      {0.24, chimeNote(783.99, 1.30, 0.40)},
                      {0.36, chimeNote(1046.50, 1.30, 0.40)}});
        break;
    }
    normalizeLoudness(s, loudness);
    return s;
}

float peakWindowRms(std::span<const float> samples, double windowSeconds) {
    if (samples.empty())
        return 0.0f;
    const std::size_t w = std::clamp<std::size_t>(framesOf(windowSeconds), 1, samples.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < w; ++i)
        sum += double(samples[i]) * samples[i];
    double best = sum;
    for (std::size_t i = w; i < samples.size(); ++i) {
        sum += double(samples[i]) * samples[i] - double(samples[i - w]) * samples[i - w];
        best = std::max(best, sum);
    }
    return static_cast<float>(std::sqrt(std::max(best, 0.0) / static_cast<double>(w)));
}

void normalizeLoudness(Samples& samples, float target) {
    const float rms = peakWindowRms(samples);
    if (rms <= 0.0f)
        return;
    float gain = target / rms;
    float peak = 0.0f;
    for (float v : samples)
        peak = std::max(peak, std::abs(v));
    // A very peaky sound (a consonant burst) would clip before it reached the target: keep its
    // peak below 0.9 and accept that it is a little quieter.
    if (peak * gain > 0.9f)
        gain = 0.9f / peak;
    for (float& v : samples)
        v *= gain;
}

void mixInto(Samples& into, std::size_t offset, std::span<const float> sound, float gain) {
    if (into.size() < offset + sound.size())
        into.resize(offset + sound.size(), 0.0f);
    for (std::size_t i = 0; i < sound.size(); ++i)
        into[offset + i] += sound[i] * gain;
}

} // namespace nf::audio
