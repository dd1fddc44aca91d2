#pragma once

#include "app/audio/AudioOutput.hpp"
#include "app/audio/Mixer.hpp"

#include <chrono>
#include <memory>
#include <string>

namespace nf::audio {

// The process's one live sound: the mixer every session's player schedules into, and the
// device that plays it, opened when a session first wants sound and kept until the process
// ends. A player only places sounds; the mixer keeps them alive, so a session that is left or
// has ended never waits for its sounds, and the process waits for them once, when it ends.
// It does not decide what is heard (CuePlayer) nor which sessions want sound (main.cpp).
class LiveAudio {
public:
    // No cue starts in the first instants of a device just opened: a device that wakes slowly
    // would swallow it. The silence that fills them is the pre-roll.
    static constexpr Micros kPreRoll = std::chrono::milliseconds(350);
    // How long the end of the process waits at most for what is still sounding (the longest
    // is the session's closing words, about 3 s).
    static constexpr std::chrono::milliseconds kDrainLimit{4000};

    LiveAudio() = default;
    // Waits for what is still sounding (drain(kDrainLimit)), then closes the device.
    ~LiveAudio();
    LiveAudio(const LiveAudio&) = delete;
    LiveAudio& operator=(const LiveAudio&) = delete;

    // The mixer, with the device playing it: opened on the first call, the same one after.
    // Null while there is no device (each call tries again, so a device plugged in between
    // sessions is found); problem() says why.
    Mixer* mixer();
    // Why the last attempt to open the device failed, or empty.
    const std::string& problem() const { return m_problem; }
    // Why there would be no sound, or empty, without keeping a device open: the window asks
    // at its first picture, long before a session may want sound.
    std::string check() const;
    // Blocks until everything placed has been heard (the device's own queue included) or
    // `limit` has passed, whichever comes first. Used once, at the end of the process.
    void drain(std::chrono::milliseconds limit);

private:
    Mixer m_mixer; // declared first: the output pulls from it until the output is gone
    std::unique_ptr<AudioOutput> m_output;
    std::string m_problem;
};

} // namespace nf::audio
