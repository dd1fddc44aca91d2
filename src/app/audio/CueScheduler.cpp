#include "app/audio/CueScheduler.hpp"

#include <algorithm>

namespace nf::audio {

std::vector<Placement> CueScheduler::place(const Cue& cue, std::int64_t frame,
                                           SpeechPolicy policy) {
    std::vector<Placement> out;
    if (SoundPtr tone = m_sounds->tone(cue.tone, cue.posture)) {
        const std::int64_t start = m_lastToneFrame == frame ? std::max(frame, m_toneEnd) : frame;
        out.push_back({start, tone, Layer::Tone});
        m_lastToneFrame = frame;
        m_toneEnd = start + static_cast<std::int64_t>(tone->size());
    }
    if (cue.speech.empty())
        return out;
    if (SoundPtr phrase = m_sounds->speech(cue.speech)) {
        std::int64_t start = frame;
        if (m_toneEnd > frame)
            start = m_toneEnd; // a tone is sounding now: let it finish
        start = std::max(start, m_speechFree);
        if (start - frame > kMaxSpeechDelay && policy == SpeechPolicy::MayDrop)
            return out;
        out.push_back({start, phrase, Layer::Speech});
        m_speechFree = start + static_cast<std::int64_t>(phrase->size()) + kSpeechGap;
    }
    return out;
}

void CueScheduler::interrupt(std::int64_t frame) {
    m_speechFree = std::min(m_speechFree, frame);
    m_toneEnd = std::min(m_toneEnd, frame);
    m_lastToneFrame = -1;
}

} // namespace nf::audio
