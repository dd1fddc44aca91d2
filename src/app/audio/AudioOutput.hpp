#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace nf::audio {

class Mixer;

// The default audio output, playing whatever a Mixer produces, without end, from the moment it
// opens: the stream of silence is the pre-roll that wakes the device before the first cue. It
// owns the OpenAL device, its context, one source with a queue of buffers and the thread that
// refills them; it knows nothing of cues.
class AudioOutput {
  public:
    // Opens the device quietly (OpenAL and ALSA print dozens of lines when there is none; those
    // are kept off the terminal) and starts pulling from `mixer`, which must outlive it. Null
    // when there is no usable device: the first time in a process that happens, one line says so
    // on stderr, and no OpenAL call is made after it (each would print an error).
    static std::unique_ptr<AudioOutput> open(Mixer& mixer);
    // Why the last open() (or probe()) failed, or empty.
    static std::string problem();
    // Asks OpenAL whether there is a device to open, without opening one: why there would be no
    // sound, or empty. It prints nothing; the window shows the answer on its home screen.
    static std::string probe();

    // What the device mixes at, as it says once opened.
    struct Format {
        int frequency = 0;
        int auxiliarySends = -1;
    };
    Format format() const;

    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // Frames in one buffer of the queue (46 ms). The refill thread sleeps this long between
    // looks, so it wakes about 22 times a second: each wake of a sleeping thread costs more than
    // the little it does (SFML's stream woke 100 times a second: about 0.5 % of a core).
    static constexpr unsigned kChunkFrames = 1024;
    // Buffers in the queue: the thread may wake up to two buffers (93 ms) late before the
    // device runs dry.
    static constexpr unsigned kBuffers = 3;
    // What the device has queued at most: a sound placed at the mixer's write head is heard
    // between kQueuedFrames - kChunkFrames (93 ms) and kQueuedFrames (139 ms) later, plus the
    // device's own latency.
    static constexpr std::int64_t kQueuedFrames = std::int64_t{kBuffers} * kChunkFrames;

    struct Impl;

  private:
    explicit AudioOutput(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace nf::audio
