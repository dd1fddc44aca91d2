#pragma once

#include "app/EventSink.hpp"
#include "app/audio/AudioOutput.hpp"
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

// Where the player's sound goes.
enum class PlayerOutput {
    Device,   // the default audio output (or nowhere, quietly, when there is none)
    Detached, // nowhere by itself: the owner pulls mixer() (tests, or a caller that records)
};

// The live cue player: an EventSink that sounds each event's cue (core/Cues) as it happens.
// It owns the session's prepared sounds, the scheduling rule's state and the output; it leaves
// what is said to cueFor() and when the session moves to the Session.
//
// Made at session start: it opens the output first (so the device is already playing silence,
// the pre-roll, while speech is prepared), then synthesizes every phrase of the session. No cue
// sounds in the first kPreRoll of output, so a device that wakes slowly does not swallow it. A
// batch of events is placed at the mixer's write head (about 50 ms ahead of the ear); events
// that reach it more than kStale late (after a stall) are left silent, except the session's end.
//
// The GUI: take one from makeSessionSinks() (the audio module registers its factory) and call
// setMuted() for the mute key; or construct one directly with AudioPrefs::from(settings).
class CuePlayer : public EventSink {
public:
    static constexpr Micros kPreRoll = std::chrono::milliseconds(350);
    static constexpr Micros kStale = std::chrono::milliseconds(700);

    CuePlayer(const Timeline& timeline, AudioPrefs prefs, const SpeechEngine* speech,
              PlayerOutput output = PlayerOutput::Device);
    // Once the session has ended, waits (at most 4 s, 1.5 s after a stop) for the end's chime
    // and words to be heard before closing the output: a program that quits right after the
    // last event would otherwise cut them off. Mid-session it closes at once.
    ~CuePlayer() override;

    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;
    // Fades out what is sounding (20 ms) and keeps quiet until unmuted.
    void setMuted(bool muted) override;
    void setVolume(int percent);

    bool muted() const { return m_muted; }
    // False when PlayerOutput::Device found no device: the player then does nothing at all.
    bool audible() const { return m_output != nullptr || m_detached; }
    const CueSounds& sounds() const { return *m_sounds; }
    Mixer& mixer() { return m_mixer; }

private:
    Mixer m_mixer; // declared first: the output pulls from it until the output is gone
    std::unique_ptr<AudioOutput> m_output;
    bool m_detached = false;
    std::unique_ptr<CueSounds> m_sounds;
    std::unique_ptr<CueScheduler> m_scheduler;
    std::int64_t m_earliest = 0;
    bool m_muted = false;
    std::optional<EndReason> m_ended;
};

} // namespace nf::audio
