// The foundation's commands: list, check, set and run.

#include "app/cli/Commands.hpp"

#include "app/Clock.hpp"
#include "app/HeadlessRun.hpp"
#include "app/PainPrompt.hpp"
#include "app/RoutineCatalog.hpp"
#include "app/Terminal.hpp"
#include "app/cli/FirstStart.hpp"
#include "app/cli/PlanCommands.hpp"
#include "core/Dose.hpp"
#include "core/Format.hpp"
#include "core/HistoryRules.hpp"
#include "core/RoutineFile.hpp"
#include "core/Session.hpp"
#include "core/Timeline.hpp"

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace nf::cli {
namespace {

std::string doseLine(const Exercise& ex) {
    const std::string holds = holdPattern(ex);
    std::string s = std::to_string(ex.reps) + (ex.reps == 1 ? " rep" : " reps") + " x " +
                    std::to_string(ex.sets) + (ex.sets == 1 ? " set" : " sets") + ", hold " + holds;
    if (ex.sets > 1)
        s += ", rest " + formatSeconds(ex.restSeconds) + " s";
    if (ex.sideRule == SideRule::Each)
        s += ", each side";
    return s;
}

void printRoutine(const Routine& r, SideChoice side) {
    const Timeline t(r, side);
    const bool sided = std::any_of(r.exercises.begin(), r.exercises.end(), [](const Exercise& e) {
        return e.sideRule == SideRule::Affected;
    });
    std::printf("%-14s %s  (%s", printable(r.id).c_str(), printable(r.name).c_str(),
                formatDuration(t.total()).c_str());
    if (sided)
        std::printf(", %s", legWords(side).c_str());
    std::printf(", lead-in %s s)\n", formatSeconds(r.leadInSeconds).c_str());
    for (const Exercise& ex : r.exercises) {
        // With several exercises each has its own dose: its id is what `set --exercise` takes.
        const std::string id = r.exercises.size() > 1 ? " [" + printable(exerciseId(ex)) + "]" : "";
        std::printf("%-14s   %s%s: %s\n", "", printable(ex.name).c_str(), id.c_str(),
                    doseLine(ex).c_str());
    }
}

void listRoutines(AppContext& ctx) {
    for (const ParseError& p : ctx.catalog.problems())
        std::fprintf(stderr, "nervefloss: skipped %s\n", printable(p.toString()).c_str());
    for (const Routine& r : ctx.catalog.routines()) {
        const Dose dose = ctx.settings.doseFor(r.id);
        Routine shown = applyDose(r, dose);
        // The length a run would have: spoken set-up words hold a lead-in only when spoken.
        shown.setupSpoken =
            ctx.settings.audioMode == AudioMode::VoiceAndTones && !ctx.settings.muted;
        printRoutine(shown, ctx.settings.sideFor(r.id));
    }
}

int checkFile(const std::string& path) {
    auto parsed = loadRoutineFile(path);
    if (auto* err = std::get_if<ParseError>(&parsed))
        throw InputError(err->toString());
    const Routine& r = std::get<Routine>(parsed);
    const Timeline t(r, kDefaultSide);
    std::printf("%s: ok: \"%s\", %zu exercise%s, %s\n", printable(path).c_str(),
                printable(r.name).c_str(), r.exercises.size(), r.exercises.size() == 1 ? "" : "s",
                formatDuration(t.total()).c_str());
    for (const std::string& w : routineWarnings(r))
        std::fprintf(stderr, "%s: warning: %s\n", path.c_str(), w.c_str());
    return 0;
}

int setDose(AppContext& ctx, const std::string& id, const DoseFlags& flags, bool reset) {
    const Routine& base = findRoutine(ctx, id);
    const Dose given = flags.toDose(base);
    Settings s = ctx.settings;
    if (reset)
        s.doses.erase(id);
    else if (given.empty())
        throw InputError("set " + id +
                         ": give at least one of --reps, --hold, --sets, --rest, "
                         "--lead-in, --side, or --reset");
    else
        s.doses[id] = s.doseFor(id).overriddenBy(given);
    saveSettingsOrRefuse(ctx, s);
    const Dose dose = s.doseFor(id);
    std::printf("Saved to %s\n", ctx.settingsStore.file().c_str());
    const bool wide = given.reps || given.sets || given.holdSeconds || given.restSeconds;
    if (wide && base.exercises.size() > 1)
        std::printf("Without --exercise, the values given apply to every exercise of %s.\n",
                    id.c_str());
    printRoutine(applyDose(base, dose), s.sideFor(id));
    return 0;
}

int runRoutine(CommandEnv& env, const std::string& id, const DoseFlags& flags, bool headless,
               const std::optional<std::string>& trace, bool quiet, std::optional<int> painBefore,
               std::optional<int> painAfter) {
    AppContext& ctx = env.context();
    RunRequest req = makePlannedRunRequest(ctx, id, flags);
    if (trace)
        req.tracePath = *trace;
    req.quiet = quiet;
    for (auto [flag, value] : {std::pair{"--pain-before", painBefore}, {"--pain-after", painAfter}})
        if (value && !validPain(*value))
            throw InputError(std::string(flag) + ": pain must be from 0 to 10, got " +
                             std::to_string(*value));
    req.painBefore = painBefore;
    req.painAfter = painAfter;
    if (!headless)
        return env.openWindow(ctx, req);
    safetyAtFirstStart(ctx);
    // The first run asks which leg is affected rather than assuming one; a side given for the
    // routine or on the command line is an answer already.
    if (!flags.toDose().side && !ctx.settings.doseFor(id).side &&
        std::any_of(req.routine.exercises.begin(), req.routine.exercises.end(),
                    [](const Exercise& e) { return e.sideRule == SideRule::Affected; }))
        if (const auto leg = askAffectedLegOnce(ctx))
            req.side = *leg;
    // Pain ratings are asked only when someone is at the keyboard; Enter skips.
    // The question goes to the terminal: when stdout is redirected, it must not land in the file.
    std::FILE* prompt = ::isatty(STDOUT_FILENO) ? stdout : stderr;
    if (!req.painBefore && stdinIsTerminal())
        req.painBefore = askPain(stdin, prompt, "before");
    // A flare is no time to floss: a pain of 8 or more asks first (no answer means no).
    if (asksWhetherToGoOn(req.painBefore) && stdinIsTerminal() &&
        askYesNoLine(stdin, prompt, kGoOnQuestion) != true) {
        std::printf("Not started. Rest, and see the safety notice (nervefloss safety) if it is "
                    "getting worse.\n");
        return 0;
    }
    const SteadyClock clock;
    const auto run = env.makeSession(ctx, req, clock, SessionFront::Terminal);
    {
        Terminal terminal; // raw keys for the session only: the pain after is typed as a line
        printSessionIntro(stdout, run->timeline(), HeadlessKeys::Routine, terminal.interactive());
        runHeadless(*run, terminal, clock, HeadlessKeys::Routine);
    }
    std::printf("%s\n", doneLine(run->snapshot()).c_str());
    // A session ended by a signal was recorded as stopped; the status says which signal.
    if (Terminal::interruptStatus() != 0)
        return Terminal::interruptStatus();
    if (stdinIsTerminal()) {
        // A rating skipped at the start is asked again, so the rule by symptom response has
        // both ends of the session rather than silently none.
        if (!run->painBefore())
            if (const auto pain = askPain(stdin, prompt, "before"))
                run->ratePain(PainMoment::Before, *pain);
        if (!run->painAfter())
            if (const auto pain = askPain(stdin, prompt, "after"))
                run->ratePain(PainMoment::After, *pain);
    }
    if (painRoseBy2(run->painBefore(), run->painAfter()))
        std::printf("Stop here for today: the pain rose by 2 or more. No more flossing today and "
                    "tomorrow; then resume with fewer reps.\n");
    return 0;
}

} // namespace

void addRoutineCommands(CLI::App& root, CommandEnv& env) {
    auto* list = root.add_subcommand("list", "List the routines with the values in force");
    list->callback([&env] { listRoutines(env.context()); });

    auto* check = root.add_subcommand("check", "Validate a routine file and say what is wrong");
    auto checkPath = std::make_shared<std::string>();
    check->add_option("FILE", *checkPath, "The routine file (TOML)")->required();
    check->callback([&env, checkPath] { env.exitCode = checkFile(*checkPath); });

    auto* set =
        root.add_subcommand("set", "Remember your own reps, hold, sets, rest, lead-in and side");
    auto setId = std::make_shared<std::string>();
    auto setFlags = std::make_shared<DoseFlags>();
    auto reset = std::make_shared<bool>(false);
    set->add_option("ROUTINE", *setId, "The routine's id (see `nervefloss list`)")->required();
    addDoseFlags(*set, *setFlags);
    set->add_flag("--reset", *reset, "Forget the saved values: back to the routine's own");
    set->callback([&env, setId, setFlags, reset] {
        env.exitCode = setDose(env.context(), *setId, *setFlags, *reset);
    });

    auto* run = root.add_subcommand(
        "run", "Run a routine, in the window or with --headless in the terminal");
    auto runId = std::make_shared<std::string>();
    auto runFlags = std::make_shared<DoseFlags>();
    auto headless = std::make_shared<bool>(false);
    auto quiet = std::make_shared<bool>(false);
    auto trace = std::make_shared<std::optional<std::string>>();
    auto painBefore = std::make_shared<std::optional<int>>();
    auto painAfter = std::make_shared<std::optional<int>>();
    run->add_option("ROUTINE", *runId, "The routine's id (see `nervefloss list`)")->required();
    addDoseFlags(*run, *runFlags);
    run->add_flag("--headless", *headless, "Run in the terminal, without a window");
    run->add_flag("--quiet", *quiet, "No terminal bell on posture changes (headless)");
    run->add_option("--trace", *trace, "Write every event as a JSON line to FILE");
    run->add_option("--pain-before", *painBefore,
                    "Calf pain before the session, 0-10 (for scripts)")
        ->check(notBlank());
    run->add_option("--pain-after", *painAfter, "Calf pain after the session, 0-10 (for scripts)")
        ->check(notBlank());
    run->callback([&env, runId, runFlags, headless, quiet, trace, painBefore, painAfter] {
        env.exitCode =
            runRoutine(env, *runId, *runFlags, *headless, *trace, *quiet, *painBefore, *painAfter);
    });
}

} // namespace nf::cli
