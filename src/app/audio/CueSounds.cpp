#include "app/audio/CueSounds.hpp"

#include "app/audio/Speech.hpp"
#include "app/audio/Tones.hpp"

#include <algorithm>

namespace nf::audio {

CueSounds::CueSounds(const Timeline& timeline, AudioMode mode, const SpeechEngine* speech)
    : m_mode(mode) {
    if (mode == AudioMode::Silent)
        return;
    int postures = 1;
    for (const Exercise& ex : timeline.routine().exercises)
        postures = std::max(postures, static_cast<int>(ex.phases.size()));
    for (int p = 0; p < postures; ++p)
        m_tones[{ToneKind::Posture, p}] =
            std::make_shared<const Samples>(synthesizeTone(ToneKind::Posture, p));
    for (ToneKind k : {ToneKind::Tick, ToneKind::Rest, ToneKind::Switch, ToneKind::SetDone,
                       ToneKind::SessionEnd, ToneKind::Start})
        m_tones[{k, 0}] = std::make_shared<const Samples>(synthesizeTone(k));
    if (mode == AudioMode::VoiceAndTones && speech)
        m_speech = synthesizeAll(*speech, allSpokenTexts(timeline));
}

SoundPtr CueSounds::tone(ToneKind kind, int posture) const {
    if (kind == ToneKind::None)
        return nullptr;
    auto it = m_tones.find({kind, kind == ToneKind::Posture ? posture : 0});
    if (it == m_tones.end() && kind == ToneKind::Posture) {
        // A posture beyond those the routine declared cannot occur; fall back to the first.
        it = m_tones.find({kind, 0});
    }
    return it == m_tones.end() ? nullptr : it->second;
}

SoundPtr CueSounds::speech(const std::string& text) const {
    auto it = m_speech.find(text);
    return it == m_speech.end() || it->second->empty() ? nullptr : it->second;
}

} // namespace nf::audio
