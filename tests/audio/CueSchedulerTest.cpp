#include "app/audio/CueScheduler.hpp"
#include "app/audio/Speech.hpp"

#include <gtest/gtest.h>

namespace nf::audio {
namespace {

Routine twoPostures() {
    Routine r;
    r.id = "t";
    r.leadInSeconds = 2.0;
    Exercise ex;
    ex.phases = {{"Down", "Down", 3.0, HoldKind::Adjustable, ""},
                 {"Up", "Up", 3.0, HoldKind::Adjustable, ""}};
    ex.reps = 2;
    ex.sets = 2;
    ex.restSeconds = 3.0;
    r.exercises = {ex};
    return r;
}

// Tones only: the speech rules are tested with phrases injected through a fake bank below.
struct Fixture : ::testing::Test {
    Timeline timeline{twoPostures(), SideChoice::Right};
    CueSounds sounds{timeline, AudioMode::TonesOnly, nullptr};
};

using CueSchedulerTones = Fixture;

TEST_F(CueSchedulerTones, ToneStartsAtItsBoundaryToTheSample) {
    CueScheduler s(sounds);
    const auto p = s.place({ToneKind::Posture, 1, ""}, 12345);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].frame, 12345);
    EXPECT_EQ(p[0].sound, sounds.tone(ToneKind::Posture, 1));
    EXPECT_EQ(p[0].layer, Layer::Tone);
}

TEST_F(CueSchedulerTones, TwoTonesAtOneBoundaryPlayInTurn) {
    CueScheduler s(sounds);
    const auto a = s.place({ToneKind::SetDone, 0, ""}, 1000);
    const auto b = s.place({ToneKind::Switch, 0, ""}, 1000);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].frame, 1000 + static_cast<std::int64_t>(a[0].sound->size()));
}

TEST_F(CueSchedulerTones, TonesAtDifferentBoundariesMayOverlap) {
    CueScheduler s(sounds);
    s.place({ToneKind::SessionEnd, 0, ""}, 1000);
    const auto b = s.place({ToneKind::Tick, 0, ""}, 2000);
    EXPECT_EQ(b[0].frame, 2000);
}

TEST_F(CueSchedulerTones, SpeechWithoutPreparedPhraseIsLeftOut) {
    CueScheduler s(sounds);
    EXPECT_TRUE(s.place({ToneKind::None, 0, "Rest"}, 500).empty());
}

// With real phrases, to test the speech queue.
struct Speaking : ::testing::Test {
    Timeline timeline{twoPostures(), SideChoice::Right};
    std::unique_ptr<CueSounds> sounds;
    void SetUp() override {
        // The real engine makes the phrases; their lengths are read back, never assumed.
        sounds =
            std::make_unique<CueSounds>(timeline, AudioMode::VoiceAndTones, SpeechEngine::shared());
        if (!sounds->speaks())
            GTEST_SKIP() << "espeak-ng is not available here";
    }
    std::int64_t len(const std::string& text) const {
        return static_cast<std::int64_t>(sounds->speech(text)->size());
    }
    std::int64_t toneLen(ToneKind k, int posture = 0) const {
        return static_cast<std::int64_t>(sounds->tone(k, posture)->size());
    }
};

TEST_F(Speaking, PhraseFollowsTheToneOfItsBoundary) {
    CueScheduler s(*sounds);
    const auto p = s.place({ToneKind::Posture, 0, "Down"}, 1000);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].frame, 1000);
    EXPECT_EQ(p[1].layer, Layer::Speech);
    EXPECT_EQ(p[1].frame, 1000 + toneLen(ToneKind::Posture, 0));
}

TEST_F(Speaking, PhraseWithoutToneStartsAtItsBoundary) {
    CueScheduler s(*sounds);
    const auto p = s.place({ToneKind::None, 0, "Rest"}, 777);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].frame, 777);
}

TEST_F(Speaking, OverlappingPhraseQueuesBehindThePrevious) {
    CueScheduler s(*sounds);
    s.place({ToneKind::None, 0, "Down"}, 0);
    const auto p = s.place({ToneKind::None, 0, "Up"}, 100);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].frame, len("Down") + CueScheduler::kSpeechGap);
}

TEST_F(Speaking, TooLatePhraseIsDroppedButItsToneStays) {
    CueScheduler s(*sounds);
    // Boundaries one frame apart: each phrase waits for the ones before, until the wait passes
    // the limit and the phrase is left out.
    std::vector<Placement> p;
    for (std::int64_t at = 0; at < 40; ++at) {
        p = s.place({ToneKind::Posture, 0, "Up"}, at);
        if (p.size() == 1)
            break;
    }
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].layer, Layer::Tone);
}

TEST_F(Speaking, MustPlayPhraseIsKeptHoweverLate) {
    CueScheduler s(*sounds);
    for (int i = 0; i < 10; ++i)
        s.place({ToneKind::None, 0, "Down"}, i);
    const auto p =
        s.place({ToneKind::None, 0, "Well done. Session complete."}, 10, SpeechPolicy::MustPlay);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_GT(p[0].frame - 10, CueScheduler::kMaxSpeechDelay);
}

TEST_F(Speaking, InterruptForgetsTheQueue) {
    CueScheduler s(*sounds);
    s.place({ToneKind::None, 0, "Down"}, 0);
    s.interrupt(50);
    const auto p = s.place({ToneKind::None, 0, "Paused"}, 50);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].frame, 50);
}

} // namespace
} // namespace nf::audio
