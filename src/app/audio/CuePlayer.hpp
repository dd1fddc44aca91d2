#pragma once

#include "app/EventSink.hpp"
#include "app/audio/CueScheduler.hpp"
#include "app/audio/CueSounds.hpp"
#include "app/audio/Mixer.hpp"
#include "core/Settings.hpp"

#include <memory>
#include <optional>

namespace nf::audio {

class SpeechEngine;

// What the player needs from the settings.
struct AudioPrefs {
    AudioMode mode = AudioMode::VoiceAndTones;
    int volume = 80; // percent
    bool muted = false;

    static AudioPrefs from(const Settings& s) { return {s.audioMode, s.volume, s.muted}; }
};

// The live cue player: an EventSink that sounds each event's cue (core/Cues) as it happens.
// It owns the session's prepared sounds and the scheduling rule's state; it only places sounds
// on the process's one mixer (LiveAudio), which plays them and keeps them alive. It leaves what
// is said to cueFor() and when the session moves to the Session.
//
// Made at session start, it synthesizes every phrase of the session. A batch of events is placed
// at the mixer's first free frame (the write head, 93-139 ms ahead of the ear, or the end of
// the device's pre-roll); events that reach it more than kStale late (after a stall) are left
// silent, except the session's end.
//
// Destroying it never waits: once the session has ended, its closing chime and words play on
// in the mixer; a session left before its end has its own sounds faded out (and those not yet
// started forgotten), while another player's sounds on the same mixer are left alone.
class CuePlayer : public EventSink {
  public:
    static constexpr Micros kStale = std::chrono::milliseconds(700);

    // `mixer` must outlive the player (a test's mixer).
    CuePlayer(const Timeline& timeline, AudioPrefs prefs, const SpeechEngine* speech, Mixer& mixer);
    // The process's one mixer, held (and its device kept open) while the player lives.
    CuePlayer(const Timeline& timeline, AudioPrefs prefs, const SpeechEngine* speech,
              std::shared_ptr<Mixer> mixer);
    ~CuePlayer() override;
    CuePlayer(const CuePlayer&) = delete;
    CuePlayer& operator=(const CuePlayer&) = delete;

    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;
    // Fades out what this player has sounding (20 ms) and keeps quiet until unmuted.
    void setMuted(bool muted) override;
    void setVolume(int percent);

    bool muted() const { return m_muted; }
    const CueSounds& sounds() const { return *m_sounds; }

  private:
    std::shared_ptr<Mixer> m_hold; // released at the session's end, or after the destructor's fade
    Mixer& m_mixer;
    VoiceOwner m_owner;
    std::unique_ptr<CueSounds> m_sounds;
    std::unique_ptr<CueScheduler> m_scheduler;
    bool m_muted = false;
    std::optional<EndReason> m_ended;
};

} // namespace nf::audio
