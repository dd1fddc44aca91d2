#include "AudioTestUtil.hpp"

#include "app/audio/Tones.hpp"

#include <gtest/gtest.h>

#include <set>

namespace nf::audio {
namespace {

using test::dominantFrequency;

constexpr ToneKind kAllTones[] = {ToneKind::Posture, ToneKind::Tick,    ToneKind::Rest,
                                  ToneKind::Switch,  ToneKind::SetDone, ToneKind::SessionEnd,
                                  ToneKind::Start};

double seconds(const Samples& s) {
    return static_cast<double>(s.size()) / kSampleRate;
}

float maxAbs(std::span<const float> s) {
    float m = 0.0f;
    for (float v : s)
        m = std::max(m, std::abs(v));
    return m;
}

TEST(Tone, PostureZeroIsAtItsPitch) {
    const Samples s = synthesizeTone(ToneKind::Posture, 0);
    EXPECT_NEAR(dominantFrequency(s), 392.0, 3.0);
}

TEST(Tone, PostureOneIsAtItsPitch) {
    const Samples s = synthesizeTone(ToneKind::Posture, 1);
    EXPECT_NEAR(dominantFrequency(s), 587.33, 3.0);
}

TEST(Tone, FirstPostureIsLowerThanSecond) {
    EXPECT_LT(dominantFrequency(synthesizeTone(ToneKind::Posture, 0)),
              dominantFrequency(synthesizeTone(ToneKind::Posture, 1)));
}

TEST(Tone, EveryPostureOfEightHasItsOwnPitch) {
    std::set<long> pitches;
    for (int p = 0; p < 8; ++p) {
        const double f = dominantFrequency(synthesizeTone(ToneKind::Posture, p), 100, 3000, 2);
        EXPECT_NEAR(f, postureFrequency(p), 3.0) << "posture " << p;
        pitches.insert(std::lround(f / 10.0));
    }
    EXPECT_EQ(pitches.size(), 8u);
}

TEST(Tone, PostureZeroCrossingsMatchThePitch) {
    // A second, independent frequency check: zero crossings over the steady middle.
    const Samples s = synthesizeTone(ToneKind::Posture, 0);
    const std::size_t from = s.size() / 4, to = s.size() * 3 / 4;
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i)
        if ((s[i - 1] < 0.0f) != (s[i] < 0.0f))
            ++crossings;
    const double measured = crossings / 2.0 / (static_cast<double>(to - from) / kSampleRate);
    EXPECT_NEAR(measured, 392.0, 392.0 * 0.05);
}

TEST(Tone, PostureToneLasts220Milliseconds) {
    EXPECT_NEAR(seconds(synthesizeTone(ToneKind::Posture, 0)), 0.22, 0.001);
}

TEST(Tone, TickIsShort) {
    EXPECT_NEAR(seconds(synthesizeTone(ToneKind::Tick)), 0.07, 0.001);
}

TEST(Tone, SessionEndIsTheLongest) {
    const double end = seconds(synthesizeTone(ToneKind::SessionEnd));
    for (ToneKind k : kAllTones)
        if (k != ToneKind::SessionEnd) {
            EXPECT_LT(seconds(synthesizeTone(k)), end);
        }
    EXPECT_LT(end, 2.0);
}

TEST(Tone, SetDoneDiffersFromSessionEnd) {
    const Samples a = synthesizeTone(ToneKind::SetDone), b = synthesizeTone(ToneKind::SessionEnd);
    EXPECT_NE(a.size(), b.size());
}

TEST(Tone, NoneIsEmpty) {
    EXPECT_TRUE(synthesizeTone(ToneKind::None).empty());
}

TEST(Tone, EveryToneStartsAndEndsAtZero) {
    for (ToneKind k : kAllTones) {
        const Samples s = synthesizeTone(k);
        ASSERT_GT(s.size(), 100u);
        EXPECT_NEAR(s.front(), 0.0f, 1e-4f) << static_cast<int>(k);
        EXPECT_NEAR(s.back(), 0.0f, 1e-4f) << static_cast<int>(k);
        // The first and last millisecond stay far below the body: a soft edge, no click.
        const float body = maxAbs(s);
        EXPECT_LT(maxAbs(std::span<const float>(s).first(kSampleRate / 1000)), body * 0.2f);
        EXPECT_LT(maxAbs(std::span<const float>(s).last(kSampleRate / 1000)), body * 0.2f);
    }
}

TEST(Tone, NoSampleJumps) {
    // A click is a jump no smooth tone below 2 kHz can make: bound the step between samples.
    for (ToneKind k : kAllTones) {
        const Samples s = synthesizeTone(k);
        float worst = 0.0f;
        for (std::size_t i = 1; i < s.size(); ++i)
            worst = std::max(worst, std::abs(s[i] - s[i - 1]));
        EXPECT_LT(worst, 0.25f) << static_cast<int>(k);
    }
}

TEST(Tone, LoudnessIsEvenAcrossCues) {
    for (ToneKind k : kAllTones) {
        if (k == ToneKind::Tick)
            continue;
        EXPECT_NEAR(peakWindowRms(synthesizeTone(k)), kCueLoudness, kCueLoudness * 0.05f)
            << static_cast<int>(k);
    }
}

TEST(Tone, TickIsSofterThanTheCues) {
    const float tick = peakWindowRms(synthesizeTone(ToneKind::Tick));
    EXPECT_NEAR(tick, kTickLoudness, kTickLoudness * 0.05f);
    EXPECT_LT(tick, kCueLoudness * 0.5f);
}

TEST(Tone, NothingComesNearClipping) {
    for (ToneKind k : kAllTones)
        EXPECT_LE(maxAbs(synthesizeTone(k)), 0.9f);
}

TEST(Tone, MixIntoGrowsAndAdds) {
    Samples into(4, 1.0f);
    const Samples add{1.0f, 2.0f, 3.0f};
    mixInto(into, 2, add, 0.5f);
    EXPECT_EQ(into, (Samples{1.0f, 1.0f, 1.5f, 2.0f, 1.5f}));
}

} // namespace
} // namespace nf::audio
