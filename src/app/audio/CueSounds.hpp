#pragma once

#include "app/audio/Sound.hpp"
#include "core/Cues.hpp"
#include "core/Settings.hpp"
#include "core/Timeline.hpp"

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace nf::audio {

class SpeechEngine;

// Every sound one session can make: each tone (one per posture of the routine) and, when the mode
// speaks, every phrase allSpokenTexts() lists. They are made on a thread of their own, started by
// the constructor, so a session's window opens without waiting for them (espeak-ng takes about
// 75 ms for a flossing session's phrases, the tones 35 ms); the tones first, then the phrases in
// the order the session says them. Asking for a sound not made yet waits for it, so what is
// heard never depends on how far the thread has got. It owns the samples; when each is heard is
// CueScheduler's business.
class CueSounds {
  public:
    // `speech` may be null (espeak-ng unavailable): the session is then tones only.
    CueSounds(const Timeline& timeline, AudioMode mode, const SpeechEngine* speech);
    // Stops making sounds after the one in hand.
    ~CueSounds();
    CueSounds(const CueSounds&) = delete;
    CueSounds& operator=(const CueSounds&) = delete;

    // Null for ToneKind::None and in silent mode.
    SoundPtr tone(ToneKind kind, int posture = 0) const;
    // Null when speech is off or the text was not prepared.
    SoundPtr speech(const std::string& text) const;

    AudioMode mode() const { return m_mode; }
    bool speaks() const { return !m_texts.empty(); }
    std::size_t phraseCount() const { return m_texts.size(); }

  private:
    // The sound at `index` (tones first, then phrases), once made.
    SoundPtr made(std::size_t index) const;
    void make(const SpeechEngine* speech);

    AudioMode m_mode;
    // What is to be made, fixed by the constructor: read without the lock.
    std::vector<std::pair<ToneKind, int>> m_toneKeys;
    std::vector<std::string> m_texts;
    // What is made so far: m_sounds[i] is set before m_made passes i.
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_madeMore;
    std::vector<SoundPtr> m_sounds;
    std::size_t m_made = 0;
    bool m_stop = false;
    std::thread m_maker;
};

} // namespace nf::audio
