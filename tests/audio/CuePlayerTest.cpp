#include "AudioTestUtil.hpp"

#include "app/audio/CuePlayer.hpp"
#include "app/audio/LiveAudio.hpp"
#include "app/audio/Speech.hpp"
#include "app/audio/Tones.hpp"
#include "core/Session.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace nf::audio {
namespace {

Routine oneRep() {
    Routine r;
    r.id = "t";
    r.leadInSeconds = 1.0;
    Exercise ex;
    ex.phases = {{"Down", "Down", 1.0, HoldKind::Adjustable, ""},
                 {"Up", "Up", 1.0, HoldKind::Adjustable, ""}};
    r.exercises = {ex};
    return r;
}

struct CuePlayerTest : ::testing::Test {
    Timeline timeline{oneRep(), SideChoice::Right};
    Mixer mixer; // the process's one mixer, pulled here as the device would

    SessionEvent stepStart(std::size_t step, Micros t) {
        SessionEvent e;
        e.type = EventType::StepStart;
        e.step = step;
        e.t = t;
        return e;
    }
    // Pulls `seconds` of the output, as the device would.
    Samples pull(double seconds) {
        Samples out(static_cast<std::size_t>(seconds * kSampleRate));
        mixer.render(out);
        return out;
    }
    SessionEvent sessionEnd(Micros t) {
        SessionEvent e;
        e.type = EventType::SessionEnd;
        e.step = 2;
        e.t = t;
        return e;
    }
    // Where the first sound starts: every cue's first sample is exactly zero (its attack starts
    // there), so a sound placed at frame f is first non-zero at f + 1.
    static std::int64_t firstSound(const Samples& s) {
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i] != 0.0f)
                return static_cast<std::int64_t>(i) - 1;
        return -1;
    }
};

TEST_F(CuePlayerTest, FirstCueWaitsForThePreRoll) {
    mixer.keepQuietUntil(framesFor(LiveAudio::kPreRoll)); // as a device just opened asks
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    p.onEvents({stepStart(1, Micros{0})}, timeline, Micros{0});
    EXPECT_EQ(firstSound(pull(1.0)), framesFor(LiveAudio::kPreRoll));
}

TEST_F(CuePlayerTest, LaterCueStartsAtTheWriteHead) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    pull(1.0); // the output has played a second
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    EXPECT_EQ(firstSound(pull(0.5)), 0);
}

TEST_F(CuePlayerTest, PostureToneIsTheRightOne) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    pull(1.0);
    p.onEvents({stepStart(2, std::chrono::seconds(2))}, timeline, std::chrono::seconds(2));
    const Samples s = pull(0.22);
    EXPECT_NEAR(test::dominantFrequency(s), postureFrequency(1), 3.0);
}

TEST_F(CuePlayerTest, MutedPlayerIsSilentAndComesBack) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, true}, nullptr, mixer);
    pull(1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    EXPECT_EQ(firstSound(pull(0.5)), -1);
    p.setMuted(false);
    p.onEvents({stepStart(2, std::chrono::seconds(2))}, timeline, std::chrono::seconds(2));
    EXPECT_EQ(firstSound(pull(0.5)), 0);
}

TEST_F(CuePlayerTest, MuteFadesOutWhatIsSounding) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    pull(1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    pull(0.05);
    p.setMuted(true);
    const Samples rest = pull(0.2);
    // Silent after the 20 ms fade, although the tone had 170 ms to go.
    const std::size_t fade = kSampleRate * 21 / 1000;
    EXPECT_EQ(firstSound(Samples(rest.begin() + static_cast<std::ptrdiff_t>(fade), rest.end())),
              -1);
    EXPECT_GT(std::abs(rest[0]) + std::abs(rest[1]) + std::abs(rest[2]), 0.0f);
}

TEST_F(CuePlayerTest, VolumeScalesTheOutput) {
    Mixer other;
    CuePlayer loud(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    CuePlayer soft(timeline, {AudioMode::TonesOnly, 50, false}, nullptr, other);
    Samples second(kSampleRate), a(kSampleRate / 5), b(kSampleRate / 5);
    mixer.render(second);
    other.render(second);
    loud.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    soft.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    mixer.render(a);
    other.render(b);
    EXPECT_NEAR(test::rms(b) / test::rms(a), 0.25, 0.01);
}

TEST_F(CuePlayerTest, StaleEventsAfterAStallStaySilent) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    pull(1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(3));
    EXPECT_EQ(firstSound(pull(0.5)), -1);
}

TEST_F(CuePlayerTest, TheEndIsHeardEvenLate) {
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    pull(1.0);
    p.onEvents({sessionEnd(std::chrono::seconds(1))}, timeline, std::chrono::seconds(3));
    EXPECT_EQ(firstSound(pull(0.5)), 0);
}

TEST_F(CuePlayerTest, PauseCutsTheQueuedWords) {
    if (!SpeechEngine::shared())
        GTEST_SKIP() << SpeechEngine::problem();
    CuePlayer p(timeline, {AudioMode::VoiceAndTones, 100, false}, SpeechEngine::shared(), mixer);
    pull(1.0);
    p.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    // Tone, then "Down" queued behind it; 0.1 s of the tone is heard before the pause.
    pull(0.1);
    SessionEvent pause;
    pause.type = EventType::Paused;
    pause.step = 1;
    pause.t = std::chrono::milliseconds(1100);
    p.onEvents({pause}, timeline, std::chrono::milliseconds(1100));
    // "Down" is forgotten; the tone fades out and "Paused" is said at once.
    EXPECT_EQ(mixer.pendingSounds(), 2u);
    const Samples after = pull(0.6);
    EXPECT_NE(after[0], 0.0f); // the tone, fading
    EXPECT_GT(test::rms(std::span<const float>(after).subspan(kSampleRate / 10)), 0.02);
}

TEST_F(CuePlayerTest, LeavingBeforeTheEndFadesOutItsSounds) {
    auto p = std::make_unique<CuePlayer>(timeline, AudioPrefs{AudioMode::TonesOnly, 100, false},
                                         nullptr, mixer);
    pull(1.0);
    p->onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    pull(0.05);
    p.reset(); // returns at once: nothing here waits for the device
    const Samples rest = pull(0.2);
    EXPECT_GT(std::abs(rest[0]) + std::abs(rest[1]) + std::abs(rest[2]), 0.0f); // fading, not cut
    const std::size_t fade = kSampleRate * 31 / 1000;
    EXPECT_EQ(firstSound(Samples(rest.begin() + static_cast<std::ptrdiff_t>(fade), rest.end())),
              -1);
    EXPECT_EQ(mixer.pendingSounds(), 0u);
}

TEST_F(CuePlayerTest, TheEndPlaysOnAfterThePlayerIsGone) {
    // The same session end on a mixer whose player stays: what must be heard, sample for sample.
    Mixer kept;
    CuePlayer staying(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, kept);
    Samples second(kSampleRate), expected(kSampleRate * 3);
    kept.render(second);
    staying.onEvents({sessionEnd(std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    kept.render(expected);
    ASSERT_GT(test::rms(expected), 0.01);
    {
        CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
        pull(1.0);
        p.onEvents({sessionEnd(std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    }
    // The mixer keeps the chime (a shared sound) after its player is gone, to its last sample.
    EXPECT_EQ(mixer.pendingSounds(), 1u);
    EXPECT_EQ(pull(3.0), expected);
    EXPECT_EQ(mixer.pendingSounds(), 0u);
}

TEST_F(CuePlayerTest, LeavingOneSessionLeavesTheOthersSoundsAlone) {
    CuePlayer ended(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    auto left = std::make_unique<CuePlayer>(timeline, AudioPrefs{AudioMode::TonesOnly, 100, false},
                                            nullptr, mixer);
    pull(1.0);
    ended.onEvents({sessionEnd(std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    left->onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    EXPECT_EQ(mixer.pendingSounds(), 2u);
    pull(0.05);
    left.reset();
    pull(0.05);
    EXPECT_EQ(mixer.pendingSounds(), 1u); // the end's chime
}

TEST_F(CuePlayerTest, MuteFadesOnlyItsOwnSounds) {
    CuePlayer ended(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    CuePlayer muting(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
    pull(1.0);
    ended.onEvents({sessionEnd(std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    muting.onEvents({stepStart(1, std::chrono::seconds(1))}, timeline, std::chrono::seconds(1));
    pull(0.05);
    muting.setMuted(true);
    pull(0.05);
    EXPECT_EQ(mixer.pendingSounds(), 1u);
}

TEST(LiveAudio, TwoSessionsShareOneOutput) {
    // The tests run with ALSOFT_DRIVERS=null: a working device that plays nothing.
    LiveAudio live;
    const std::shared_ptr<Mixer> first = live.acquire();
    ASSERT_NE(first, nullptr) << live.problem();
    EXPECT_EQ(live.acquire().get(), first.get());
    EXPECT_TRUE(live.isOpen());
    EXPECT_EQ(live.check(), ""); // an open output is not probed again
    // The device just opened: no cue in its first instants.
    EXPECT_GE(first->firstFreeFrame(), framesFor(LiveAudio::kPreRoll));
}

// Waits (a bounded while) for the live device to close by itself.
bool closesWithin(const LiveAudio& live, std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (live.isOpen() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return !live.isOpen();
}

TEST(LiveAudio, TheDeviceClosesOnceNoSessionHoldsItAndAllIsHeard) {
    LiveAudio live(std::chrono::milliseconds(0));
    {
        const std::shared_ptr<Mixer> mixer = live.acquire();
        ASSERT_NE(mixer, nullptr) << live.problem();
        mixer->add(mixer->firstFreeFrame(),
                   std::make_shared<const Samples>(kSampleRate / 10, 0.1f));
    }
    ASSERT_TRUE(closesWithin(live, std::chrono::seconds(10)));
    // The sound and the device's queue behind it were heard before it closed.
    const std::shared_ptr<Mixer> again = live.acquire(); // and it opens again for the next session
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->pendingSounds(), 0u);
}

TEST(LiveAudio, AnEndedSessionLetsTheDeviceCloseUnderItsSummary) {
    LiveAudio live(std::chrono::milliseconds(0));
    Timeline timeline{oneRep(), SideChoice::Right};
    std::shared_ptr<Mixer> mixer = live.acquire();
    ASSERT_NE(mixer, nullptr) << live.problem();
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, std::move(mixer));
    SessionEvent end;
    end.type = EventType::SessionEnd;
    end.step = 2;
    p.onEvents({end}, timeline, Micros{0});
    // The player lives on (the summary screen), the chime is heard out, and the device closes.
    EXPECT_TRUE(closesWithin(live, std::chrono::seconds(10)));
}

TEST(LiveAudio, AHeldDeviceStaysOpen) {
    LiveAudio live(std::chrono::milliseconds(0));
    const std::shared_ptr<Mixer> mixer = live.acquire();
    ASSERT_NE(mixer, nullptr) << live.problem();
    EXPECT_FALSE(closesWithin(live, std::chrono::seconds(1)));
}

TEST(LiveAudio, DrainEndsWhenEverythingPlacedHasBeenPlayed) {
    LiveAudio live;
    std::shared_ptr<Mixer> mixer = live.acquire();
    ASSERT_NE(mixer, nullptr) << live.problem();
    mixer->add(mixer->firstFreeFrame(), std::make_shared<const Samples>(kSampleRate / 10, 0.1f));
    live.drain(std::chrono::seconds(10));
    // The null device plays in real time: the sound and the device's queue behind it are done.
    EXPECT_EQ(mixer->pendingSounds(), 0u);
    EXPECT_GE(mixer->position(), mixer->silentFrom() + AudioOutput::kQueuedFrames);
}

TEST_F(CuePlayerTest, AWholeSessionDrivenByTheSessionPlaysEveryTone) {
    mixer.keepQuietUntil(framesFor(LiveAudio::kPreRoll));
    CuePlayer p(timeline, {AudioMode::TonesOnly, 100, false}, nullptr, mixer);
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
        mixer.render(block);
        heard.insert(heard.end(), block.begin(), block.end());
        now = next;
        run(session.update(now), now);
    }
    Samples tail(2 * kSampleRate);
    mixer.render(tail);
    heard.insert(heard.end(), tail.begin(), tail.end());
    const auto onsets = test::findOnsets(test::toPcm(heard), kSampleRate);
    // Start (delayed by the pre-roll), lead-in... no tick (1 s), two postures, the end.
    ASSERT_EQ(onsets.size(), 4u);
    EXPECT_NEAR(static_cast<double>(onsets[0]), static_cast<double>(framesFor(LiveAudio::kPreRoll)),
                22);
    EXPECT_NEAR(static_cast<double>(onsets[1]), kSampleRate * 1.0, 22);
    EXPECT_NEAR(static_cast<double>(onsets[2]), kSampleRate * 2.0, 22);
    EXPECT_NEAR(static_cast<double>(onsets[3]), kSampleRate * 3.0, 22);
}

} // namespace
} // namespace nf::audio
