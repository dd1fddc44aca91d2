#pragma once

#include "app/audio/AudioOutput.hpp"
#include "app/audio/Mixer.hpp"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace nf::audio {

// The process's one live sound: the mixer every session's player schedules into, and the
// device that plays it. A player only places sounds; the mixer keeps them alive, so a session
// that is left or has ended never waits for its sounds, and the process waits for them once,
// when it ends. It does not decide what is heard (CuePlayer) nor which sessions want sound
// (main.cpp).
//
// The device opens when a session first asks for the mixer and stays open while any session
// holds it. Once none does and everything placed has been heard, it keeps playing silence for
// idleClose, then a thread of its own closes it: an open device costs about 1 % of a core in its
// two audio threads, which the home screen, waiting for input, should not pay.
class LiveAudio {
  public:
    // No cue starts in the first instants of a device just opened: a device that wakes slowly
    // would swallow it. The silence that fills them is the pre-roll.
    static constexpr Micros kPreRoll = std::chrono::milliseconds(350);
    // How long the end of the process waits at most for what is still sounding (the longest
    // is the session's closing words, about 3 s).
    static constexpr std::chrono::milliseconds kDrainLimit{4000};
    // A session started again soon after the last finds the device awake.
    static constexpr std::chrono::milliseconds kIdleClose{5000};

    explicit LiveAudio(std::chrono::milliseconds idleClose = kIdleClose) : m_idleClose(idleClose) {}
    // Waits for what is still sounding (drain(kDrainLimit)), then closes the device.
    ~LiveAudio();
    LiveAudio(const LiveAudio&) = delete;
    LiveAudio& operator=(const LiveAudio&) = delete;

    // The mixer with the device playing it, held open while the pointer (or a copy) lives: the
    // same mixer for every session. Null while there is no device (each call tries again, so a
    // device plugged in between sessions is found); problem() says why.
    std::shared_ptr<Mixer> acquire();
    // Why the last attempt to open the device failed, or empty.
    std::string problem() const;
    // Why there would be no sound, or empty, without keeping a device open: the window asks
    // at its first picture, long before a session may want sound.
    std::string check() const;
    bool isOpen() const;
    // Blocks until everything placed has been heard (the device's own queue included) or
    // `limit` has passed, whichever comes first. Used once, at the end of the process.
    // Not const, though cppcheck says it could be: it waits on the device's state.
    // cppcheck-suppress functionConst
    void drain(std::chrono::milliseconds limit);

  private:
    void release();
    void closeWhenIdle();

    const std::chrono::milliseconds m_idleClose;
    Mixer m_mixer; // declared before the output: the output pulls from it until it is gone
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unique_ptr<AudioOutput> m_output;
    int m_holds = 0;
    bool m_quit = false;
    std::string m_problem;
    std::thread m_closer; // started with the first device opened
};

} // namespace nf::audio
