#include "core/Cues.hpp"

#include "core/Format.hpp"

#include <algorithm>

namespace nf {
namespace {

constexpr Micros kLongHold = std::chrono::seconds(20);
constexpr const char* kTenMore = "Ten more seconds";
constexpr const char* kDone = "Well done. Session complete.";
constexpr const char* kStopped = "Session stopped.";
constexpr const char* kPaused = "Paused";
constexpr const char* kResumed = "Resuming";

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string stepSpeech(const Step& s) {
    if (s.kind != StepKind::Phase) return s.cue;
    std::string prefix;
    if (s.phase == 0 && s.rep == 1 && s.set > 1)
        prefix = capitalised("set " + numberWord(s.set) + " of " + numberWord(s.sets)) + ". ";
    if (s.phase == 0 && s.rep == s.reps && s.reps > 1) prefix += "Last rep. ";
    return prefix + s.cue;
}

} // namespace

Cue cueFor(const SessionEvent& e, const Timeline& timeline) {
    Cue c;
    if (e.step >= timeline.size()) {
        if (e.type == EventType::SessionEnd) {
            c.tone = ToneKind::SessionEnd;
            c.speech = e.endReason == EndReason::Completed ? kDone : kStopped;
        }
        return c;
    }
    const Step& s = timeline[e.step];
    switch (e.type) {
    case EventType::StepStart:
        c.speech = stepSpeech(s);
        switch (s.kind) {
        case StepKind::LeadIn: c.tone = ToneKind::Start; break;
        case StepKind::Phase:
            c.tone = ToneKind::Posture;
            c.posture = s.phase;
            break;
        case StepKind::Rest: c.tone = ToneKind::None; break; // the set-done chime marks it
        case StepKind::Switch:
        case StepKind::Transition: c.tone = ToneKind::Switch; break;
        }
        break;
    case EventType::CountdownTick:
        if (s.kind != StepKind::Phase) {
            if (e.secondsLeft <= 3) c.tone = ToneKind::Tick;
        } else if (s.duration >= kLongHold) {
            if (e.secondsLeft == 10) c.speech = kTenMore;
            if (e.secondsLeft <= 3) c.tone = ToneKind::Tick;
        }
        break;
    case EventType::SetDone:
        // At the very end the session-end sound says it all; two chimes at once would blur.
        if (e.step + 1 < timeline.size()) c.tone = ToneKind::SetDone;
        break;
    case EventType::SessionEnd:
        c.tone = ToneKind::SessionEnd;
        c.speech = e.endReason == EndReason::Completed ? kDone : kStopped;
        break;
    case EventType::Paused: c.speech = kPaused; break;
    case EventType::Resumed: c.speech = kResumed; break;
    default: break;
    }
    return c;
}

std::vector<std::string> allSpokenTexts(const Timeline& timeline) {
    std::vector<std::string> out;
    auto add = [&out](std::string s) {
        if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(std::move(s));
    };
    bool longHold = false;
    for (const Step& s : timeline.steps()) {
        add(stepSpeech(s));
        longHold = longHold || (s.kind == StepKind::Phase && s.duration >= kLongHold);
    }
    if (longHold) add(kTenMore);
    add(kDone);
    add(kStopped);
    add(kPaused);
    add(kResumed);
    return out;
}

} // namespace nf
