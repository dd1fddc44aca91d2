#include "app/audio/Mixer.hpp"

#include <gtest/gtest.h>

namespace nf::audio {
namespace {

SoundPtr ones(std::size_t n) {
    return std::make_shared<const Samples>(n, 0.5f);
}

TEST(Mixer, SoundStartsAtItsFrame) {
    Mixer m;
    m.add(5, ones(3));
    Samples out(10);
    m.render(out);
    EXPECT_EQ(out, (Samples{0, 0, 0, 0, 0, 0.5f, 0.5f, 0.5f, 0, 0}));
}

TEST(Mixer, SoundSpanningBlocksIsContinuous) {
    Mixer m;
    m.add(3, ones(4));
    Samples a(4), b(4);
    m.render(a);
    m.render(b);
    EXPECT_EQ(a, (Samples{0, 0, 0, 0.5f}));
    EXPECT_EQ(b, (Samples{0.5f, 0.5f, 0.5f, 0}));
    EXPECT_EQ(m.position(), 8);
}

TEST(Mixer, LateSoundStartsWholeAtTheNextFrame) {
    Mixer m;
    Samples out(4);
    m.render(out);
    m.add(1, std::make_shared<const Samples>(Samples{0.1f, 0.2f}));
    m.render(out);
    EXPECT_EQ(out, (Samples{0.1f, 0.2f, 0, 0}));
}

TEST(Mixer, OverlappingSoundsAdd) {
    Mixer m;
    m.add(0, ones(2));
    m.add(1, ones(2));
    Samples out(3);
    m.render(out);
    EXPECT_EQ(out, (Samples{0.5f, 1.0f, 0.5f}));
}

TEST(Mixer, FinishedSoundsAreForgotten) {
    Mixer m;
    m.add(0, ones(2));
    Samples out(4);
    m.render(out);
    EXPECT_EQ(m.pendingSounds(), 0u);
}

TEST(Mixer, FadeOutRampsToSilenceAndDropsUnstarted) {
    Mixer m;
    m.add(0, ones(100));
    m.add(50, ones(10));
    Samples out(2);
    m.render(out);
    m.fadeOut(0, 4);
    Samples after(6);
    m.render(after);
    EXPECT_FLOAT_EQ(after[0], 0.5f);
    EXPECT_FLOAT_EQ(after[1], 0.375f);
    EXPECT_FLOAT_EQ(after[3], 0.125f);
    EXPECT_FLOAT_EQ(after[4], 0.0f);
    EXPECT_EQ(m.pendingSounds(), 0u);
}

TEST(Mixer, FadeOutLeavesOtherOwnersAlone) {
    Mixer m;
    const VoiceOwner a = m.newOwner(), b = m.newOwner();
    EXPECT_NE(a, b);
    m.add(0, ones(8), a);
    m.add(0, ones(8), b);
    m.add(6, ones(2), a);
    Samples out(2);
    m.render(out);
    m.fadeOut(a, 1);
    Samples after(6);
    m.render(after);
    EXPECT_EQ(after, (Samples{1.0f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}));
    EXPECT_EQ(m.pendingSounds(), 0u);
}

TEST(Mixer, NothingStartsBeforeTheQuietFrame) {
    Mixer m;
    m.keepQuietUntil(100);
    EXPECT_EQ(m.firstFreeFrame(), 100);
    Samples out(150);
    m.render(out);
    EXPECT_EQ(m.firstFreeFrame(), 150);
}

TEST(Mixer, SilentFromIsWhereTheLastSoundEnds) {
    Mixer m;
    EXPECT_EQ(m.silentFrom(), 0);
    m.add(0, ones(100));
    m.add(10, ones(5), m.newOwner());
    EXPECT_EQ(m.silentFrom(), 100);
    Samples out(5);
    m.render(out);
    m.fadeOut(0, 20); // the long one now ends with its fade, 20 frames from frame 5
    EXPECT_EQ(m.silentFrom(), 25);
    Samples rest(40);
    m.render(rest);
    EXPECT_EQ(m.pendingSounds(), 0u);
    EXPECT_EQ(m.silentFrom(), 25); // remembered after the sounds are forgotten
}

TEST(Mixer, GainGlidesInsteadOfJumping) {
    Mixer m;
    m.add(0, ones(2000));
    m.setGain(0.0f);
    Samples out(2000);
    m.render(out);
    EXPECT_GT(out[0], 0.45f);        // still near full at the first frame
    EXPECT_FLOAT_EQ(out[400], 0.0f); // silent within 10 ms (220 frames)
    for (std::size_t i = 1; i < out.size(); ++i)
        EXPECT_LE(out[i], out[i - 1] + 1e-6f);
}

TEST(Volume, ScaleIsSquared) {
    EXPECT_FLOAT_EQ(volumeGain(100), 1.0f);
    EXPECT_FLOAT_EQ(volumeGain(50), 0.25f);
    EXPECT_FLOAT_EQ(volumeGain(0), 0.0f);
    EXPECT_FLOAT_EQ(volumeGain(150), 1.0f);
}

TEST(Pcm16, ClipsAtFullScale) {
    const Samples in{0.0f, 0.5f, 2.0f, -2.0f};
    std::int16_t out[4];
    toPcm16(in, out);
    EXPECT_EQ(out[0], 0);
    EXPECT_EQ(out[1], 16384);
    EXPECT_EQ(out[2], 32767);
    EXPECT_EQ(out[3], -32767);
}

} // namespace
} // namespace nf::audio
