#include "app/audio/LiveAudio.hpp"

#include <thread>

namespace nf::audio {

LiveAudio::~LiveAudio() { drain(kDrainLimit); }

Mixer* LiveAudio::mixer() {
    if (!m_output) {
        m_output = AudioOutput::open(m_mixer);
        m_problem = m_output ? std::string() : AudioOutput::problem();
        if (m_output) m_mixer.keepQuietUntil(m_mixer.position() + framesFor(kPreRoll));
    }
    return m_output ? &m_mixer : nullptr;
}

std::string LiveAudio::check() const { return m_output ? std::string() : AudioOutput::probe(); }

void LiveAudio::drain(std::chrono::milliseconds limit) {
    if (!m_output) return;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    // What the mixer has rendered is heard only once the device has played its queue.
    const std::int64_t heard = m_mixer.silentFrom() + AudioOutput::kQueuedFrames;
    while (m_mixer.position() < heard && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    m_output.reset();
}

} // namespace nf::audio
