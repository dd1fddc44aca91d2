#include "app/audio/AudioOutput.hpp"

#include "app/audio/Mixer.hpp"

#include <SFML/Audio/SoundBuffer.hpp>
#include <SFML/Audio/SoundStream.hpp>
#include <SFML/System/Err.hpp>

#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace nf::audio {
namespace {

std::mutex g_problemMutex;
std::string g_problem;
std::atomic<bool> g_said{false};

// While alive, file descriptor 2 goes to /dev/null and sf::err() to a string: the audio
// libraries' own complaints while the device opens are noise to a user, and we say what matters
// in one line of our own.
class QuietStderr {
  public:
    QuietStderr() : m_oldErr(sf::err().rdbuf(m_sfml.rdbuf())) {
        std::fflush(stderr);
        m_saved = ::dup(2);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, 2);
        if (null >= 0)
            ::close(null);
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, 2);
            ::close(m_saved);
        }
        sf::err().rdbuf(m_oldErr);
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;
    std::string sfmlText() const { return m_sfml.str(); }

  private:
    std::ostringstream m_sfml;
    std::streambuf* m_oldErr;
    int m_saved = -1;
};

class LiveStream : public sf::SoundStream {
  public:
    explicit LiveStream(Mixer& mixer) : m_mixer(mixer) { initialize(1, kSampleRate); }
    ~LiveStream() override { stop(); } // the stream thread calls onGetData: stop it first

    LiveStream(const LiveStream&) = delete;
    LiveStream& operator=(const LiveStream&) = delete;

  private:
    bool onGetData(Chunk& data) override {
        m_mixer.render(m_floats);
        toPcm16(m_floats, m_pcm.data());
        data.samples = m_pcm.data();
        data.sampleCount = m_pcm.size();
        return true; // never ends: silence between cues keeps the device awake
    }
    void onSeek(sf::Time) override {}

    Mixer& m_mixer;
    std::vector<float> m_floats = std::vector<float>(AudioOutput::kChunkFrames);
    std::vector<sf::Int16> m_pcm = std::vector<sf::Int16>(AudioOutput::kChunkFrames);
};

} // namespace

struct AudioOutput::Impl {
    // Holding one OpenAL resource keeps SFML's device open for the whole session.
    std::unique_ptr<sf::SoundBuffer> deviceHold;
    std::unique_ptr<LiveStream> stream;
};

AudioOutput::AudioOutput(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

AudioOutput::~AudioOutput() {
    if (m_impl && m_impl->stream)
        m_impl->stream->stop();
}

namespace {

// Opens SFML's OpenAL device (it stays open while `hold` lives) and says why it failed, if it did.
std::string openDevice(std::unique_ptr<sf::SoundBuffer>& hold) {
    std::string failure;
    QuietStderr quiet;
    hold = std::make_unique<sf::SoundBuffer>();
    const std::string said = quiet.sfmlText();
    if (said.find("Failed to open the audio device") != std::string::npos)
        failure = "no audio output device";
    else if (said.find("Failed to create the audio context") != std::string::npos)
        failure = "the audio output could not be started";
    if (!failure.empty())
        hold.reset(); // its OpenAL errors stay quiet too
    std::lock_guard lock(g_problemMutex);
    g_problem = failure;
    return failure;
}

} // namespace

std::unique_ptr<AudioOutput> AudioOutput::open(Mixer& mixer) {
    auto impl = std::make_unique<Impl>();
    const std::string failure = openDevice(impl->deviceHold);
    if (!failure.empty()) {
        if (!g_said.exchange(true))
            std::fprintf(stderr, "nervefloss: %s; sound is off, follow the screen\n",
                         failure.c_str());
        return nullptr;
    }
    impl->stream = std::make_unique<LiveStream>(mixer);
    impl->stream->play();
    return std::unique_ptr<AudioOutput>(new AudioOutput(std::move(impl)));
}

std::string AudioOutput::probe() {
    std::unique_ptr<sf::SoundBuffer> hold;
    const std::string failure = openDevice(hold);
    QuietStderr quiet; // closing a device that failed is as noisy as opening it
    hold.reset();
    return failure;
}

std::string AudioOutput::problem() {
    std::lock_guard lock(g_problemMutex);
    return g_problem;
}

} // namespace nf::audio
