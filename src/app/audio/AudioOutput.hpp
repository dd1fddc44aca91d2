#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace nf::audio {

class Mixer;

// The default audio output, playing whatever a Mixer produces, without end, from the moment it
// opens: the stream of silence is the pre-roll that wakes the device before the first cue. It
// owns the OpenAL device and the stream; it knows nothing of cues.
class AudioOutput {
  public:
    // Opens the device quietly (OpenAL and ALSA print dozens of lines when there is none; those
    // are kept off the terminal) and starts pulling from `mixer`, which must outlive it. Null
    // when there is no usable device: the first time in a process that happens, one line says so
    // on stderr, and no OpenAL call is made after it (each would print an error).
    static std::unique_ptr<AudioOutput> open(Mixer& mixer);
    // Why the last open() (or probe()) failed, or empty.
    static std::string problem();
    // Opens the device quietly and closes it again: why there would be no sound, or empty. It
    // prints nothing; the window shows the answer on its home screen.
    static std::string probe();

    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // Frames the device asks for at a time; the output runs at most about three of these
    // (about 50 ms) behind the mixer.
    static constexpr unsigned kChunkFrames = 384;
    // What the device has queued at most: the stream keeps three chunks in flight.
    static constexpr std::int64_t kQueuedFrames = 3 * std::int64_t{kChunkFrames};

    struct Impl;

  private:
    explicit AudioOutput(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace nf::audio
