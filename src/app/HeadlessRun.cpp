#include "app/HeadlessRun.hpp"

#include "app/Terminal.hpp"
#include "core/Format.hpp"
#include "core/HistoryRules.hpp"

#include <algorithm>
#include <string>

namespace nf {
namespace {

// Even with nothing due, the loop wakes this often: to notice Ctrl-C and to keep the session's
// updates well inside its long-gap limit.
constexpr Micros kMaxWait = std::chrono::milliseconds(250);
// With a desktop, the longest wait: a media key is read within this time.
constexpr Micros kRemotePoll = std::chrono::milliseconds(50);

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// "[set 2/3  rep 7/25  right]  ", leaving out what says nothing (a single set or rep).
std::string where(const Step& s) {
    std::string w;
    auto add = [&w](const std::string& part) { w += (w.empty() ? "" : "  ") + part; };
    if (s.sets > 1)
        add("set " + std::to_string(s.set) + "/" + std::to_string(s.sets));
    if (s.reps > 1)
        add("rep " + std::to_string(s.rep) + "/" + std::to_string(s.reps));
    if (s.side != Side::None)
        add(toString(s.side));
    return w.empty() ? "" : "[" + w + "]  ";
}

} // namespace

void TerminalPrinter::endLine() {
    if (m_lineOpen)
        std::fputc('\n', m_out);
    m_lineOpen = false;
}

void TerminalPrinter::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                               Micros) {
    for (const SessionEvent& e : events) {
        const Step* s = e.step < timeline.size() ? &timeline[e.step] : nullptr;
        const std::string at = formatClock(e.t);
        switch (e.type) {
        case EventType::StepStart: {
            if (!s)
                break; // every step start names a step of the timeline
            endLine();
            const std::string secs = formatSeconds(toSeconds(s->duration)) + " s";
            switch (s->kind) {
            case StepKind::LeadIn:
                std::fprintf(m_out, "%s  Get ready (%s)", at.c_str(), secs.c_str());
                break;
            case StepKind::Phase:
                if (m_bell)
                    std::fputc('\a', m_out);
                std::fprintf(m_out, "%s  %s%s  (%s)", at.c_str(), where(*s).c_str(),
                             printable(upper(s->label)).c_str(), secs.c_str());
                break;
            case StepKind::Rest: {
                const Step* n = timeline.next(e.step);
                std::fprintf(m_out, "%s  Rest %s", at.c_str(), secs.c_str());
                if (n && n->kind == StepKind::Phase)
                    std::fprintf(m_out, ", then set %d of %d", n->set, n->sets);
                break;
            }
            case StepKind::Switch:
            case StepKind::Transition:
                // Labels and lines hold names from routine files: printable() shows their
                // control characters instead of letting them act on the terminal.
                std::fprintf(m_out, "%s  %s (%s)", at.c_str(), printable(s->label).c_str(),
                             secs.c_str());
                // The new position, as it is spoken, before its first rep.
                for (const auto* lines : {&s->setup, &s->stopIf})
                    for (const auto& line : *lines)
                        std::fprintf(m_out, "\n          %s", printable(line).c_str());
                break;
            }
            m_lineOpen = true;
            break;
        }
        case EventType::CountdownTick:
            std::fprintf(m_out, " %d", e.secondsLeft);
            break;
        case EventType::SetEndedEarly:
            if (!s)
                break;
            endLine();
            // Only flossing ends a set because the dull pain eased; elsewhere it just ended.
            std::fprintf(m_out, "%s  Set %d ended early after %d reps%s\n", at.c_str(), s->set,
                         e.repsInSet,
                         timeline.routine().id == kFlossRoutineId ? " (the pain eased)" : "");
            break;
        case EventType::SetRestarted:
            if (!s)
                break;
            endLine();
            std::fprintf(m_out, "%s  Restarting set %d\n", at.c_str(), s->set);
            break;
        case EventType::StepSkipped:
            std::fputs(" (skipped)", m_out);
            break;
        case EventType::StepExtended:
            std::fprintf(m_out, " (+%s s: %d s left)", formatSeconds(toSeconds(e.gap)).c_str(),
                         e.secondsLeft);
            m_lineOpen = true;
            break;
        case EventType::Paused:
            endLine();
            std::fprintf(m_out, "%s  %s. Press space to go on.\n", at.c_str(),
                         pauseText(e.pauseReason, e.gap).c_str());
            break;
        case EventType::Resumed:
            std::fprintf(m_out, "%s  Resumed\n", at.c_str());
            break;
        case EventType::SessionEnd:
            endLine();
            std::fprintf(m_out, "%s  %s\n", at.c_str(),
                         e.endReason == EndReason::Completed ? "Session complete."
                                                             : "Session stopped.");
            break;
        default:
            break;
        }
    }
    std::fflush(m_out);
}

void printSessionIntro(std::FILE* out, const Timeline& timeline, HeadlessKeys keys,
                       bool interactive) {
    const Routine& routine = timeline.routine();
    std::fprintf(out, "%s: %s\n", printable(routine.name).c_str(),
                 formatDuration(timeline.total()).c_str());
    // The lead-in's own lines: the routine's and the first exercise's, with the side filled in.
    if (timeline.size() > 0 && timeline[0].kind == StepKind::LeadIn)
        for (const auto* lines : {&timeline[0].setup, &timeline[0].stopIf})
            for (const auto& line : *lines)
                std::fprintf(out, "  %s\n", printable(line).c_str());
    if (!interactive) {
        std::fflush(out);
        return;
    }
    const bool leadIn = timeline.size() > 0 && timeline[0].kind == StepKind::LeadIn;
    if (keys == HeadlessKeys::Guide) {
        std::fputs("Keys: space next step, s symptom (go no further: on to look up), p pause, "
                   "q stop here.\n",
                   out);
    } else {
        // The lead-in is for getting into position: space starts at once rather than pausing.
        if (leadIn)
            std::fputs("Keys now: space start at once, + 10 s more, p pause.\n", out);
        // Only flossing ends a set because the dull pain eased.
        std::fprintf(out,
                     "Keys%s: space pause/resume, e end the set early%s, s skip, r restart the "
                     "set, + 10 s more rest, q quit.\n",
                     leadIn ? " then" : "", routine.id == kFlossRoutineId ? " (pain eased)" : "");
    }
    std::fflush(out);
}

void applyHeadlessKey(SessionRun& run, char key, HeadlessKeys keys, SelfCheckGuide* guide,
                      std::FILE* out) {
    switch (key) {
    case ' ': {
        // The guide's space is its next step; getting into position (the lead-in, a new
        // exercise's set-up), space starts at once.
        const SessionSnapshot snap = run.snapshot();
        const bool guideGoesOn = keys == HeadlessKeys::Guide && snap.state != SessionState::Paused;
        run.command(guideGoesOn || snap.gettingReady() ? SessionCommand::Skip
                                                       : SessionCommand::TogglePause);
        break;
    }
    case '+':
    case '=': // the same key without Shift
        run.command(SessionCommand::MoreTime);
        break;
    case 'p':
    case 'P':
        run.command(SessionCommand::TogglePause);
        break;
    case 'e':
    case 'E':
        run.command(SessionCommand::EndSetEarly);
        break;
    case 's':
    case 'S':
        if (keys == HeadlessKeys::Guide && guide) {
            if (const auto to = guide->symptomAt(run.snapshot().stepIndex, run.timeline())) {
                if (out) {
                    std::fputs("\nSymptom: no further. On to look up.\n", out);
                    std::fflush(out);
                }
                run.skipTo(*to);
            }
        } else {
            run.command(SessionCommand::Skip);
        }
        break;
    case 'r':
    case 'R':
        run.command(SessionCommand::RestartSet);
        break;
    case 'q':
    case 'Q':
        run.command(SessionCommand::Stop);
        break;
    default:
        break;
    }
}

void applyRemoteCommand(SessionRun& run, RemoteCommand command) {
    switch (command) {
    case RemoteCommand::PlayPause:
        run.command(SessionCommand::TogglePause);
        break;
    case RemoteCommand::Play:
        run.command(SessionCommand::Resume);
        break;
    case RemoteCommand::Pause:
        run.command(SessionCommand::Pause);
        break;
    case RemoteCommand::Next:
        run.command(SessionCommand::Skip);
        break;
    case RemoteCommand::Stop:
        run.command(SessionCommand::Stop);
        break;
    }
}

void runHeadless(SessionRun& run, KeySource& keys, const Clock& clock, HeadlessKeys keyMap,
                 SelfCheckGuide* guide, std::FILE* out) {
    run.start();
    while (run.state() != SessionState::Finished) {
        if (keys.interrupted()) {
            run.command(SessionCommand::Stop);
            break;
        }
        for (RemoteCommand c : run.remoteCommands())
            applyRemoteCommand(run, c);
        if (run.state() == SessionState::Finished)
            break;
        // Media keys are read between waits, so with a desktop the loop wakes often enough for
        // them to feel immediate.
        Micros wait = run.hasRemote() ? kRemotePoll : kMaxWait;
        const auto deadline = run.nextDeadline();
        if (deadline)
            wait = std::clamp(*deadline - SteadyClock::kSpinAhead - clock.now(), Micros{0}, wait);
        auto key = keys.waitKey(wait);
        // Wake a little early and wait out the rest on the CPU: on a busy machine the wake-up
        // from a sleep can come milliseconds late, and the cue should not.
        if (!key && deadline && *deadline - clock.now() <= SteadyClock::kSpinAhead)
            clock.waitUntil(*deadline, WaitPrecision::Exact);
        if (key)
            applyHeadlessKey(run, *key, keyMap, guide, out);
        run.update();
        // Nobody can press a key without a terminal: a pause for a gap would wait forever, so
        // the run goes on by itself where it stopped. A pause someone asked for (a media key)
        // waits for them.
        if (!keys.interactive() && run.state() == SessionState::Paused &&
            run.snapshot().pauseReason == PauseReason::Gap)
            run.command(SessionCommand::Resume);
    }
    if (guide)
        guide->reached(run.snapshot().stepIndex, run.timeline());
}

std::string doneLine(const SessionSnapshot& snap) {
    std::string s = "Done: " + std::to_string(snap.setsDone) +
                    (snap.setsDone == 1 ? " set, " : " sets, ") + std::to_string(snap.repsDone) +
                    (snap.repsDone == 1 ? " rep" : " reps");
    if (snap.setsEndedEarly > 0)
        s += ", " + std::to_string(snap.setsEndedEarly) + " ended early";
    return s + " in " + formatClock(snap.activeTime) + ".";
}

} // namespace nf
