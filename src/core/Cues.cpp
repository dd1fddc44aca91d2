#include "core/Cues.hpp"

#include "core/Format.hpp"

#include <algorithm>

namespace nf {
namespace {

constexpr Micros kLongHold = std::chrono::seconds(20);
constexpr const char* kTenMore = "Ten more seconds";
constexpr const char* kMoreTimeWords = "More time";
constexpr const char* kDone = "Well done. Session complete.";
constexpr const char* kStopped = "Session stopped.";
constexpr const char* kPaused = "Paused";
constexpr const char* kResumed = "Resuming";

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// A rest at least this long announces the next set itself ("Rest. Next, set two of three."), so
// the set's first posture says only its cue: "Set two of three. Point toes, chin down" takes
// about as long as a 3 s hold, and would run into the next posture's tone.
constexpr Micros kAnnounceInRest = std::chrono::seconds(8);

std::string setWords(const Step& s) {
    return "set " + numberWord(s.set) + " of " + numberWord(s.sets);
}

// "Point toes" read on after a comma: "point toes" (a word in capitals, such as "SLR", stays).
std::string runOn(std::string s) {
    if (s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
        s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

bool restAnnouncesNextSet(const Timeline& t, std::size_t i) {
    return t[i].kind == StepKind::Rest && t[i].duration >= kAnnounceInRest && i + 1 < t.size() &&
           t[i + 1].kind == StepKind::Phase && t[i + 1].set > 1;
}

std::string stepSpeech(const Timeline& t, std::size_t i) {
    const Step& s = t[i];
    if (restAnnouncesNextSet(t, i))
        return s.cue + ". Next, " + setWords(t[i + 1]) + ".";
    if (s.kind != StepKind::Phase)
        return s.cue;
    std::string prefix;
    const bool announced = i > 0 && restAnnouncesNextSet(t, i - 1);
    if (s.phase == 0 && s.rep == 1 && s.set > 1 && !announced)
        prefix = capitalised(setWords(s)) + ". ";
    // A comma, not a full stop: the pause of a sentence break would make the words fill a 3 s
    // hold up to the next posture's tone.
    if (s.phase == 0 && s.rep == s.reps && s.reps > 1)
        return prefix + "Last rep, " + runOn(s.cue);
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
        c.speech = stepSpeech(timeline, e.step);
        switch (s.kind) {
        case StepKind::LeadIn:
            c.tone = ToneKind::Start;
            break;
        case StepKind::Phase:
            c.tone = ToneKind::Posture;
            c.posture = s.phase;
            break;
        case StepKind::Rest:
            c.tone = ToneKind::None;
            break; // the set-done chime marks it
        case StepKind::Switch:
        case StepKind::Transition:
            c.tone = ToneKind::Switch;
            break;
        }
        break;
    case EventType::CountdownTick:
        if (s.kind != StepKind::Phase) {
            if (e.secondsLeft <= 3)
                c.tone = ToneKind::Tick;
        } else if (s.duration >= kLongHold) {
            if (e.secondsLeft == 10)
                c.speech = kTenMore;
            if (e.secondsLeft <= 3)
                c.tone = ToneKind::Tick;
        }
        break;
    case EventType::SetDone:
        // At the very end the session-end sound says it all; two chimes at once would blur.
        // A set cut short by leaving ends with the session: its sound is the session's end.
        if (e.step + 1 < timeline.size() && e.set.end != SetEnd::Left)
            c.tone = ToneKind::SetDone;
        break;
    case EventType::SessionEnd:
        c.tone = ToneKind::SessionEnd;
        c.speech = e.endReason == EndReason::Completed ? kDone : kStopped;
        break;
    case EventType::StepExtended:
        // Said, since the person is getting into position and may not see the count go up; a
        // tick too, heard at once even while the set-up's words are still being said (the
        // words then come too late and are left out).
        c.tone = ToneKind::Tick;
        c.speech = e.gap == std::chrono::seconds(10) ? kTenMore : kMoreTimeWords;
        break;
    case EventType::Paused:
        c.speech = kPaused;
        break;
    case EventType::Resumed:
        c.speech = kResumed;
        break;
    default:
        break;
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
    bool lengthens = false; // a step that may be given more time (Session::addTime)
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        const Step& s = timeline[i];
        add(stepSpeech(timeline, i));
        longHold = longHold || (s.kind == StepKind::Phase && s.duration >= kLongHold);
        lengthens = lengthens || s.kind != StepKind::Phase;
    }
    if (longHold || lengthens)
        add(kTenMore);
    if (lengthens)
        add(kMoreTimeWords);
    add(kDone);
    add(kStopped);
    add(kPaused);
    add(kResumed);
    return out;
}

} // namespace nf
