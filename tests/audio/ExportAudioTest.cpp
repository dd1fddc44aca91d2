// `nervefloss export-audio`, run as a user would: the real binary, no display, no sound card.

#include "AudioTestUtil.hpp"
#include "support/Program.hpp"
#include "support/TempDir.hpp"

#include <gtest/gtest.h>

namespace nf::audio {
namespace {

using Result = nf::test::RunResult;

int lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

struct ExportAudio : ::testing::Test {
    nf::test::TempDir dir;

    // The headless runs here time a short lead-in: the harness settings (tones only, the notice
    // read). Exports choose their own mode with --audio.
    void SetUp() override { nf::test::writeHarnessSettings(dir.path()); }

    // `args` as a shell reads them, after `env` assignments ("NAME=value ..."); no display. The
    // data folder is the scratch one too: a headless run records into the history, never the
    // real one.
    Result run(const std::string& args, const std::string& env = "") {
        return nf::test::runShell(dir.path(), env + " \"$NF\" " + args, {{"DISPLAY", ""}});
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
};

constexpr const char* kShort = " --reps 2 --sets 2 --rest 3 --lead-in 2";

TEST_F(ExportAudio, WritesAWavWhoseCuesAreOnTime) {
    const Result r = run("export-audio nerve-floss " + path("s.wav") + kShort + " --audio tones");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const test::Pcm pcm = test::readPcm(path("s.wav"));
    EXPECT_EQ(pcm.sampleRate, static_cast<unsigned>(kSampleRate));
    const auto onsets = test::findOnsets(pcm.samples, pcm.sampleRate);
    // 0 start, 1 tick, postures at 2 5 8 11, chime 14, ticks 15 16, postures 17 20 23 26, end 29.
    const std::vector<double> planned{0, 1, 2, 5, 8, 11, 14, 15, 16, 17, 20, 23, 26, 29};
    ASSERT_EQ(onsets.size(), planned.size());
    for (std::size_t i = 0; i < planned.size(); ++i)
        EXPECT_LE(std::abs(static_cast<double>(onsets[i]) - planned[i] * kSampleRate),
                  kSampleRate / 1000.0)
            << "cue at " << planned[i] << " s heard at sample " << onsets[i];
}

TEST_F(ExportAudio, VoiceIsTheDefaultAndSpeaks) {
    const Result both = run("export-audio nerve-floss " + path("v.wav") + kShort);
    const Result tones =
        run("export-audio nerve-floss " + path("t.wav") + kShort + " --audio tones");
    ASSERT_EQ(both.exitCode, 0) << both.err;
    ASSERT_EQ(tones.exitCode, 0) << tones.err;
    const auto v = test::readPcm(path("v.wav")).samples, t = test::readPcm(path("t.wav")).samples;
    auto energy = [](const std::vector<std::int16_t>& x) {
        double s = 0;
        for (auto a : x)
            s += double(a) * a;
        return s;
    };
    EXPECT_GT(energy(v), 2.0 * energy(t));
    EXPECT_NE(both.out.find("voice and tones"), std::string::npos) << both.out;
}

TEST_F(ExportAudio, NoExtensionMeansWav) {
    const Result r =
        run("export-audio knee-rolls " + path("plain") + " --reps 1 --sets 1 --lead-in 0");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(path("plain.wav")));
}

TEST_F(ExportAudio, OggAndFlacByExtension) {
    for (const char* name : {"a.ogg", "a.FLAC"}) {
        const Result r = run(std::string("export-audio nerve-floss ") + path(name) + kShort);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_GT(test::readPcm(path(name)).samples.size(), 29u * kSampleRate) << name;
    }
}

TEST_F(ExportAudio, UnknownRoutineIsOneLineAndStatusTwo) {
    const Result r = run("export-audio no-such-routine " + path("x.wav"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("unknown routine"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(path("x.wav")));
}

TEST_F(ExportAudio, BadDoseIsOneLineAndStatusTwo) {
    const Result r = run("export-audio nerve-floss " + path("x.wav") + " --reps 0");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("--reps"), std::string::npos) << r.err;
}

TEST_F(ExportAudio, BadAudioModeIsOneLineAndStatusTwo) {
    const Result r = run("export-audio nerve-floss " + path("x.wav") + " --audio loud");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
}

TEST_F(ExportAudio, UnknownExtensionIsOneLineAndStatusTwo) {
    const Result r = run("export-audio nerve-floss " + path("x.mp3"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(".wav, .ogg or .flac"), std::string::npos) << r.err;
}

TEST_F(ExportAudio, UnwritablePathIsOneLineAndStatusTwo) {
    const Result r = run("export-audio nerve-floss " + path("missing/dir/x.wav") + kShort);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
}

TEST_F(ExportAudio, MissingSpeechDataFallsBackToTonesWithOneLine) {
    const Result r = run("export-audio nerve-floss " + path("f.wav") + kShort,
                         "NERVEFLOSS_ESPEAK_DATA=" + path("no-espeak-data"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("espeak-ng"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("tones only"), std::string::npos) << r.out;
    EXPECT_EQ(test::findOnsets(test::readPcm(path("f.wav")).samples, kSampleRate).size(), 14u);
}

TEST_F(ExportAudio, HeadlessRunWithoutASoundCardSaysSoOnce) {
    // An OpenAL driver list naming no real backend: no device at all, as on a machine with no
    // sound card. The run goes on, says so in one line, and none of OpenAL's or ALSA's noise
    // reaches the terminal.
    const Result r =
        run("run nerve-floss --headless --quiet --reps 1 --sets 1 --hold 0.5 --lead-in 0",
            "ALSOFT_DRIVERS=nonexistent");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("sound is off"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("Session complete"), std::string::npos) << r.out;
}

TEST_F(ExportAudio, HeadlessRunWithTheNullDeviceIsQuiet) {
    const Result r =
        run("run nerve-floss --headless --quiet --reps 1 --sets 1 --hold 0.5 --lead-in 0");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
}

} // namespace
} // namespace nf::audio
