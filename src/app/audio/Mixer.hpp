#pragma once

#include "app/audio/Sound.hpp"

#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace nf::audio {

// Who placed a sound, so one session's player can fade its own sounds and leave another's (the
// last session's closing words) alone. 0 is nobody in particular.
using VoiceOwner = std::uint64_t;

// A running sum of placed sounds on one sample clock: add a sound at a frame, pull the output in
// blocks. It owns nothing but the list of sounds still to play (shared, so a sound outlives the
// player that placed it) and a master gain; it knows no device (the live stream pulls from it on
// the audio thread, the exporter pulls everything at once). Thread-safe: add/fadeOut/setGain may
// be called while another thread renders.
class Mixer {
  public:
    // Places `sound` to start at `frame`. A frame already rendered is too late: the sound then
    // starts at the next frame rendered, whole, rather than with its head cut off.
    void add(std::int64_t frame, SoundPtr sound, VoiceOwner owner = 0);
    // Fades every sound of `owner` out over `fadeFrames` from the next frame rendered and forgets
    // those that had not started. Used by mute, by commands that make queued words stale and by
    // a session that is left.
    void fadeOut(VoiceOwner owner, std::int64_t fadeFrames);
    // A new owner for a player's sounds, never handed out before.
    VoiceOwner newOwner();
    // No sound placed from now on starts before `frame` (the pre-roll of a device that has just
    // opened and may swallow its first instants).
    void keepQuietUntil(std::int64_t frame);
    // The master gain, 0..1; changes glide over about 10 ms so a volume change never clicks.
    void setGain(float gain);

    // Mixes the next out.size() frames into `out` (overwriting it) and advances the clock.
    void render(std::span<float> out);
    // The next frame render() will produce.
    std::int64_t position() const;
    // The earliest a new sound can start: position(), or the end of a pre-roll still to come.
    std::int64_t firstFreeFrame() const;
    std::size_t pendingSounds() const;
    // The frame from which nothing placed so far sounds (a fading sound ends with its fade).
    std::int64_t silentFrom() const;

  private:
    struct Voice {
        std::int64_t start;
        SoundPtr sound;
        VoiceOwner owner = 0;
        std::int64_t fadeFrom = -1; // -1: no fade
        std::int64_t fadeFrames = 0;
        std::int64_t end() const;
    };

    mutable std::mutex m_mutex;
    std::vector<Voice> m_voices;
    std::int64_t m_position = 0;
    std::int64_t m_quietUntil = 0;
    std::int64_t m_lastEnd = 0; // where the latest sound already forgotten ended
    VoiceOwner m_lastOwner = 0;
    float m_gain = 1.0f;
    float m_targetGain = 1.0f;
};

// Volume percent (0-100) to an amplitude gain. Loudness is heard logarithmically, so the scale is
// squared: 50 % is -12 dB, 80 % (the default) -4 dB, 100 % full level.
float volumeGain(int percent);

// Floats to 16-bit PCM, clipping at full scale.
void toPcm16(std::span<const float> in, std::int16_t* out);

} // namespace nf::audio
