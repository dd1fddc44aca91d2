#include "app/audio/CuePlayer.hpp"

#include "core/Cues.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace nf::audio {
namespace {

constexpr std::int64_t kMuteFade = kSampleRate * 20 / 1000;
constexpr std::int64_t kInterruptFade = kSampleRate * 30 / 1000;

// Events after which what was queued to be said no longer applies.
bool interrupts(const SessionEvent& e) {
    switch (e.type) {
    case EventType::Paused:
    case EventType::StepSkipped:
    case EventType::SetRestarted:
    case EventType::SetEndedEarly: return true;
    case EventType::SessionEnd: return e.endReason == EndReason::Stopped;
    default: return false;
    }
}

} // namespace

CuePlayer::CuePlayer(const Timeline& timeline, AudioPrefs prefs, const SpeechEngine* speech,
                     PlayerOutput output)
    : m_detached(output == PlayerOutput::Detached), m_muted(prefs.muted) {
    m_mixer.setGain(volumeGain(prefs.volume));
    if (output == PlayerOutput::Device && prefs.mode != AudioMode::Silent)
        m_output = AudioOutput::open(m_mixer);
    // Without a device nothing would ever pull the sounds: do not make them.
    const AudioMode mode = audible() ? prefs.mode : AudioMode::Silent;
    m_sounds = std::make_unique<CueSounds>(timeline, mode, speech);
    m_scheduler = std::make_unique<CueScheduler>(*m_sounds);
    m_earliest = m_mixer.position() + framesFor(kPreRoll);
}

CuePlayer::~CuePlayer() {
    if (m_output && m_ended && !m_muted) {
        const auto limit = *m_ended == EndReason::Completed ? std::chrono::milliseconds(4000)
                                                            : std::chrono::milliseconds(1500);
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (m_mixer.pendingSounds() > 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        // What the mixer has handed over is still queued in the device (about 50 ms).
        std::this_thread::sleep_for(std::chrono::milliseconds(120));
    }
    m_output.reset();
}

void CuePlayer::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                         Micros actual) {
    if (!audible() || m_sounds->mode() == AudioMode::Silent) return;
    // One frame for the whole batch: events handled together are heard together, in order.
    const std::int64_t now = std::max(m_mixer.position(), m_earliest);
    for (const SessionEvent& e : events) {
        if (interrupts(e)) {
            m_mixer.fadeOutAll(kInterruptFade);
            m_scheduler->interrupt(now);
        }
        if (m_muted) continue;
        const bool end = e.type == EventType::SessionEnd;
        if (end) m_ended = e.endReason;
        if (!end && actual - e.t > kStale) continue;
        const Cue cue = cueFor(e, timeline);
        if (cue.tone == ToneKind::None && cue.speech.empty()) continue;
        for (const Placement& p :
             m_scheduler->place(cue, now, end ? SpeechPolicy::MustPlay : SpeechPolicy::MayDrop))
            m_mixer.add(p.frame, p.sound);
    }
}

void CuePlayer::setMuted(bool muted) {
    if (muted && !m_muted) m_mixer.fadeOutAll(kMuteFade);
    m_muted = muted;
}

void CuePlayer::setVolume(int percent) { m_mixer.setGain(volumeGain(percent)); }

} // namespace nf::audio
