#pragma once

#include "app/audio/Sound.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace nf::audio {

// The espeak-ng library, opened once per process and used synchronously (no audio output of its
// own): text in, samples out. It owns the library's global state and serialises every call to it;
// it does not decide what is said (core/Cues does) nor when (CueScheduler does).
class SpeechEngine {
  public:
    // The process's engine, opened on first use; null when espeak-ng cannot start (its data is
    // missing, the English voice is not installed). Then problem() says why, in a few words,
    // and the first call has printed one line about it on stderr.
    //
    // NERVEFLOSS_ESPEAK_DATA, when set, names the folder that holds espeak-ng-data (or is it), for
    // a portable install; otherwise the library's own default place is used.
    static SpeechEngine* shared();
    static std::string problem();

    // One phrase at kSampleRate, with the silence espeak-ng puts around it trimmed (so the first
    // syllable starts at the first sample), short fades at both ends, and brought to kCueLoudness.
    // Empty for empty text. Safe to call from any thread.
    Samples synthesize(std::string_view text) const;

    int nativeSampleRate() const { return m_nativeRate; }

  private:
    friend struct SpeechEngineOpener;
    explicit SpeechEngine(int nativeRate) : m_nativeRate(nativeRate) {}
    int m_nativeRate;
};

// Linear-interpolation resampling; used only when espeak-ng's rate is not kSampleRate.
Samples resample(const Samples& in, int fromRate, int toRate);

} // namespace nf::audio
