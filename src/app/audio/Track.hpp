#pragma once

#include "app/audio/CueSounds.hpp"
#include "core/SessionEvent.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nf::audio {

struct TrackOptions {
    // Silence before the session's time 0, for speakers that wake slowly (Bluetooth). With the
    // default of none, session time t is sample framesFor(t) of the file.
    Micros preRoll{0};
    // Silence kept after the last sound ends.
    Micros tail = std::chrono::milliseconds(1500);
};

// One cue of the track: its event, its planned instant and the sample its boundary falls on.
struct TrackCue {
    EventType type = EventType::StepStart;
    Micros at{0};
    std::int64_t frame = 0;
    Cue cue;
};

// A whole guided session as samples at kSampleRate, mono.
struct Track {
    Samples samples;
    std::vector<TrackCue> cues;
    Micros sessionLength{0};
};

// Renders the session as it plays when nobody touches a key: a Session over `timeline` is driven
// to each of its deadlines in turn, every event goes through cueFor() and the CueScheduler, and
// each cue is placed at its event's planned instant, to the sample. No device, no display.
Track renderSessionTrack(const Timeline& timeline, const CueSounds& sounds,
                         const TrackOptions& options = {});

// What writeTrack cannot do, in one sentence (an unknown extension, an unwritable place).
struct TrackWriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The formats a track can be written in, by the extension of the path: "wav", "ogg", "flac"
// (any case); empty for anything else.
std::optional<std::string> trackFormat(const std::filesystem::path& path);

// Writes 16-bit mono at kSampleRate through an OutputFile (a temporary beside `path`, renamed
// over it only when complete): WAV by our own checked writes, .ogg and .flac with
// sf::OutputSoundFile (no audio device involved) and decoded back to check every sample is
// there. A failure never leaves half a file under the real name or harms an older one.
// Throws TrackWriteError.
void writeTrack(const std::filesystem::path& path, const Samples& samples);

} // namespace nf::audio
