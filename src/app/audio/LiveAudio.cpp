#include "app/audio/LiveAudio.hpp"

namespace nf::audio {
namespace {

std::chrono::microseconds durationOf(std::int64_t frames) {
    return std::chrono::microseconds(frames * 1'000'000 / kSampleRate);
}

} // namespace

LiveAudio::~LiveAudio() {
    drain(kDrainLimit);
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    if (m_closer.joinable())
        m_closer.join();
    m_output.reset();
}

std::shared_ptr<Mixer> LiveAudio::acquire() {
    std::lock_guard lock(m_mutex);
    if (!m_output) {
        m_output = AudioOutput::open(m_mixer);
        m_problem = m_output ? std::string() : AudioOutput::problem();
        if (!m_output)
            return nullptr;
        m_mixer.keepQuietUntil(m_mixer.position() + framesFor(kPreRoll));
    }
    ++m_holds;
    if (!m_closer.joinable())
        m_closer = std::thread([this] { closeWhenIdle(); });
    return std::shared_ptr<Mixer>(&m_mixer, [this](Mixer*) { release(); });
}

void LiveAudio::release() {
    {
        std::lock_guard lock(m_mutex);
        --m_holds;
    }
    m_wake.notify_all();
}

std::string LiveAudio::problem() const {
    std::lock_guard lock(m_mutex);
    return m_problem;
}

std::string LiveAudio::check() const {
    if (isOpen())
        return {};
    return AudioOutput::probe();
}

bool LiveAudio::isOpen() const {
    std::lock_guard lock(m_mutex);
    return m_output != nullptr;
}

void LiveAudio::closeWhenIdle() {
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        if (!m_output || m_holds > 0) {
            m_wake.wait(lock);
            continue;
        }
        // What the mixer has rendered is heard only once the device has played its queue.
        const std::int64_t quietFrom = m_mixer.silentFrom() + AudioOutput::kQueuedFrames;
        const std::int64_t left = quietFrom - m_mixer.position();
        if (left > 0) {
            m_wake.wait_for(lock, durationOf(left));
            continue;
        }
        // Heard out. A new hold or the end of the process wakes this wait early.
        // m_holds is changed by other threads under the lock (cppcheck sees only this one).
        // cppcheck-suppress knownConditionTrueFalse
        if (m_wake.wait_for(lock, m_idleClose, [this] { return m_quit || m_holds > 0; }))
            continue;
        if (m_mixer.silentFrom() + AudioOutput::kQueuedFrames > m_mixer.position())
            continue;
        m_output.reset();
    }
}

void LiveAudio::drain(std::chrono::milliseconds limit) {
    if (!isOpen())
        return;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    // What the mixer has rendered is heard only once the device has played its queue.
    const std::int64_t heard = m_mixer.silentFrom() + AudioOutput::kQueuedFrames;
    while (m_mixer.position() < heard && std::chrono::steady_clock::now() < deadline && isOpen())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace nf::audio
