#include "AudioTestUtil.hpp"

#include "app/audio/CuePlayer.hpp"
#include "app/audio/Speech.hpp"
#include "app/audio/Tones.hpp"
#include "core/Session.hpp"

#include <gtest/gtest.h>

namespace nf::audio {
namespace {

Routine oneRep() {
    Routine r;
    r.id = "t";
    r.leadInSeconds = 1.0;
    Exercise ex;
    ex.phases = {{"Down", "Down", 1.0, HoldKind::Adjustable, ""}, {"Up", "Up", 1.0, HoldKind::Adjustable, ""}};
    r.exercises = {ex};
    return r;
}

struct CuePlayerTest : ::testing::Test {
    Timeline timeline{oneRep(), SideChoice::Right};

    SessionEvent stepStart(std::size_t step, Micros t) {
        SessionEvent e;
        e.type = EventType::StepStart;
        e.step = step;
        e.t = t;
        return e;
    }
    // Pulls `seconds` of the player's output, as the device would.
    static Samples pull(CuePlayer& p, double seconds) {
        Samples out(static_cast<std::size_t>(seconds * kSampleRate));
        p.mixer().render(out);
        return out;
    }
    // Where the first sound starts: every cue's first sample is exactly zero (its attack starts
    // there), so a sound placed at frame f is first non-zero at f + 1.
    static std::int64_t firstSound(const Samples& s) {
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i] != 0.0f) return static_cast<std::int64_t>(i) - 1;
        return -1;
    }
};

TEST_F(CuePlayerTest, FirstCueWaitsForThePreRoll) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    p.onEvents({stepStart(1, Micros{0})}, timeline, Micros{0});
    EXPECT_EQ(firstSound(pull(p, 1.0)), framesFor(CuePlayer::kPreRoll));
}

TEST_F(CuePlayerTest, LaterCueStartsAtTheWriteHead) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    pull(p, 1.0); // the output has played a second
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    EXPECT_EQ(firstSound(pull(p, 0.5)), 0);
}

TEST_F(CuePlayerTest, PostureToneIsTheRightOne) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    pull(p, 1.0);
    p.onEvents({stepStart(2, std::chrono::seconds(2))}, timeline, std::chrono::seconds(2));
    const Samples s = pull(p, 0.22);
    EXPECT_NEAR(test::dominantFrequency(s), postureFrequency(1), 3.0);
}

TEST_F(CuePlayerTest, MutedPlayerIsSilentAndComesBack) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, true}, nullptr, PlayerOutput::Detached);
    pull(p, 1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    EXPECT_EQ(firstSound(pull(p, 0.5)), -1);
    p.setMuted(false);
    p.onEvents({stepStart(2, std::chrono::seconds(2))}, timeline, std::chrono::seconds(2));
    EXPECT_EQ(firstSound(pull(p, 0.5)), 0);
}

TEST_F(CuePlayerTest, MuteFadesOutWhatIsSounding) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    pull(p, 1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    pull(p, 0.05);
    p.setMuted(true);
    const Samples rest = pull(p, 0.2);
    // Silent after the 20 ms fade, although the tone had 170 ms to go.
    const std::size_t fade = kSampleRate * 21 / 1000;
    EXPECT_EQ(firstSound(Samples(rest.begin() + static_cast<std::ptrdiff_t>(fade), rest.end())), -1);
    EXPECT_GT(std::abs(rest[0]) + std::abs(rest[1]) + std::abs(rest[2]), 0.0f);
}

TEST_F(CuePlayerTest, VolumeScalesTheOutput) {
    CuePlayer loud(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    CuePlayer soft(timeline, {AudioMode::TonesOnly, 50, false}, nullptr, PlayerOutput::Detached);
    for (CuePlayer* p : {&loud, &soft}) {
        pull(*p, 1.0);
        p->onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    }
    EXPECT_NEAR(test::rms(pull(soft, 0.2)) / test::rms(pull(loud, 0.2)), 0.25, 0.01);
}

TEST_F(CuePlayerTest, StaleEventsAfterAStallStaySilent) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    pull(p, 1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(3));
    EXPECT_EQ(firstSound(pull(p, 0.5)), -1);
}

TEST_F(CuePlayerTest, TheEndIsHeardEvenLate) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    pull(p, 1.0);
    SessionEvent end;
    end.type = EventType::SessionEnd;
    end.step = 2;
    end.t = std::chrono::seconds(1);
    p.onEvents({end}, timeline, std::chrono::seconds(3));
    EXPECT_EQ(firstSound(pull(p, 0.5)), 0);
}

TEST_F(CuePlayerTest, PauseCutsTheQueuedWords) {
    if (!SpeechEngine::shared()) GTEST_SKIP() << SpeechEngine::problem();
    CuePlayer p(timeline, {AudioMode::VoiceAndTones, 100, false}, SpeechEngine::shared(),
                PlayerOutput::Detached);
    pull(p, 1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    // Tone, then "Down" queued behind it; 0.1 s of the tone is heard before the pause.
    pull(p, 0.1);
    SessionEvent pause;
    pause.type = EventType::Paused;
    pause.step = 1;
    pause.t = std::chrono::milliseconds(1100);
    p.onEvents({pause}, timeline, std::chrono::milliseconds(1100));
    // "Down" is forgotten; the tone fades out and "Paused" is said at once.
    EXPECT_EQ(p.mixer().pendingSounds(), 2u);
    const Samples after = pull(p, 0.6);
    EXPECT_NE(after[0], 0.0f); // the tone, fading
    EXPECT_GT(test::rms(std::span<const float>(after).subspan(kSampleRate / 10)), 0.02);
}

TEST_F(CuePlayerTest, DeviceOutputOpensOnTheNullDriver) {
    // The tests run with ALSOFT_DRIVERS=null: a working device that plays nothing.
    CuePlayer p(timeline, {AudioMode::TonesOnly, 80, false}, nullptr, PlayerOutput::Device);
    EXPECT_TRUE(p.audible()) << AudioOutput::problem();
    p.onEvents({stepStart(0, Micros{0})}, timeline, Micros{0});
}

TEST_F(CuePlayerTest, SilentModeOpensNoDevice) {
    CuePlayer p(timeline, {AudioMode::Silent, 80, false}, nullptr, PlayerOutput::Device);
    EXPECT_FALSE(p.audible());
}

TEST_F(CuePlayerTest, AWholeSessionDrivenByTheSessionPlaysEveryTone) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, PlayerOutput::Detached);
    Session session(timeline);
    Samples heard;
    auto run = [&](std::vector<SessionEvent> events, Micros now) {
        p.onEvents(events, timeline, now);
    };
    run(session.start(Micros{0}), Micros{0});
    Micros now{0};
    while (session.state() != SessionState::Finished) {
        const Micros next = *session.nextDeadline();
        Samples block(static_cast<std::size_t>(framesFor(next - now)));
        p.mixer().render(block);
        heard.insert(heard.end(), block.begin(), block.end());
        now = next;
        run(session.update(now), now);
    }
    Samples tail(2 * kSampleRate);
    p.mixer().render(tail);
    heard.insert(heard.end(), tail.begin(), tail.end());
    const auto onsets = test::findOnsets(test::toPcm(heard), kSampleRate);
    // Start (delayed by the pre-roll), lead-in... no tick (1 s), two postures, the end.
    ASSERT_EQ(onsets.size(), 4u);
    EXPECT_NEAR(static_cast<double>(onsets[0]), static_cast<double>(framesFor(CuePlayer::kPreRoll)), 22);
    EXPECT_NEAR(static_cast<double>(onsets[1]), kSampleRate * 1.0, 22);
    EXPECT_NEAR(static_cast<double>(onsets[2]), kSampleRate * 2.0, 22);
    EXPECT_NEAR(static_cast<double>(onsets[3]), kSampleRate * 3.0, 22);
}

} // namespace
} // namespace nf::audio
