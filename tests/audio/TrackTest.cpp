// The exported track: every cue must start at its planned instant, found by listening to the
// samples (energy onsets), not by trusting what the renderer reports.

#include "AudioTestUtil.hpp"

#include "app/audio/CueScheduler.hpp"
#include "app/audio/Speech.hpp"
#include "app/audio/Track.hpp"
#include "core/SelfCheck.hpp"
#include "core/Timeline.hpp"

#include <gtest/gtest.h>

#include <set>
#include <unistd.h>

namespace nf::audio {
namespace {

constexpr std::int64_t kOneMs = kSampleRate / 1000; // 22 samples

// The short dose: --reps 2 --sets 2 --rest 3 --lead-in 2, hold 3 s.
// The set-up is shown but not spoken unless `spoken`: then the lead-in holds its words too.
Routine shortFloss(double rest = 3.0, bool spoken = false) {
    for (const Routine& r : test::builtinRoutines())
        if (r.id == "nerve-floss") {
            Dose d;
            d.reps = 2;
            d.sets = 2;
            d.restSeconds = rest;
            d.leadInSeconds = 2.0;
            Routine out = applyDose(r, d);
            out.setupSpoken = spoken;
            return out;
        }
    throw std::runtime_error("no nerve-floss routine");
}

// Where a tone must start, worked out from the timeline alone (not from Session or cueFor): the
// lead-in, every posture, every switch or transition, a set's end when more follows, the last
// three seconds of each lead-in and rest (and of holds of 20 s or more), and the end.
std::vector<std::int64_t> plannedToneFrames(const Timeline& t) {
    std::set<Micros::rep> at;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const Step& s = t[i];
        if (s.kind != StepKind::Rest)
            at.insert(s.start.count());
        const bool ticks = s.kind != StepKind::Phase || s.duration >= std::chrono::seconds(20);
        const auto whole = (s.duration.count() + 999'999) / 1'000'000;
        for (long k = 1; ticks && k <= std::min<long>(3, whole - 1); ++k)
            at.insert((s.end() - std::chrono::seconds(k)).count());
        const bool endsSet =
            s.kind == StepKind::Phase && s.rep == s.reps && s.phase == t.phaseCount(s) - 1;
        if (endsSet && i + 1 < t.size())
            at.insert(s.end().count());
    }
    at.insert(t.total().count());
    std::vector<std::int64_t> frames;
    for (auto us : at)
        frames.push_back(framesFor(Micros{us}));
    return frames;
}

std::filesystem::path tempPath(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("nf-track-" + std::to_string(::getpid()) + "-" + name);
}

struct Written {
    test::Pcm pcm;
    Track track;
};

Written renderAndRead(const Timeline& timeline, AudioMode mode, const std::string& file,
                      TrackOptions options = {}) {
    const CueSounds sounds(timeline, mode, SpeechEngine::shared());
    Written w{{}, renderSessionTrack(timeline, sounds, options)};
    const auto path = tempPath(file);
    writeTrack(path, w.track.samples);
    w.pcm = test::readPcm(path);
    std::filesystem::remove(path);
    return w;
}

TEST(Track, TonesOnlyOnsetsFallAtThePlannedSamples) {
    const Timeline timeline(shortFloss(), SideChoice::Right);
    const Written w = renderAndRead(timeline, AudioMode::TonesOnly, "tones.wav");
    ASSERT_EQ(w.pcm.sampleRate, static_cast<unsigned>(kSampleRate));
    ASSERT_EQ(w.pcm.channels, 1u);
    const auto onsets = test::findOnsets(w.pcm.samples, w.pcm.sampleRate);
    const auto planned = plannedToneFrames(timeline);
    // 2 s lead-in, 8 postures, one set's chime, 2 rest ticks, 1 lead-in tick, the end.
    EXPECT_EQ(planned.size(), 14u);
    ASSERT_EQ(onsets.size(), planned.size());
    std::int64_t worst = 0;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        EXPECT_LE(std::abs(onsets[i] - planned[i]), kOneMs)
            << "cue " << i << " planned at sample " << planned[i] << ", heard at " << onsets[i];
        worst = std::max(worst, std::abs(onsets[i] - planned[i]));
    }
    RecordProperty("worst_onset_error_samples", static_cast<int>(worst));
}

TEST(Track, VoiceAndTonesKeepsEveryToneOnTime) {
    if (!SpeechEngine::shared())
        GTEST_SKIP() << SpeechEngine::problem();
    // A rest long enough to say "Rest. Next, set two of two." before its last three seconds
    // tick: with a 3 s rest the words would still be sounding over the ticks, and an onset can
    // only be found after silence.
    // With the voice on, the lead-in says its set-up before its countdown, as the app runs it.
    const Timeline timeline(shortFloss(10.0, true), SideChoice::Right);
    const Written w = renderAndRead(timeline, AudioMode::VoiceAndTones, "voice.wav");
    const auto onsets = test::findOnsets(w.pcm.samples, w.pcm.sampleRate);
    // Speech adds onsets of its own (after the tones, between words); every planned tone must
    // still be heard on time.
    for (std::int64_t planned : plannedToneFrames(timeline)) {
        const auto near = std::find_if(onsets.begin(), onsets.end(), [&](std::int64_t o) {
            return std::abs(o - planned) <= kOneMs;
        });
        EXPECT_NE(near, onsets.end()) << "no onset within 1 ms of sample " << planned;
    }
    EXPECT_GT(onsets.size(), plannedToneFrames(timeline).size());
}

TEST(Track, SpeechIsHeardAfterThePostureTone) {
    if (!SpeechEngine::shared())
        GTEST_SKIP() << SpeechEngine::problem();
    const Timeline timeline(shortFloss(), SideChoice::Right);
    const Written w = renderAndRead(timeline, AudioMode::VoiceAndTones, "speech.wav");
    // The first posture starts after the spoken lead-in; its 0.22 s tone is followed by its words.
    const Micros first = timeline[1].start;
    const std::int64_t from = framesFor(first + std::chrono::milliseconds(250));
    const std::int64_t to = framesFor(first + std::chrono::milliseconds(1000));
    std::vector<float> words;
    for (std::int64_t i = from; i < to; ++i)
        words.push_back(w.pcm.samples[static_cast<std::size_t>(i)] / 32768.0f);
    EXPECT_GT(test::rms(words), 0.03);
}

TEST(Track, TheLeadInHoldsItsSetUpWordsBeforeTheCountdown) {
    if (!SpeechEngine::shared())
        GTEST_SKIP() << SpeechEngine::problem();
    const Timeline timeline(shortFloss(3.0, true),
                            SideChoice::Right); // a 2 s countdown after the words
    const Step& lead = timeline[0];
    ASSERT_EQ(lead.kind, StepKind::LeadIn);
    ASSERT_NE(lead.cue.find("Sit on the edge of a table"), std::string::npos);
    ASSERT_NE(lead.cue.find("half an hour afterwards"), std::string::npos);
    // The words as espeak-ng says them fit in the lead-in before its countdown.
    const CueSounds sounds(timeline, AudioMode::VoiceAndTones, SpeechEngine::shared());
    const SoundPtr words = sounds.speech(lead.cue);
    ASSERT_TRUE(words);
    const double spoken = static_cast<double>(words->size()) / kSampleRate;
    const double countdown = 2.0;
    EXPECT_GT(spoken, 15.0); // five set-up lines and two stop lines, not "Get ready" alone
    EXPECT_LT(spoken + 0.5, toSeconds(lead.duration) - countdown)
        << "the words need " << spoken << " s; the lead-in gives "
        << toSeconds(lead.duration) - countdown;

    // And in the samples: speech still sounding late in the words, then quiet before the first
    // tick of the countdown (one second before the first posture).
    const Written w = renderAndRead(timeline, AudioMode::VoiceAndTones, "leadin.wav");
    auto rmsBetween = [&](double a, double b) {
        std::vector<float> x;
        for (std::int64_t i = framesFor(fromSeconds(a)); i < framesFor(fromSeconds(b)); ++i)
            x.push_back(w.pcm.samples[static_cast<std::size_t>(i)] / 32768.0f);
        return test::rms(x);
    };
    EXPECT_GT(rmsBetween(spoken * 0.8, spoken * 0.9), 0.02);
    const double end = toSeconds(lead.duration);
    EXPECT_LT(rmsBetween(end - countdown + 0.3, end - 1.05), 0.002);
}

// The self-check's steps are heard, not read (the chin is on the chest): with the guide's default
// 5 s steps, every step's words start within its own step, none left out, in both legs.
TEST(Track, EverySelfCheckStepIsSpoken) {
    if (!SpeechEngine::shared())
        GTEST_SKIP() << SpeechEngine::problem();
    const Timeline timeline(selfCheckRoutine(SideChoice::Left), SideChoice::Left);
    const CueSounds sounds(timeline, AudioMode::VoiceAndTones, SpeechEngine::shared());
    const Track track = renderSessionTrack(timeline, sounds);
    // The placements as the renderer made them: each cue again through the same rule.
    CueScheduler scheduler(sounds);
    std::vector<std::string> heard;
    for (const TrackCue& c : track.cues) {
        const auto placed = scheduler.place(
            c.cue, c.frame,
            c.type == EventType::SessionEnd ? SpeechPolicy::MustPlay : SpeechPolicy::MayDrop);
        const auto step =
            std::find_if(timeline.steps().begin(), timeline.steps().end(), [&](const Step& s) {
                return s.kind == StepKind::Phase && s.start == c.at;
            });
        if (c.type != EventType::StepStart || step == timeline.steps().end())
            continue;
        for (const Placement& p : placed)
            if (p.layer == Layer::Speech && p.sound == sounds.speech(step->cue)) {
                EXPECT_LT(p.frame, framesFor(step->end())) << step->cue;
                EXPECT_LT(p.frame - c.frame, kSampleRate) << step->cue << ": starts late";
                heard.push_back(step->cue);
            }
    }
    ASSERT_EQ(heard.size(), 14u); // seven steps for each leg
    EXPECT_EQ(heard[3], "Slowly straighten your left knee. Keep the slump. Stop at your usual "
                        "symptom.");
    EXPECT_EQ(heard[4], "Pull your left toes up. Stop at your usual symptom.");
    EXPECT_EQ(heard[12], "Look up (release the neck), and notice any change");
}

TEST(Track, TheTrackCoversTheWholeSessionAndItsEnd) {
    const Timeline timeline(shortFloss(), SideChoice::Right);
    const Written w = renderAndRead(timeline, AudioMode::TonesOnly, "length.wav");
    const double seconds = static_cast<double>(w.pcm.samples.size()) / kSampleRate;
    EXPECT_GT(seconds, toSeconds(timeline.total()) + 1.5); // the end chime and the tail
    EXPECT_LT(seconds, toSeconds(timeline.total()) + 4.0);
    EXPECT_EQ(w.track.sessionLength, timeline.total());
}

TEST(Track, PreRollShiftsEveryCueByItsLength) {
    const Timeline timeline(shortFloss(), SideChoice::Right);
    TrackOptions options;
    options.preRoll = std::chrono::seconds(1);
    const Written w = renderAndRead(timeline, AudioMode::TonesOnly, "preroll.wav", options);
    const auto onsets = test::findOnsets(w.pcm.samples, w.pcm.sampleRate);
    const auto planned = plannedToneFrames(timeline);
    ASSERT_EQ(onsets.size(), planned.size());
    for (std::size_t i = 0; i < planned.size(); ++i)
        EXPECT_LE(std::abs(onsets[i] - (planned[i] + kSampleRate)), kOneMs) << i;
}

TEST(Track, BothSidesIncludeTheSwitchOnTime) {
    Routine r = shortFloss();
    r.exercises[0].sets = 1;
    const Timeline timeline(r, SideChoice::Both);
    const Written w = renderAndRead(timeline, AudioMode::TonesOnly, "both.wav");
    const auto onsets = test::findOnsets(w.pcm.samples, w.pcm.sampleRate);
    const auto planned = plannedToneFrames(timeline);
    ASSERT_EQ(onsets.size(), planned.size());
    for (std::size_t i = 0; i < planned.size(); ++i)
        EXPECT_LE(std::abs(onsets[i] - planned[i]), kOneMs) << i;
}

TEST(Track, SilentTrackIsAllZero) {
    const Timeline timeline(shortFloss(), SideChoice::Right);
    const Written w = renderAndRead(timeline, AudioMode::Silent, "silent.wav");
    EXPECT_TRUE(
        std::all_of(w.pcm.samples.begin(), w.pcm.samples.end(), [](auto v) { return v == 0; }));
    EXPECT_GE(w.pcm.samples.size(), static_cast<std::size_t>(framesFor(timeline.total())));
}

TEST(Track, OggAndFlacAreWrittenAndReadBack) {
    const Timeline timeline(shortFloss(), SideChoice::Right);
    const CueSounds sounds(timeline, AudioMode::TonesOnly, nullptr);
    const Track track = renderSessionTrack(timeline, sounds);
    for (const char* ext : {"ogg", "flac"}) {
        const auto path = tempPath(std::string("track.") + ext);
        writeTrack(path, track.samples);
        const test::Pcm pcm = test::readPcm(path);
        std::filesystem::remove(path);
        EXPECT_EQ(pcm.sampleRate, static_cast<unsigned>(kSampleRate)) << ext;
        EXPECT_NEAR(static_cast<double>(pcm.samples.size()),
                    static_cast<double>(track.samples.size()), kSampleRate * 0.05)
            << ext;
        // The first posture tone is still heard near 2 s after lossy coding.
        const auto onsets = test::findOnsets(pcm.samples, pcm.sampleRate, 200);
        EXPECT_TRUE(std::any_of(onsets.begin(), onsets.end(), [](std::int64_t o) {
            return std::abs(o - 2 * kSampleRate) < 10 * kOneMs;
        })) << ext;
    }
}

TEST(TrackWrite, UnknownExtensionIsRefused) {
    EXPECT_THROW(writeTrack(tempPath("x.mp3"), Samples(10)), TrackWriteError);
    EXPECT_FALSE(trackFormat("a.mp3"));
    EXPECT_EQ(trackFormat("A.WAV"), "wav");
}

TEST(TrackWrite, MissingFolderIsRefusedAndLeavesNothing) {
    const auto path = tempPath("no-such-folder") / "x.wav";
    EXPECT_THROW(writeTrack(path, Samples(10)), TrackWriteError);
    EXPECT_FALSE(std::filesystem::exists(path.parent_path()));
}

TEST(TrackWrite, NoTemporaryFileIsLeftBehind) {
    const auto dir = tempPath("dir");
    std::filesystem::create_directories(dir);
    writeTrack(dir / "ok.wav", Samples(100, 0.1f));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir))
        ++files;
    EXPECT_EQ(files, 1u);
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace nf::audio
