#include "app/audio/Track.hpp"

#include "app/Files.hpp"
#include "app/audio/CueScheduler.hpp"
#include "app/audio/Mixer.hpp"
#include "core/Session.hpp"

#include <SFML/Audio/InputSoundFile.hpp>
#include <SFML/Audio/OutputSoundFile.hpp>
#include <SFML/System/Err.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
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

Track renderSessionTrack(const Timeline& timeline, const CueSounds& sounds,
                         const TrackOptions& options) {
    Track track;
    // Nothing is suspended here: the clock is ours, so the long-gap rule never applies.
    SessionOptions sessionOptions;
    sessionOptions.maxGap = Micros::max() / 4;
    sessionOptions.maxStall = sessionOptions.maxGap;
    Session session(timeline, sessionOptions);
    std::vector<SessionEvent> events = session.start(Micros{0});
    while (session.state() != SessionState::Finished) {
        const auto deadline = session.nextDeadline();
        if (!deadline)
            break;
        auto more = session.update(*deadline);
        events.insert(events.end(), more.begin(), more.end());
    }

    const std::int64_t preRoll = framesFor(options.preRoll);
    CueScheduler scheduler(sounds);
    Mixer mixer;
    std::int64_t end = 0;
    for (const SessionEvent& e : events) {
        if (e.type == EventType::SessionEnd)
            track.sessionLength = e.t;
        const Cue cue = cueFor(e, timeline);
        if (cue.tone == ToneKind::None && cue.speech.empty())
            continue;
        const std::int64_t frame = preRoll + framesFor(e.t);
        const auto placed = scheduler.place(
            cue, frame,
            e.type == EventType::SessionEnd ? SpeechPolicy::MustPlay : SpeechPolicy::MayDrop);
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
    if (ext == ".wav" || ext == ".ogg" || ext == ".flac")
        return ext.substr(1);
    return std::nullopt;
}

namespace {

void putLe(std::string& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// A 16-bit mono PCM WAV, written by us so that every write is checked (SFML's writer cannot
// say that the disk filled up, and aborts on it).
void writeWav(OutputFile& out, const Samples& samples) {
    const std::uint64_t dataBytes = samples.size() * 2;
    if (dataBytes > 0xffffffffULL - 36)
        throw std::runtime_error("the track is too long for a WAV file");
    std::string header;
    header += "RIFF";
    putLe(header, static_cast<std::uint32_t>(36 + dataBytes), 4);
    header += "WAVEfmt ";
    putLe(header, 16, 4);
    putLe(header, 1, 2); // PCM
    putLe(header, 1, 2); // mono
    putLe(header, kSampleRate, 4);
    putLe(header, kSampleRate * 2, 4);
    putLe(header, 2, 2);
    putLe(header, 16, 2);
    header += "data";
    putLe(header, static_cast<std::uint32_t>(dataBytes), 4);
    out.write(header);
    std::vector<std::int16_t> pcm(8192);
    std::string bytes;
    for (std::size_t i = 0; i < samples.size(); i += pcm.size()) {
        const std::size_t n = std::min(pcm.size(), samples.size() - i);
        toPcm16(std::span<const float>(samples).subspan(i, n), pcm.data());
        bytes.clear();
        for (std::size_t k = 0; k < n; ++k)
            putLe(bytes, static_cast<std::uint16_t>(pcm[k]), 2);
        out.write(bytes);
    }
}

// .ogg and .flac go through SFML's encoders, which write by name and report no write errors:
// the file is decoded back, and it must hold every sample.
void writeEncoded(const OutputFile& out, const Samples& samples, const std::string& format) {
    SfmlErrCapture capture;
    {
        sf::OutputSoundFile file;
        if (!file.openFromFile(out.tempPath().string(), kSampleRate, 1))
            throw std::runtime_error("the " + format + " encoder refused it");
        std::vector<std::int16_t> pcm(8192);
        for (std::size_t i = 0; i < samples.size(); i += pcm.size()) {
            const std::size_t n = std::min(pcm.size(), samples.size() - i);
            toPcm16(std::span<const float>(samples).subspan(i, n), pcm.data());
            file.write(pcm.data(), n);
        }
    } // the file's header is completed when it closes
    sf::InputSoundFile back;
    std::uint64_t read = 0;
    if (back.openFromFile(out.tempPath().string())) {
        std::vector<std::int16_t> pcm(65536);
        for (std::uint64_t n; (n = back.read(pcm.data(), pcm.size())) > 0;)
            read += n;
    }
    if (read != samples.size())
        throw std::runtime_error("the file came out incomplete (" + std::to_string(read) + " of " +
                                 std::to_string(samples.size()) + " samples; is the disk full?)");
}

} // namespace

void writeTrack(const std::filesystem::path& path, const Samples& samples) {
    const auto format = trackFormat(path);
    if (!format)
        throw TrackWriteError("cannot write '" + path.string() +
                              "': the extension must be .wav, .ogg or .flac");
    try {
        OutputFile out(path);
        if (*format == "wav")
            writeWav(out, samples);
        else
            writeEncoded(out, samples, *format);
        out.commit();
    } catch (const std::runtime_error& e) {
        std::string why = e.what();
        // OutputFile's messages already start with the path.
        const std::string prefix = path.string() + ": ";
        if (why.rfind(prefix, 0) == 0)
            why.erase(0, prefix.size());
        throw TrackWriteError("cannot write '" + path.string() + "': " + why);
    }
}

} // namespace nf::audio
