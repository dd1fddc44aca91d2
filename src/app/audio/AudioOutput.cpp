#include "app/audio/AudioOutput.hpp"

#include "app/audio/Mixer.hpp"

#include <AL/al.h>
#include <AL/alc.h>
#include <AL/alext.h>

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace nf::audio {
namespace {

std::mutex g_problemMutex;
std::string g_problem;
std::atomic<bool> g_said{false};

constexpr auto kChunkTime =
    std::chrono::microseconds(std::int64_t{AudioOutput::kChunkFrames} * 1'000'000 / kSampleRate);

void setProblem(const std::string& problem) {
    std::lock_guard lock(g_problemMutex);
    g_problem = problem;
}

// While alive, file descriptor 2 goes to /dev/null: the audio libraries' own complaints while
// the device opens are noise to a user, and we say what matters in one line of our own.
class QuietStderr {
  public:
    QuietStderr() {
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
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

  private:
    int m_saved = -1;
};

} // namespace

// The device, its context, the source and its buffers, and the refill thread. The thread is the
// only one that touches the source once it plays; the constructor and destructor bracket it.
struct AudioOutput::Impl {
    Impl(Mixer& m, ALCdevice* d, ALCcontext* c) : mixer(m), device(d), context(c) {}
    ~Impl() {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        wake.notify_all();
        if (feeder.joinable())
            feeder.join();
        QuietStderr quiet; // a lost device complains as it closes
        if (source != 0) {
            alSourceStop(source);
            alSourcei(source, AL_BUFFER, 0);
            alDeleteSources(1, &source);
            alDeleteBuffers(static_cast<ALsizei>(buffers.size()), buffers.data());
        }
        alcMakeContextCurrent(nullptr);
        alcDestroyContext(context);
        alcCloseDevice(device);
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    // Renders the next chunk of the mixer into `buffer` and queues it.
    void queue(ALuint buffer) {
        mixer.render(floats);
        toPcm16(floats, pcm.data());
        alBufferData(buffer, AL_FORMAT_MONO16, pcm.data(),
                     static_cast<ALsizei>(pcm.size() * sizeof(std::int16_t)), kSampleRate);
        alSourceQueueBuffers(source, 1, &buffer);
    }

    bool connected() const {
        if (!disconnectExt)
            return true;
        ALCint c = ALC_TRUE;
        alcGetIntegerv(device, ALC_CONNECTED, 1, &c);
        return c != ALC_FALSE;
    }

    // Refills what the device has played, wakes the source if it ran dry, sleeps one buffer's
    // length; until the destructor says stop. A lost device is said once, and from then on the
    // mixer is pulled at the pace a device would pull it, so what was placed still ends and the
    // device can close and be looked for again.
    void run() {
        bool lost = false;
        auto nextPull = std::chrono::steady_clock::now();
        std::unique_lock lock(mutex);
        while (!stop) {
            lock.unlock();
            if (!lost && !connected()) {
                lost = true;
                std::fprintf(stderr, "nervefloss: the sound device was lost; sound is off, follow "
                                     "the screen\n");
                setProblem("the sound device was lost");
                nextPull = std::chrono::steady_clock::now();
            }
            if (lost) {
                for (; nextPull <= std::chrono::steady_clock::now(); nextPull += kChunkTime)
                    mixer.render(floats);
            } else {
                ALint processed = 0;
                alGetSourcei(source, AL_BUFFERS_PROCESSED, &processed);
                for (; processed > 0; --processed) {
                    ALuint buffer = 0;
                    alSourceUnqueueBuffers(source, 1, &buffer);
                    queue(buffer);
                }
                // Woken too late, the source played its queue dry and stopped: play on.
                ALint state = AL_PLAYING;
                alGetSourcei(source, AL_SOURCE_STATE, &state);
                if (state != AL_PLAYING)
                    alSourcePlay(source);
            }
            lock.lock();
            wake.wait_for(lock, kChunkTime, [this] { return stop; });
        }
    }

    Mixer& mixer;
    ALCdevice* device;
    ALCcontext* context;
    bool disconnectExt = false;
    ALuint source = 0;
    std::array<ALuint, kBuffers> buffers{};
    std::vector<float> floats = std::vector<float>(kChunkFrames);
    std::vector<std::int16_t> pcm = std::vector<std::int16_t>(kChunkFrames);
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::thread feeder;
};

AudioOutput::AudioOutput(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

AudioOutput::~AudioOutput() = default;

std::unique_ptr<AudioOutput> AudioOutput::open(Mixer& mixer) {
    std::string failure;
    ALCdevice* device = nullptr;
    ALCcontext* context = nullptr;
    {
        QuietStderr quiet;
        device = alcOpenDevice(nullptr);
        if (!device) {
            failure = "no audio output device";
        } else {
            // The device mixes at our own rate (no resampling, half the samples of 44.1 kHz),
            // without its limiter (the mixer already keeps every sample within full scale) and
            // without auxiliary sends: our one plain source feeds no effect, and OpenAL Soft 1.19
            // allocates its 256 voices with room for every send (0.8 MiB less without them).
            // Fewer voices cannot be asked for: ALC_MONO_SOURCES changes nothing in 1.19.
            const std::array<ALCint, 7> attributes{ALC_FREQUENCY,
                                                   kSampleRate,
                                                   ALC_OUTPUT_LIMITER_SOFT,
                                                   ALC_FALSE,
                                                   ALC_MAX_AUXILIARY_SENDS,
                                                   0,
                                                   0};
            context = alcCreateContext(device, attributes.data());
            if (!context || !alcMakeContextCurrent(context)) {
                failure = "the audio output could not be started";
                if (context)
                    alcDestroyContext(context);
                alcCloseDevice(device);
            }
        }
    }
    setProblem(failure);
    if (!failure.empty()) {
        if (!g_said.exchange(true))
            std::fprintf(stderr, "nervefloss: %s; sound is off, follow the screen\n",
                         failure.c_str());
        return nullptr;
    }
    auto impl = std::make_unique<Impl>(mixer, device, context);
    impl->disconnectExt = alcIsExtensionPresent(device, "ALC_EXT_disconnect") == ALC_TRUE;
    alGenSources(1, &impl->source);
    alGenBuffers(static_cast<ALsizei>(impl->buffers.size()), impl->buffers.data());
    if (alGetError() != AL_NO_ERROR) {
        setProblem("the audio output could not be started");
        impl->source = 0; // nothing of it to free
        if (!g_said.exchange(true))
            std::fprintf(stderr, "nervefloss: the audio output could not be started; sound is off, "
                                 "follow the screen\n");
        return nullptr;
    }
    // Plain mono through both speakers: no position, no distance.
    alSourcei(impl->source, AL_SOURCE_RELATIVE, AL_TRUE);
    alSource3f(impl->source, AL_POSITION, 0.f, 0.f, 0.f);
    for (ALuint buffer : impl->buffers)
        impl->queue(buffer);
    alSourcePlay(impl->source);
    impl->feeder = std::thread([p = impl.get()] { p->run(); });
    return std::unique_ptr<AudioOutput>(new AudioOutput(std::move(impl)));
}

AudioOutput::Format AudioOutput::format() const {
    Format f;
    alcGetIntegerv(m_impl->device, ALC_FREQUENCY, 1, &f.frequency);
    alcGetIntegerv(m_impl->device, ALC_MAX_AUXILIARY_SENDS, 1, &f.auxiliarySends);
    return f;
}

std::string AudioOutput::probe() {
    // Opening the device alone finds a missing one (the backend opens it); a context would also
    // start its mixer, which costs memory and time the home screen does not need.
    std::string failure;
    {
        QuietStderr quiet;
        ALCdevice* device = alcOpenDevice(nullptr);
        if (!device)
            failure = "no audio output device";
        else
            alcCloseDevice(device);
    }
    setProblem(failure);
    return failure;
}

std::string AudioOutput::problem() {
    std::lock_guard lock(g_problemMutex);
    return g_problem;
}

} // namespace nf::audio
