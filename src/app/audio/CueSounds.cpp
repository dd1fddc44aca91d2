#include "app/audio/CueSounds.hpp"

#include "app/audio/Speech.hpp"
#include "app/audio/Tones.hpp"

#include <algorithm>
#include <exception>

namespace nf::audio {

CueSounds::CueSounds(const Timeline& timeline, AudioMode mode, const SpeechEngine* speech)
    : m_mode(mode) {
    if (mode == AudioMode::Silent)
        return;
    int postures = 1;
    for (const Exercise& ex : timeline.routine().exercises)
        postures = std::max(postures, static_cast<int>(ex.phases.size()));
    for (int p = 0; p < postures; ++p)
        m_toneKeys.emplace_back(ToneKind::Posture, p);
    for (ToneKind k : {ToneKind::Tick, ToneKind::Rest, ToneKind::Switch, ToneKind::SetDone,
                       ToneKind::SessionEnd, ToneKind::Start})
        m_toneKeys.emplace_back(k, 0);
    if (mode == AudioMode::VoiceAndTones && speech)
        m_texts = allSpokenTexts(timeline);
    m_sounds.resize(m_toneKeys.size() + m_texts.size());
    m_maker = std::thread([this, speech] { make(speech); });
}

CueSounds::~CueSounds() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    if (m_maker.joinable())
        m_maker.join();
}

void CueSounds::make(const SpeechEngine* speech) {
    for (std::size_t i = 0; i < m_sounds.size(); ++i) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
        const bool isTone = i < m_toneKeys.size();
        Samples samples;
        try {
            samples = isTone ? synthesizeTone(m_toneKeys[i].first, m_toneKeys[i].second)
                             : speech->synthesize(m_texts[i - m_toneKeys.size()]);
        } catch (const std::exception&) {
            // Out of memory: this sound stays silent (the screen still shows every cue), and
            // nobody waits for it in vain.
            samples.clear();
        }
        auto sound = std::make_shared<const Samples>(std::move(samples));
        {
            std::lock_guard lock(m_mutex);
            m_sounds[i] = std::move(sound);
            m_made = i + 1;
        }
        m_madeMore.notify_all();
    }
}

SoundPtr CueSounds::made(std::size_t index) const {
    std::unique_lock lock(m_mutex);
    m_madeMore.wait(lock, [&] { return m_made > index; });
    return m_sounds[index];
}

SoundPtr CueSounds::tone(ToneKind kind, int posture) const {
    if (kind == ToneKind::None)
        return nullptr;
    const std::pair<ToneKind, int> key{kind, kind == ToneKind::Posture ? posture : 0};
    auto it = std::find(m_toneKeys.begin(), m_toneKeys.end(), key);
    if (it == m_toneKeys.end() && kind == ToneKind::Posture) {
        // A posture beyond those the routine declared cannot occur; fall back to the first.
        it = std::find(m_toneKeys.begin(), m_toneKeys.end(), std::pair{kind, 0});
    }
    if (it == m_toneKeys.end())
        return nullptr;
    SoundPtr sound = made(static_cast<std::size_t>(it - m_toneKeys.begin()));
    return sound->empty() ? nullptr : sound;
}

SoundPtr CueSounds::speech(const std::string& text) const {
    const auto it = std::find(m_texts.begin(), m_texts.end(), text);
    if (it == m_texts.end())
        return nullptr;
    SoundPtr sound = made(m_toneKeys.size() + static_cast<std::size_t>(it - m_texts.begin()));
    return sound->empty() ? nullptr : sound;
}

} // namespace nf::audio
