// The default output as it opens on OpenAL's silent device (ALSOFT_DRIVERS=null, set for these
// tests): the format the device was asked for is the one it mixes at.

#include "app/audio/AudioOutput.hpp"
#include "app/audio/Mixer.hpp"
#include "app/audio/Sound.hpp"

#include <gtest/gtest.h>

namespace nf::audio {
namespace {

TEST(AudioOutput, MixesAtOurOwnRateWithoutAuxiliarySends) {
    Mixer mixer;
    const auto output = AudioOutput::open(mixer);
    if (!output)
        GTEST_SKIP() << AudioOutput::problem();
    const AudioOutput::Format f = output->format();
    EXPECT_EQ(f.frequency, kSampleRate);
    EXPECT_EQ(f.auxiliarySends, 0);
}

} // namespace
} // namespace nf::audio
