#pragma once

#include "app/audio/Sound.hpp"
#include "core/Cues.hpp"
#include "core/Settings.hpp"
#include "core/Timeline.hpp"

#include <map>
#include <string>
#include <utility>

namespace nf::audio {

class SpeechEngine;

// Every sound one session can make, made before it starts: each tone (one per posture of the
// routine) and, when the mode speaks, every phrase allSpokenTexts() lists. It owns the samples;
// when each is heard is CueScheduler's business.
class CueSounds {
  public:
    // `speech` may be null (espeak-ng unavailable): the session is then tones only.
    CueSounds(const Timeline& timeline, AudioMode mode, const SpeechEngine* speech);

    // Null for ToneKind::None and in silent mode.
    SoundPtr tone(ToneKind kind, int posture = 0) const;
    // Null when speech is off or the text was not prepared.
    SoundPtr speech(const std::string& text) const;

    AudioMode mode() const { return m_mode; }
    bool speaks() const { return !m_speech.empty(); }
    std::size_t phraseCount() const { return m_speech.size(); }

  private:
    AudioMode m_mode;
    std::map<std::pair<ToneKind, int>, SoundPtr> m_tones;
    std::map<std::string, SoundPtr> m_speech;
};

} // namespace nf::audio
