#include "app/HeadlessRun.hpp"

#include "app/Terminal.hpp"
#include "core/Format.hpp"

#include <algorithm>
#include <string>

namespace nf {
namespace {

// Even with nothing due, the loop wakes this often: to notice Ctrl-C and to keep the session's
// updates well inside its long-gap limit.
constexpr Micros kMaxWait = std::chrono::milliseconds(250);
// How long before a deadline the loop stops sleeping and waits on the CPU (about 2 ms a
// second of spinning: 0.2 % of a core).
constexpr Micros kSpinAhead = std::chrono::microseconds(1500);

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// "[set 2/3  rep 7/25  right]  ", leaving out what says nothing (a single set or rep).
std::string where(const Step& s) {
    std::string w;
    auto add = [&w](const std::string& part) { w += (w.empty() ? "" : "  ") + part; };
    if (s.sets > 1) add("set " + std::to_string(s.set) + "/" + std::to_string(s.sets));
    if (s.reps > 1) add("rep " + std::to_string(s.rep) + "/" + std::to_string(s.reps));
    if (s.side != Side::None) add(toString(s.side));
    return w.empty() ? "" : "[" + w + "]  ";
}

} // namespace

void TerminalPrinter::endLine() {
    if (m_lineOpen) std::fputc('\n', m_out);
    m_lineOpen = false;
}

void TerminalPrinter::note(const char* text) {
    endLine();
    std::fprintf(m_out, "%s\n", text);
    std::fflush(m_out);
}

void TerminalPrinter::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                               Micros) {
    for (const SessionEvent& e : events) {
        const Step* s = e.step < timeline.size() ? &timeline[e.step] : nullptr;
        const std::string at = formatClock(e.t);
        switch (e.type) {
        case EventType::StepStart: {
            if (!s) break; // every step start names a step of the timeline
            endLine();
            const std::string secs = formatSeconds(toSeconds(s->duration)) + " s";
            switch (s->kind) {
            case StepKind::LeadIn:
                std::fprintf(m_out, "%s  Get ready (%s)", at.c_str(), secs.c_str());
                break;
            case StepKind::Phase:
                if (m_bell) std::fputc('\a', m_out);
                std::fprintf(m_out, "%s  %s%s  (%s)", at.c_str(), where(*s).c_str(),
                             upper(s->label).c_str(), secs.c_str());
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
                std::fprintf(m_out, "%s  %s (%s)", at.c_str(), s->label.c_str(), secs.c_str());
                // The new position, as it is spoken, before its first rep.
                for (const auto* lines : {&s->setup, &s->stopIf})
                    for (const auto& line : *lines) std::fprintf(m_out, "\n          %s", line.c_str());
                break;
            }
            m_lineOpen = true;
            break;
        }
        case EventType::CountdownTick:
            std::fprintf(m_out, " %d", e.secondsLeft);
            break;
        case EventType::SetEndedEarly:
            if (!s) break;
            endLine();
            std::fprintf(m_out, "%s  Set %d ended early after %d reps (the pain eased)\n",
                         at.c_str(), s->set, e.repsInSet);
            break;
        case EventType::SetRestarted:
            if (!s) break;
            endLine();
            std::fprintf(m_out, "%s  Restarting set %d\n", at.c_str(), s->set);
            break;
        case EventType::StepSkipped:
            std::fputs(" (skipped)", m_out);
            break;
        case EventType::Paused:
            endLine();
            if (e.pauseReason == PauseReason::Gap)
                std::fprintf(m_out, "%s  Paused: the computer was away for %s. Press space to go on.\n",
                             at.c_str(), formatDuration(e.gap).c_str());
            else
                std::fprintf(m_out, "%s  Paused. Press space to go on.\n", at.c_str());
            break;
        case EventType::Resumed:
            std::fprintf(m_out, "%s  Resumed\n", at.c_str());
            break;
        case EventType::SessionEnd:
            endLine();
            std::fprintf(m_out, "%s  %s\n", at.c_str(),
                         e.endReason == EndReason::Completed ? "Session complete." : "Session stopped.");
            break;
        default: break;
        }
    }
    std::fflush(m_out);
}

int runHeadless(Session& session, const RunRequest& request, std::vector<EventSink*> sinks,
                const Clock& clock, SelfCheckGuide* guide) {
    Terminal terminal;
    const Timeline& timeline = session.timeline();
    const Routine& routine = timeline.routine();
    std::printf("%s: %s\n", routine.name.c_str(), formatDuration(timeline.total()).c_str());
    // The lead-in's own lines: the routine's and the first exercise's, with the side filled in.
    if (timeline.size() > 0 && timeline[0].kind == StepKind::LeadIn)
        for (const auto* lines : {&timeline[0].setup, &timeline[0].stopIf})
            for (const auto& line : *lines) std::printf("  %s\n", line.c_str());
    const bool selfCheck = request.purpose == RunPurpose::SelfCheck;
    if (terminal.interactive())
        std::printf(selfCheck ? "Keys: space next step, s symptom (go no further: on to look up), "
                                "p pause, q stop here.\n"
                              : "Keys: space pause/resume, e end the set early (pain eased), s skip, "
                                "r restart the set, q quit.\n");
    std::fflush(stdout);

    TerminalPrinter printer(stdout, !request.quiet);
    sinks.insert(sinks.begin(), &printer);
    const Micros startedAt = clock.now();
    auto dispatch = [&](const std::vector<SessionEvent>& events) {
        if (events.empty()) return;
        const Micros actual = clock.now() - startedAt;
        for (EventSink* sink : sinks) sink->onEvents(events, session.timeline(), actual);
    };

    dispatch(session.start(startedAt));
    while (session.state() != SessionState::Finished) {
        if (Terminal::interrupted()) {
            dispatch(session.stop(clock.now()));
            break;
        }
        Micros wait = kMaxWait;
        const auto deadline = session.nextDeadline();
        if (deadline) wait = std::clamp(*deadline - kSpinAhead - clock.now(), Micros{0}, kMaxWait);
        auto key = terminal.waitKey(wait);
        // Wake a little early and wait out the rest on the CPU: on a busy machine the wake-up
        // from a sleep can come milliseconds late, and the cue should not.
        if (!key && deadline && *deadline - clock.now() <= kSpinAhead) {
            while (clock.now() < *deadline && !key && !Terminal::interrupted())
                key = terminal.waitKey(Micros{0});
        }
        const Micros now = clock.now();
        if (key) {
            switch (*key) {
            case ' ': dispatch(selfCheck ? session.skip(now) : session.togglePause(now)); break;
            case 'p': case 'P': dispatch(session.togglePause(now)); break;
            case 'e': case 'E': dispatch(session.endSetEarly(now)); break;
            case 's': case 'S':
                // In the self-check S means "symptom", as on screen: never a step further into
                // tension, but on to "look up" for this leg.
                if (selfCheck && guide) {
                    if (const auto to = guide->symptomAt(session.snapshot(now).stepIndex, timeline)) {
                        printer.note("Symptom: no further. On to look up.");
                        dispatch(session.skipTo(*to, now));
                    }
                } else {
                    dispatch(session.skip(now));
                }
                break;
            case 'r': case 'R': dispatch(session.restartSet(now)); break;
            case 'q': case 'Q': dispatch(session.stop(now)); break;
            default: break;
            }
        }
        dispatch(session.update(clock.now()));
    }
    const SessionSnapshot snap = session.snapshot(clock.now());
    if (guide) guide->reached(snap.stepIndex, timeline);
    if (selfCheck) return 0;
    std::printf("Done: %d %s, %d %s%s in %s.\n", snap.setsDone, snap.setsDone == 1 ? "set" : "sets",
                snap.repsDone, snap.repsDone == 1 ? "rep" : "reps",
                snap.setsEndedEarly > 0
                    ? (", " + std::to_string(snap.setsEndedEarly) + " ended early").c_str()
                    : "",
                formatClock(snap.activeTime).c_str());
    return 0;
}

} // namespace nf
