// The sound's part of the command line: `export-audio`.

#include "app/cli/Commands.hpp"

#include "app/audio/Speech.hpp"
#include "app/audio/Track.hpp"
#include "core/Format.hpp"
#include "core/Timeline.hpp"

#include <cstdio>
#include <memory>

namespace nf::cli {
namespace {

using namespace nf::audio;

// One hour of mono float samples at 22,050 Hz: about 320 MB while the track is mixed.
constexpr Micros kMaxTrackLength = std::chrono::hours(1);

const SpeechEngine* speechFor(AudioMode mode) {
    return mode == AudioMode::VoiceAndTones ? SpeechEngine::shared() : nullptr;
}

int exportAudio(AppContext& ctx, const std::string& id, std::string out, const DoseFlags& flags,
                const std::optional<std::string>& audioFlag, double preRollSeconds) {
    RunRequest req = makeRunRequest(ctx, id, flags);
    AudioMode mode = AudioMode::VoiceAndTones; // a track is for listening: voice unless told
    if (audioFlag) {
        const auto m = audioModeFromString(*audioFlag);
        if (!m)
            throw InputError("--audio: must be voice, tones or silent, got '" + *audioFlag + "'");
        mode = *m;
    }
    // The words hold the lead-in only when they are spoken (voice on, and espeak-ng there).
    req.routine.setupSpoken = speechFor(mode) != nullptr;
    if (!(preRollSeconds >= 0.0 && preRollSeconds <= 10.0)) // NaN fails every comparison
        throw InputError("--pre-roll: must be from 0 to 10 seconds, got " +
                         formatSeconds(preRollSeconds));
    std::filesystem::path path(out);
    if (!path.has_extension())
        path += ".wav"; // the default format
    if (!trackFormat(path))
        throw InputError("cannot write '" + path.string() +
                         "': the extension must be .wav, .ogg or .flac");

    const Timeline timeline(req.routine, req.side);
    // The track is built in memory (4 bytes a sample): past this it would take gigabytes.
    if (timeline.total() > kMaxTrackLength)
        throw InputError("cannot write '" + path.string() + "': the session would last " +
                         formatDuration(timeline.total()) +
                         "; export-audio writes sessions of up to " +
                         formatDuration(kMaxTrackLength));
    const CueSounds sounds(timeline, mode, speechFor(mode));
    TrackOptions options;
    options.preRoll = fromSeconds(preRollSeconds);
    const Track track = renderSessionTrack(timeline, sounds, options);
    try {
        writeTrack(path, track.samples);
    } catch (const TrackWriteError& e) {
        throw InputError(e.what());
    }
    const Micros length = Micros{
        static_cast<Micros::rep>(static_cast<double>(track.samples.size()) * 1e6 / kSampleRate)};
    std::printf("Wrote %s: %s, %zu cues, %s, %d Hz mono\n", path.string().c_str(),
                formatClock(length).c_str(), track.cues.size(),
                mode == AudioMode::VoiceAndTones && sounds.speaks() ? "voice and tones"
                : mode == AudioMode::Silent                         ? "silent"
                                                                    : "tones only",
                kSampleRate);
    return 0;
}

} // namespace

void addAudioCommands(CLI::App& root, CommandEnv& env) {
    auto* cmd = root.add_subcommand(
        "export-audio", "Write the whole guided session as one audio file (.wav, .ogg or .flac)");
    auto id = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto flags = std::make_shared<DoseFlags>();
    auto audio = std::make_shared<std::optional<std::string>>();
    auto preRoll = std::make_shared<double>(0.0);
    cmd->add_option("ROUTINE", *id, "The routine's id (see `nervefloss list`)")->required();
    cmd->add_option("OUT", *out, "The file to write; the extension picks the format (default .wav)")
        ->required();
    addDoseFlags(*cmd, *flags);
    cmd->add_option("--audio", *audio, "What the track says: voice (and tones), tones or silent");
    cmd->add_option("--pre-roll", *preRoll,
                    "Seconds of silence before the session, for speakers that wake slowly (0-10)")
        ->check(notBlank());
    cmd->callback([&env, id, out, flags, audio, preRoll] {
        env.exitCode = exportAudio(env.context(), *id, *out, *flags, *audio, *preRoll);
    });
}

} // namespace nf::cli
