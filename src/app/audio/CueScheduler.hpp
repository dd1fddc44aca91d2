#pragma once

#include "app/audio/CueSounds.hpp"

#include <cstdint>
#include <vector>

namespace nf::audio {

enum class Layer { Tone, Speech };

// One sound placed on the output's sample clock.
struct Placement {
    std::int64_t frame = 0;
    SoundPtr sound;
    Layer layer = Layer::Tone;
};

// Whether a phrase that cannot start soon may be left out.
enum class SpeechPolicy { MayDrop, MustPlay };

// The rule of when each sound of a cue starts, shared by the live player and the exported track
// so both sound the same. It keeps the little state that rule needs (what is still sounding); it
// does not own the sounds (CueSounds) nor play them (Mixer).
//
// - A tone starts at its boundary, to the sample. Two tones at the same boundary (a set's chime
//   and the side switch) play one after the other, not on top of each other.
// - A phrase starts when the tone sounding at its boundary has ended, so words are not masked,
//   and never over the previous phrase: it queues behind it, with a short breath between.
// - A phrase that would start more than kMaxSpeechDelay after its boundary is left out (holds
//   shorter than the words), except MustPlay ones (the end of the session); the tones still
//   mark every boundary.
class CueScheduler {
  public:
    static constexpr std::int64_t kMaxSpeechDelay = std::int64_t{2} * kSampleRate;
    static constexpr std::int64_t kSpeechGap = std::int64_t{kSampleRate} * 120 / 1000;

    explicit CueScheduler(const CueSounds& sounds) : m_sounds(&sounds) {}

    // The sounds of `cue`, whose boundary falls at `frame`, in the order they start.
    std::vector<Placement> place(const Cue& cue, std::int64_t frame,
                                 SpeechPolicy policy = SpeechPolicy::MayDrop);
    // The user changed course (pause, skip, stop...): queued phrases no longer apply, so the
    // queue starts afresh at `frame`.
    void interrupt(std::int64_t frame);

  private:
    const CueSounds* m_sounds;
    std::int64_t m_lastToneFrame = -1; // boundary of the latest tone
    std::int64_t m_toneEnd = 0;        // when the latest tone stops sounding
    std::int64_t m_speechFree = 0;     // when the latest phrase (and its breath) ends
};

} // namespace nf::audio
