#include "app/gui/session/SessionFrame.hpp"

#include "core/Format.hpp"

#include <algorithm>

namespace nf::gui {
namespace {

constexpr Micros kSecond = std::chrono::seconds(1);

const Exercise* exerciseOf(const Timeline& t, const Step& s) {
    const auto& ex = t.routine().exercises;
    if (s.exercise < 0 || s.exercise >= static_cast<int>(ex.size()))
        return nullptr;
    return &ex[static_cast<std::size_t>(s.exercise)];
}

std::string postureKey(const Timeline& t, const Step& s) {
    const Exercise* ex = exerciseOf(t, s);
    if (!ex || s.phase < 0 || s.phase >= static_cast<int>(ex->phases.size()))
        return {};
    return ex->phases[static_cast<std::size_t>(s.phase)].posture;
}

long long ceilDiv(long long a, long long b) {
    return (a + b - 1) / b;
}

// Steps of `count` over `duration`: which step `elapsed` is in.
int stepIndex(Micros elapsed, Micros duration, int count) {
    if (duration.count() <= 0)
        return count;
    return static_cast<int>(std::min<long long>(count, elapsed.count() * count / duration.count()));
}

int barSteps(Micros duration, const Pacing& p) {
    return static_cast<int>(std::clamp<long long>(duration / p.barStep, 1, p.maxBarSteps));
}

int sessionSteps(Micros total, const Pacing& p) {
    return static_cast<int>(
        std::clamp<long long>(total / p.sessionBarStep, 1, p.maxSessionBarSteps));
}

// The pose the figure comes from when step `index` starts.
std::string previousPosture(const Timeline& t, std::size_t index) {
    if (index == 0)
        return {};
    const Step& prev = t[index - 1];
    const Step& cur = t[index];
    switch (prev.kind) {
    case StepKind::Phase:
        return prev.exercise == cur.exercise ? postureKey(t, prev) : "rest";
    case StepKind::LeadIn:
        return {};
    default:
        return "rest";
    }
}

std::string sideText(const Timeline& t, const Step& s) {
    if (s.side == Side::None)
        return {};
    const Exercise* ex = exerciseOf(t, s);
    const bool each = ex && ex->sideRule == SideRule::Each;
    return toString(s.side) + (each ? " side" : " leg");
}

std::string fraction(const char* what, int n, int of) {
    return std::string(what) + " " + std::to_string(n) + " / " + std::to_string(of);
}

} // namespace

Micros moveTimeFor(Micros stepDuration, const Pacing& p) {
    const auto share =
        Micros{static_cast<Micros::rep>(static_cast<double>(stepDuration.count()) * p.moveShare)};
    return std::max(p.frame, std::min(p.maxMove, share));
}

double figureBlend(Micros elapsed, Micros moveTime, Micros frame) {
    if (moveTime <= Micros{0} || elapsed >= moveTime)
        return 1.0;
    const long long frames = ceilDiv(moveTime.count(), frame.count());
    const long long k = std::max<long long>(0, elapsed.count() / frame.count()) + 1;
    const double t = std::min(1.0, static_cast<double>(k) / static_cast<double>(frames));
    return t * t * (3.0 - 2.0 * t); // smoothstep: the head and foot ease in and out
}

std::string describeNext(const Timeline& t, std::size_t index) {
    const Step* n = t.next(index);
    if (!n)
        return "Then you are done";
    const Step& cur = t[index];
    switch (n->kind) {
    case StepKind::Phase: {
        const bool newSet = cur.kind != StepKind::Phase || cur.set != n->set ||
                            cur.exercise != n->exercise || cur.side != n->side;
        if (cur.kind == StepKind::LeadIn)
            return "First: " + n->label;
        if (newSet && n->sets > 1)
            return "Next: " + fraction("set", n->set, n->sets) + " \xC2\xB7 " + n->label;
        return "Next: " + n->label;
    }
    case StepKind::Rest:
        return "Next: rest " + formatSeconds(toSeconds(n->duration)) + " s";
    case StepKind::Switch:
        return "Next: " + n->label;
    case StepKind::Transition: {
        const auto& ex = t.routine().exercises;
        return n->exercise < static_cast<int>(ex.size())
                   ? "Next: " + ex[static_cast<std::size_t>(n->exercise)].name
                   : n->label;
    }
    case StepKind::LeadIn:
        return "Next: " + n->label;
    }
    return {};
}

SessionFrame describeSession(const SessionSnapshot& snap, const Timeline& t, const Pacing& p) {
    SessionFrame f;
    f.paused = snap.state == SessionState::Paused;
    if (f.paused && snap.pauseReason == PauseReason::Gap)
        f.pauseNote = pauseText(snap.pauseReason, snap.gap);
    if (!snap.step || snap.state == SessionState::Finished || snap.state == SessionState::Ready) {
        f.mode = SessionMode::Done;
        f.scheme = schemeFor(t, nullptr);
        f.title = snap.state == SessionState::Ready ? "Ready" : "Done";
        f.session = snap.sessionProgress;
        return f;
    }
    const Step& s = *snap.step;
    const Exercise* ex = exerciseOf(t, s);
    f.scheme = schemeFor(t, &s);
    f.title = s.label;
    f.seconds = std::to_string(ceilDiv(snap.stepRemaining.count(), kSecond.count()));
    // The step as it now stands: a lead-in or rest may have been given more time.
    const Micros length = snap.stepDuration;
    const int steps = barSteps(length, p);
    f.hold = static_cast<double>(stepIndex(snap.stepElapsed, length, steps)) / steps;
    if (t.routine().exercises.size() > 1 && ex)
        f.exercise = ex->name;
    f.side = sideText(t, s);
    f.next = describeNext(t, snap.stepIndex);
    const Micros total = t.total();
    f.left = formatClock(Micros{ceilDiv(snap.sessionRemaining.count(), kSecond.count()) *
                                kSecond.count()}) +
             " left";
    const int sSteps = sessionSteps(total, p);
    f.session = static_cast<double>(stepIndex(snap.sessionElapsed, total, sSteps)) / sSteps;

    f.figure.figure = ex ? ex->figure : std::string{};
    f.figure.side = s.side;
    const Micros move = moveTimeFor(s.duration, p);
    switch (s.kind) {
    case StepKind::LeadIn:
        f.mode = SessionMode::LeadIn;
        // The step's own lines: the routine's and the first exercise's, sides filled in.
        f.setup = s.setup;
        f.stopIf = s.stopIf;
        f.figure.blend = 1.0; // the set-up pose, still
        break;
    case StepKind::Phase:
        f.mode = SessionMode::Posture;
        if (s.reps > 1)
            f.rep = fraction("rep", s.rep, s.reps);
        if (s.sets > 1)
            f.set = fraction("set", s.set, s.sets);
        f.figure.fromPosture = previousPosture(t, snap.stepIndex);
        f.figure.toPosture = postureKey(t, s);
        f.figure.slot = ex ? postureSlot(*ex, s.phase) : s.phase;
        f.figure.blend = figureBlend(snap.stepElapsed, move, p.frame);
        break;
    case StepKind::Switch:
    case StepKind::Transition:
        if (s.isSetUp()) {
            // A new position: shown as the lead-in shows the first one, since it is said too.
            f.mode = SessionMode::LeadIn;
            f.setup = s.setup;
            f.stopIf = s.stopIf;
            f.figure.blend = 1.0;
            break;
        }
        [[fallthrough]];
    case StepKind::Rest:
        f.mode = SessionMode::Between;
        if (s.kind == StepKind::Rest && s.sets > 1)
            f.set = "done: " + fraction("set", s.set, s.sets);
        f.figure.fromPosture =
            s.kind == StepKind::Rest ? previousPosture(t, snap.stepIndex) : "rest";
        f.figure.toPosture = s.kind == StepKind::Transition ? "" : "rest";
        f.figure.blend = figureBlend(snap.stepElapsed, move, p.frame);
        break;
    }
    if (f.figure.blend >= 1.0)
        f.figure.fromPosture = f.figure.toPosture;
    return f;
}

std::optional<Micros> untilNextChange(const SessionSnapshot& snap, const Timeline& t,
                                      const Pacing& p) {
    if (!snap.step || snap.state == SessionState::Paused || snap.state == SessionState::Finished ||
        snap.state == SessionState::Ready)
        return std::nullopt;
    const Step& s = *snap.step;
    const Micros e = snap.stepElapsed;
    const Micros length = snap.stepDuration; // with any time added
    Micros next = length;                    // the end of the step, in step time
    // The figure, one frame at a time while it moves (never during the lead-in).
    if (s.kind != StepKind::LeadIn) {
        const Micros move = moveTimeFor(s.duration, p);
        const Micros lastPose = (ceilDiv(move.count(), p.frame.count()) - 1) * p.frame;
        if (e < lastPose)
            next = std::min(next, Micros{(e.count() / p.frame.count() + 1) * p.frame.count()});
    }
    // The hold bar's next step.
    const int steps = barSteps(length, p);
    const int k = stepIndex(e, length, steps);
    if (k < steps)
        next = std::min(next, Micros{ceilDiv((k + 1) * length.count(), steps)});
    // The digits: whole seconds left change when the remainder crosses a whole second.
    const long long left = ceilDiv(snap.stepRemaining.count(), kSecond.count());
    if (left > 1)
        next = std::min(next, length - Micros{(left - 1) * kSecond.count()});
    // The session bar and the time left, in session time.
    const Micros total = t.total();
    const int sSteps = sessionSteps(total, p);
    const int sk = stepIndex(snap.sessionElapsed, total, sSteps);
    Micros untilSession = snap.sessionRemaining;
    if (sk < sSteps)
        untilSession = std::min(untilSession, Micros{ceilDiv((sk + 1) * total.count(), sSteps)} -
                                                  snap.sessionElapsed);
    const Micros remaining = snap.sessionRemaining;
    const Micros sub = Micros{remaining.count() % kSecond.count()};
    if (sub.count() > 0)
        untilSession = std::min(untilSession, sub);
    return std::max(Micros{0}, std::min(next - e, untilSession));
}

} // namespace nf::gui
