#include "AudioTestUtil.hpp"

#include "app/audio/CueSounds.hpp"
#include "app/audio/Speech.hpp"
#include "app/audio/Tones.hpp"
#include "core/Cues.hpp"
#include "core/Timeline.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

namespace nf::audio {
namespace {

const SpeechEngine& engine() {
    const SpeechEngine* e = SpeechEngine::shared();
    if (!e)
        throw std::runtime_error("espeak-ng did not start: " + SpeechEngine::problem());
    return *e;
}

TEST(Speech, EngineStartsWithTheInstalledData) {
    ASSERT_NE(SpeechEngine::shared(), nullptr) << SpeechEngine::problem();
    EXPECT_GT(engine().nativeSampleRate(), 0);
}

TEST(Speech, APhraseIsAudibleAndAboutAsLongAsSpoken) {
    const Samples s = engine().synthesize("Toes up, look up");
    const double secs = static_cast<double>(s.size()) / kSampleRate;
    EXPECT_GT(secs, 0.5);
    EXPECT_LT(secs, 2.5);
    EXPECT_NEAR(peakWindowRms(s), kCueLoudness, kCueLoudness * 0.35f);
}

TEST(Speech, PaddingIsTrimmedSoWordsStartAtOnce) {
    const Samples s = engine().synthesize("Rest");
    ASSERT_FALSE(s.empty());
    // Sound within the first 15 ms: the phrase begins where it is placed.
    float early = 0.0f;
    for (std::size_t i = 0; i < kSampleRate * 15 / 1000; ++i)
        early = std::max(early, std::abs(s[i]));
    EXPECT_GT(early, 0.002f);
}

TEST(Speech, EndsAtZero) {
    const Samples s = engine().synthesize("Well done. Session complete.");
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(s.front(), 0.0f);
    EXPECT_EQ(s.back(), 0.0f);
}

TEST(Speech, EmptyTextIsEmpty) {
    EXPECT_TRUE(engine().synthesize("").empty());
}

TEST(Speech, DifferentPhrasesSoundDifferent) {
    EXPECT_NE(engine().synthesize("Point toes, chin down").size(),
              engine().synthesize("Toes up, look up").size());
}

// Every phrase every built-in routine can say, on both legs, is produced and is not silence.
TEST(Speech, EveryPhraseOfEveryBuiltinRoutineIsSpoken) {
    const auto routines = test::builtinRoutines();
    ASSERT_GE(routines.size(), 4u);
    int phrases = 0;
    for (const Routine& r : routines) {
        const Timeline timeline(r, SideChoice::Both);
        for (const std::string& text : allSpokenTexts(timeline)) {
            const Samples s = engine().synthesize(text);
            const double secs = static_cast<double>(s.size()) / kSampleRate;
            EXPECT_GT(secs, 0.15) << r.id << ": \"" << text << "\"";
            // A set-up said in a lead-in is long; the step is made as long as the estimate.
            EXPECT_LT(secs, std::max(12.0, spokenSeconds(text))) << r.id << ": \"" << text << "\"";
            EXPECT_GT(test::rms(s), 0.02) << r.id << ": \"" << text << "\"";
            ++phrases;
        }
    }
    EXPECT_GT(phrases, 20);
}

// A posture's words are heard within its hold, after its tone: words that run on would sound
// over the next posture's tone and be heard as the wrong movement. Checked for every built-in
// routine at its own dose, with the "Last rep" and "Set two of three" the session adds.
TEST(Speech, EveryPostureIsSaidWithinItsHold) {
    int checked = 0;
    for (const Routine& r : test::builtinRoutines()) {
        const Timeline timeline(r, SideChoice::Both);
        std::set<std::string> seen;
        for (std::size_t i = 0; i < timeline.size(); ++i) {
            const Step& st = timeline[i];
            if (st.kind != StepKind::Phase)
                continue;
            SessionEvent e;
            e.type = EventType::StepStart;
            e.step = i;
            const Cue cue = cueFor(e, timeline);
            if (cue.speech.empty() || !seen.insert(cue.speech).second)
                continue;
            const double tone =
                static_cast<double>(synthesizeTone(cue.tone, cue.posture).size()) / kSampleRate;
            const double words =
                static_cast<double>(engine().synthesize(cue.speech).size()) / kSampleRate;
            EXPECT_LE(tone + words, toSeconds(st.duration))
                << r.id << ": \"" << cue.speech << "\" takes " << tone << " + " << words
                << " s in a " << toSeconds(st.duration) << " s hold";
            ++checked;
        }
    }
    EXPECT_GT(checked, 10);
}

TEST(Speech, CueSoundsPrepareEveryPhraseOfTheSession) {
    const Timeline timeline(test::builtinRoutines().front(), SideChoice::Both);
    const CueSounds sounds(timeline, AudioMode::VoiceAndTones, &engine());
    for (const std::string& text : allSpokenTexts(timeline))
        EXPECT_NE(sounds.speech(text), nullptr) << text;
}

TEST(Speech, CueSoundsMadeInTheBackgroundAreTheSameInWhateverOrderAsked) {
    const Timeline timeline(test::builtinRoutines().front(), SideChoice::Both);
    const CueSounds sounds(timeline, AudioMode::VoiceAndTones, &engine());
    std::vector<std::string> texts = allSpokenTexts(timeline);
    ASSERT_GT(texts.size(), 3u);
    // The last phrase first: the asker waits for every sound before it to be made.
    std::reverse(texts.begin(), texts.end());
    for (const std::string& text : texts) {
        const SoundPtr made = sounds.speech(text);
        ASSERT_NE(made, nullptr) << text;
        // The same phrase, as long within 3 %: espeak-ng's output varies a little with what it
        // said before, and the trimming of the silence at the ends with it.
        const auto alone = static_cast<double>(engine().synthesize(text).size());
        EXPECT_NEAR(static_cast<double>(made->size()), alone, 0.03 * alone) << text;
    }
    EXPECT_EQ(*sounds.tone(ToneKind::Start), synthesizeTone(ToneKind::Start));
    EXPECT_EQ(*sounds.tone(ToneKind::Posture, 0), synthesizeTone(ToneKind::Posture, 0));
    // Asked from two threads at once, each gets the one sound.
    SoundPtr a, b;
    std::thread other([&] { a = sounds.speech(texts.front()); });
    b = sounds.speech(texts.front());
    other.join();
    EXPECT_EQ(a, b);
}

TEST(Speech, CueSoundsDroppedBeforeTheyAreMadeStopCleanly) {
    const Timeline timeline(test::builtinRoutines().front(), SideChoice::Both);
    for (int i = 0; i < 20; ++i) {
        const CueSounds sounds(timeline, AudioMode::VoiceAndTones, &engine());
        if (i % 2 == 0) {
            EXPECT_NE(sounds.tone(ToneKind::Tick), nullptr);
        }
    }
}

TEST(Speech, TonesOnlyPreparesNoSpeech) {
    const Timeline timeline(test::builtinRoutines().front(), SideChoice::Right);
    const CueSounds sounds(timeline, AudioMode::TonesOnly, &engine());
    EXPECT_FALSE(sounds.speaks());
    EXPECT_NE(sounds.tone(ToneKind::Posture, 0), nullptr);
}

TEST(Speech, WithoutAnEngineVoiceModeFallsBackToTones) {
    const Timeline timeline(test::builtinRoutines().front(), SideChoice::Right);
    const CueSounds sounds(timeline, AudioMode::VoiceAndTones, nullptr);
    EXPECT_FALSE(sounds.speaks());
    EXPECT_NE(sounds.tone(ToneKind::Posture, 1), nullptr);
    EXPECT_NE(sounds.tone(ToneKind::SessionEnd), nullptr);
}

TEST(Speech, SilentModePreparesNothing) {
    const Timeline timeline(test::builtinRoutines().front(), SideChoice::Right);
    const CueSounds sounds(timeline, AudioMode::Silent, &engine());
    EXPECT_EQ(sounds.tone(ToneKind::Posture, 0), nullptr);
    EXPECT_FALSE(sounds.speaks());
}

TEST(Resample, DoublingKeepsLengthAndValues) {
    const Samples in{0.0f, 1.0f, 0.0f, -1.0f};
    const Samples out = resample(in, 11025, 22050);
    ASSERT_EQ(out.size(), 7u);
    EXPECT_FLOAT_EQ(out[1], 0.5f);
    EXPECT_FLOAT_EQ(out[2], 1.0f);
    EXPECT_FLOAT_EQ(out[6], -1.0f);
}

TEST(Resample, SameRateIsUnchanged) {
    const Samples in{0.1f, 0.2f};
    EXPECT_EQ(resample(in, 22050, 22050), in);
}

} // namespace
} // namespace nf::audio
