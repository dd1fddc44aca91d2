#include "app/audio/CuePlayer.hpp"

#include "core/Cues.hpp"

#include <algorithm>

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
    case EventType::SetEndedEarly:
        return true;
    case EventType::SessionEnd:
        return e.endReason == EndReason::Stopped;
    default:
        return false;
    }
}

} // namespace

CuePlayer::CuePlayer(const Timeline& timeline, AudioPrefs prefs, const SpeechEngine* speech,
                     Mixer& mixer)
    : m_mixer(mixer), m_owner(mixer.newOwner()), m_muted(prefs.muted) {
    m_mixer.setGain(volumeGain(prefs.volume));
    m_sounds = std::make_unique<CueSounds>(timeline, prefs.mode, speech);
    m_scheduler = std::make_unique<CueScheduler>(*m_sounds);
}

CuePlayer::CuePlayer(const Timeline& timeline, AudioPrefs prefs, const SpeechEngine* speech,
                     std::shared_ptr<Mixer> mixer)
    : CuePlayer(timeline, prefs, speech, *mixer) {
    m_hold = std::move(mixer);
}

CuePlayer::~CuePlayer() {
    // The end's chime and words are the last thing a session says: they play on. A session left
    // half-way goes quiet, as a pause would make it.
    if (!m_ended)
        m_mixer.fadeOut(m_owner, kInterruptFade);
}

void CuePlayer::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                         Micros actual) {
    // After the end nothing more is said (a pain rating, an answer): the end's words are the last.
    if (m_sounds->mode() == AudioMode::Silent || m_ended)
        return;
    // One frame for the whole batch: events handled together are heard together, in order.
    const std::int64_t now = m_mixer.firstFreeFrame();
    for (const SessionEvent& e : events) {
        if (interrupts(e)) {
            m_mixer.fadeOut(m_owner, kInterruptFade);
            m_scheduler->interrupt(now);
        }
        const bool end = e.type == EventType::SessionEnd;
        if (end)
            m_ended = e.endReason;
        if (m_muted)
            continue;
        if (!end && actual - e.t > kStale)
            continue;
        const Cue cue = cueFor(e, timeline);
        if (cue.tone == ToneKind::None && cue.speech.empty())
            continue;
        for (const Placement& p :
             m_scheduler->place(cue, now, end ? SpeechPolicy::MustPlay : SpeechPolicy::MayDrop))
            m_mixer.add(p.frame, p.sound, m_owner);
    }
    // The session is over: its last sounds are placed and the mixer keeps them, so the device
    // need not stay open for this player (the summary screen may stay up for long).
    if (m_ended)
        m_hold.reset();
}

void CuePlayer::setMuted(bool muted) {
    if (muted && !m_muted)
        m_mixer.fadeOut(m_owner, kMuteFade);
    m_muted = muted;
}

void CuePlayer::setVolume(int percent) {
    m_mixer.setGain(volumeGain(percent));
}

} // namespace nf::audio
