#include "app/audio/Track.hpp"

#include "app/audio/CueScheduler.hpp"
#include "app/audio/Mixer.hpp"
#include "core/Session.hpp"

#include <SFML/Audio/OutputSoundFile.hpp>
#include <SFML/System/Err.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace nf::audio {
namespace {

// SFML reports file errors on sf::err(); we say them once, in our own words, so its text is
// kept out of the terminal while we call it.
class SfmlErrCapture {
public:
    SfmlErrCapture() : m_old(sf::err().rdbuf(m_text.rdbuf())) {}
    ~SfmlErrCapture() { sf::err().rdbuf(m_old); }
    SfmlErrCapture(const SfmlErrCapture&) = delete;
    SfmlErrCapture& operator=(const SfmlErrCapture&) = delete;
    std::string text() const { return m_text.str(); }

private:
    std::ostringstream m_text;
    std::streambuf* m_old;
};

} // namespace

Track renderSessionTrack(const Timeline& timeline, const CueSounds& sounds, const TrackOptions& options) {
    Track track;
    // Nothing is suspended here: the clock is ours, so the long-gap rule never applies.
    SessionOptions sessionOptions;
    sessionOptions.maxGap = Micros::max() / 4;
    Session session(timeline, sessionOptions);
    std::vector<SessionEvent> events = session.start(Micros{0});
    while (session.state() != SessionState::Finished) {
        const auto deadline = session.nextDeadline();
        if (!deadline) break;
        auto more = session.update(*deadline);
        events.insert(events.end(), more.begin(), more.end());
    }

    const std::int64_t preRoll = framesFor(options.preRoll);
    CueScheduler scheduler(sounds);
    Mixer mixer;
    std::int64_t end = 0;
    for (const SessionEvent& e : events) {
        if (e.type == EventType::SessionEnd) track.sessionLength = e.t;
        const Cue cue = cueFor(e, timeline);
        if (cue.tone == ToneKind::None && cue.speech.empty()) continue;
        const std::int64_t frame = preRoll + framesFor(e.t);
        const auto placed = scheduler.place(
            cue, frame, e.type == EventType::SessionEnd ? SpeechPolicy::MustPlay : SpeechPolicy::MayDrop);
        for (const Placement& p : placed) {
            mixer.add(p.frame, p.sound);
            end = std::max(end, p.frame + static_cast<std::int64_t>(p.sound->size()));
        }
        track.cues.push_back({e.type, e.t, frame, cue});
    }
    end = std::max(end, preRoll + framesFor(track.sessionLength));
    track.samples.resize(static_cast<std::size_t>(end + framesFor(options.tail)));
    mixer.render(track.samples);
    return track;
}

std::optional<std::string> trackFormat(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".wav" || ext == ".ogg" || ext == ".flac") return ext.substr(1);
    return std::nullopt;
}

void writeTrack(const std::filesystem::path& path, const Samples& samples) {
    const auto format = trackFormat(path);
    if (!format)
        throw TrackWriteError("cannot write '" + path.string() +
                              "': the extension must be .wav, .ogg or .flac");
    if (std::filesystem::is_directory(path))
        throw TrackWriteError("cannot write '" + path.string() + "': it is a folder");
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    // SFML picks the encoder by extension, so the temporary name keeps it.
    const std::filesystem::path temp =
        dir / ("." + path.stem().string() + ".part" + std::to_string(::getpid()) + "." + *format);
    {
        // Probe with a plain open first: it gives the system's reason (no such folder,
        // permission denied), which SFML does not.
        std::ofstream probe(temp, std::ios::binary);
        if (!probe)
            throw TrackWriteError("cannot write '" + path.string() + "': " + std::strerror(errno));
    }
    {
        SfmlErrCapture capture;
        sf::OutputSoundFile file;
        if (!file.openFromFile(temp.string(), kSampleRate, 1)) {
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            throw TrackWriteError("cannot write '" + path.string() + "': the " + *format +
                                  " encoder refused it");
        }
        std::vector<std::int16_t> pcm(8192);
        for (std::size_t i = 0; i < samples.size(); i += pcm.size()) {
            const std::size_t n = std::min(pcm.size(), samples.size() - i);
            toPcm16(std::span<const float>(samples).subspan(i, n), pcm.data());
            file.write(pcm.data(), n);
        }
    } // the file's header is completed when it closes
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        throw TrackWriteError("cannot write '" + path.string() + "': " + ec.message());
    }
}

} // namespace nf::audio
