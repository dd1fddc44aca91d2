#pragma once

#include "app/audio/Sound.hpp"
#include "core/Cues.hpp"

#include <span>

namespace nf::audio {

// The loudness every cue is brought to: the RMS of its loudest 50 ms window, about -16 dBFS. The
// same measure is applied to speech, so a tone and a phrase sound equally loud.
inline constexpr float kCueLoudness = 0.16f;
// The countdown tick is deliberately softer (-8 dB): it marks seconds, it does not call.
inline constexpr float kTickLoudness = kCueLoudness * 0.4f;
inline constexpr double kLoudnessWindowSeconds = 0.050;

// The pitch of a posture's tone, by its phase index: the first posture of a rep ("point toes,
// chin down") lower, the second ("toes up, look up") a fifth higher, and so on, every index a
// different pitch.
double postureFrequency(int phase);

// Pure synthesis of every cue sound at kSampleRate: no device, no file. Each sound starts and
// ends at exactly zero (raised-cosine attack and release), so nothing clicks, and is brought to
// kCueLoudness (the tick to kTickLoudness). Returns an empty buffer for ToneKind::None.
Samples synthesizeTone(ToneKind kind, int posture = 0);

// The building block: one note with a raised-cosine attack and release around a steady sine
// (plus a touch of the 2nd and 3rd harmonics for warmth). `seconds` is the whole length.
Samples note(double frequency, double seconds, double attackSeconds, double releaseSeconds);
// A struck note: fast attack, exponential decay with time constant `decaySeconds`, and a short
// raised-cosine release so the last sample is zero.
Samples chimeNote(double frequency, double seconds, double decaySeconds);

// The RMS of the loudest window of `windowSeconds` (the measure of kCueLoudness).
float peakWindowRms(std::span<const float> samples, double windowSeconds = kLoudnessWindowSeconds);
// Scales `samples` so that peakWindowRms equals `target`; also keeps the peak at or below 0.9.
void normalizeLoudness(Samples& samples, float target);
// Adds `sound` into `into` starting at sample `offset`, growing `into` as needed.
void mixInto(Samples& into, std::size_t offset, std::span<const float> sound, float gain = 1.0f);

} // namespace nf::audio
