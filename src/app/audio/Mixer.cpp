#include "app/audio/Mixer.hpp"

#include <algorithm>
#include <cmath>

namespace nf::audio {
namespace {
constexpr float kGainStep = 100.0f / static_cast<float>(kSampleRate); // full swing in 10 ms
} // namespace

void Mixer::add(std::int64_t frame, SoundPtr sound, VoiceOwner owner) {
    if (!sound || sound->empty())
        return;
    std::lock_guard lock(m_mutex);
    m_voices.push_back({std::max(frame, m_position), std::move(sound), owner});
}

void Mixer::fadeOut(VoiceOwner owner, std::int64_t fadeFrames) {
    std::lock_guard lock(m_mutex);
    std::erase_if(m_voices, [this, owner](const Voice& v) {
        return v.owner == owner && v.start >= m_position;
    });
    for (Voice& v : m_voices) {
        if (v.owner != owner || v.fadeFrom >= 0)
            continue;
        v.fadeFrom = m_position;
        v.fadeFrames = std::max<std::int64_t>(fadeFrames, 1);
    }
}

void Mixer::setGain(float gain) {
    std::lock_guard lock(m_mutex);
    m_targetGain = std::clamp(gain, 0.0f, 1.0f);
}

std::int64_t Mixer::Voice::end() const {
    const std::int64_t soundEnd = start + static_cast<std::int64_t>(sound->size());
    return fadeFrom >= 0 ? std::min(soundEnd, fadeFrom + fadeFrames) : soundEnd;
}

std::int64_t Mixer::silentFrom() const {
    std::lock_guard lock(m_mutex);
    std::int64_t end = m_lastEnd;
    for (const Voice& v : m_voices)
        end = std::max(end, v.end());
    return end;
}

VoiceOwner Mixer::newOwner() {
    std::lock_guard lock(m_mutex);
    return ++m_lastOwner;
}

void Mixer::keepQuietUntil(std::int64_t frame) {
    std::lock_guard lock(m_mutex);
    m_quietUntil = std::max(m_quietUntil, frame);
}

std::int64_t Mixer::position() const {
    std::lock_guard lock(m_mutex);
    return m_position;
}

std::int64_t Mixer::firstFreeFrame() const {
    std::lock_guard lock(m_mutex);
    return std::max(m_position, m_quietUntil);
}

std::size_t Mixer::pendingSounds() const {
    std::lock_guard lock(m_mutex);
    return m_voices.size();
}

void Mixer::render(std::span<float> out) {
    std::lock_guard lock(m_mutex);
    std::fill(out.begin(), out.end(), 0.0f);
    const std::int64_t from = m_position;
    const std::int64_t to = from + static_cast<std::int64_t>(out.size());
    for (const Voice& v : m_voices) {
        const std::int64_t end = v.start + static_cast<std::int64_t>(v.sound->size());
        const std::int64_t a = std::max(from, v.start), b = std::min(to, end);
        for (std::int64_t f = a; f < b; ++f) {
            float s = (*v.sound)[static_cast<std::size_t>(f - v.start)];
            if (v.fadeFrom >= 0) {
                const std::int64_t into = f - v.fadeFrom;
                s *= into <= 0 ? 1.0f
                               : std::max(0.0f, 1.0f - static_cast<float>(into) /
                                                           static_cast<float>(v.fadeFrames));
            }
            out[static_cast<std::size_t>(f - from)] += s;
        }
    }
    std::erase_if(m_voices, [this, to](const Voice& v) {
        const std::int64_t end = v.end();
        if (end > to)
            return false;
        m_lastEnd = std::max(m_lastEnd, end);
        return true;
    });
    for (float& s : out) {
        if (m_gain < m_targetGain)
            m_gain = std::min(m_targetGain, m_gain + kGainStep);
        else if (m_gain > m_targetGain)
            m_gain = std::max(m_targetGain, m_gain - kGainStep);
        s *= m_gain;
    }
    m_position = to;
}

float volumeGain(int percent) {
    const float v = static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
    return v * v;
}

void toPcm16(std::span<const float> in, std::int16_t* out) {
    for (std::size_t i = 0; i < in.size(); ++i) {
        const float v = std::clamp(in[i], -1.0f, 1.0f);
        out[i] = static_cast<std::int16_t>(std::lrint(v * 32767.0f));
    }
}

} // namespace nf::audio
