// The programme on the command line: the plan file, today's plan, progression and check-ins.

#include "app/cli/PlanCommands.hpp"

#include "app/Files.hpp"
#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "app/PlanFile.hpp"
#include "app/history/HistoryStore.hpp"
#include "app/history/Programme.hpp"
#include "core/Format.hpp"
#include "core/Schedule.hpp"

#include <cstdio>
#include <memory>

namespace nf::cli {
namespace {

int showPlan(const AppContext& ctx) {
    const LoadedPlan loaded = planOrFail(ctx);
    std::printf("Plan: %s\n",
                loaded.file ? loaded.file->c_str() : "built-in (the physiotherapist's default)");
    // Only read: a history on read-only media still shows the plan as it stands.
    const auto changes = HistoryStore(Paths::historyFile(), HistoryAccess::ReadOnly).doseChanges();
    for (const PlanEntry& e : loaded.plan.entries) {
        const Routine* r = ctx.catalog.find(e.routineId);
        if (!r)
            continue;
        const DoseNow dose = doseNow(*r, ctx.settings.doseFor(e.routineId), changes);
        std::printf("  %-18s %s; now %s\n", printable(r->name).c_str(), cadenceText(e).c_str(),
                    doseText(dose).c_str());
        if (const std::string limits = limitsText(e); !limits.empty())
            std::printf("  %-18s %s\n", "", limits.c_str());
    }
    return 0;
}

int importPlan(const AppContext& ctx, const std::string& file) {
    auto parsed = readPlanFile(file, ctx.catalog);
    if (auto* err = std::get_if<ParseError>(&parsed))
        throw InputError(err->toString());
    const std::string text = readTextFile(file);
    try {
        writeFileAtomically(Paths::planFile(), text, OutputKind::OwnFile);
    } catch (const std::runtime_error& e) {
        throw InputError(e.what());
    }
    std::printf("Imported the plan (%zu routines) to %s\n", std::get<Plan>(parsed).entries.size(),
                Paths::planFile().c_str());
    return 0;
}

std::unique_ptr<HistoryStore> openStore() {
    auto store = std::make_unique<HistoryStore>(Paths::historyFile());
    if (store->recoveryNotice())
        std::fprintf(stderr, "nervefloss: %s\n", store->recoveryNotice()->c_str());
    return store;
}

int checkinWhere(const std::string& where, bool tingling) {
    const auto reach = reachFromString(where);
    if (!reach)
        throw InputError("checkin where: answer calf, thigh or buttock, got '" + where + "'");
    const auto store = openStore();
    const auto before = store->whereFelt();
    const WhereFelt answer{localNow(), *reach, tingling};
    store->addWhereFelt(answer);
    const Trend trend =
        whereTrend(before.empty() ? std::nullopt : std::optional(before.back()), answer);
    // The first answer has nothing to compare with.
    const std::string against = before.empty() ? ""
                                : trend == Trend::Same
                                    ? " (the same as last time)"
                                    : " (" + toString(trend) + " than last time)";
    std::printf("Recorded: felt down to the %s%s%s.\n", toString(*reach).c_str(),
                tingling ? ", with new tingling or numbness" : "", against.c_str());
    if (tingling)
        std::printf(
            "New tingling or numbness: do less next time, and contact your physiotherapist or "
            "GP if it lasts.\n");
    return 0;
}

bool yesNo(const std::string& text, int index) {
    if (text == "yes" || text == "y")
        return true;
    if (text == "no" || text == "n")
        return false;
    throw InputError("checkin urgent: answer " + std::to_string(index + 1) +
                     " must be yes or no, got '" + text + "'");
}

int checkinUrgent(const std::vector<std::string>& answers) {
    if (answers.size() != static_cast<std::size_t>(kUrgentQuestions)) {
        std::string list;
        for (std::size_t i = 0; i < urgentQuestions().size(); ++i)
            list += "\n  " + std::to_string(i + 1) + ". " + std::string(urgentQuestions()[i]);
        throw InputError("checkin urgent: give " + std::to_string(kUrgentQuestions) +
                         " answers (yes or no), one for each question:" + list);
    }
    UrgentCheck check;
    check.day = localToday();
    for (std::size_t i = 0; i < answers.size(); ++i)
        check.yes[i] = yesNo(answers[i], static_cast<int>(i));
    openStore()->addUrgentCheck(check);
    if (check.anyYes()) {
        std::printf(
            "URGENT: you answered yes to a sign that needs a doctor now. Stop the exercises and "
            "call 999 or go to A&E (or your local emergency number). See `nervefloss safety`.\n");
        return 0;
    }
    std::printf("Recorded: no urgent signs this week.\n");
    return 0;
}

int checkinSbi(const std::vector<int>& ratings) {
    if (ratings.size() != static_cast<std::size_t>(kSbiItems))
        throw InputError(
            "checkin sbi: give four ratings from 0 to 6: leg pain, numbness or tingling, "
            "weakness, pain on sitting");
    SbiScore score;
    score.day = localToday();
    for (std::size_t i = 0; i < ratings.size(); ++i)
        score.ratings[i] = ratings[i];
    if (auto problem = checkSbi(score.ratings))
        throw InputError("checkin sbi: " + *problem);
    const auto store = openStore();
    store->addSbi(score);
    std::printf("Recorded: bothersomeness %d of 24.\n", score.total());
    if (auto advice = sbiAdvice(store->sbiScores()))
        std::printf("%s\n", advice->c_str());
    return 0;
}

} // namespace

LoadedPlan planOrFail(const AppContext& ctx) {
    auto loaded = loadPlan(ctx.catalog);
    if (auto* err = std::get_if<ParseError>(&loaded))
        throw InputError(err->toString());
    return std::get<LoadedPlan>(std::move(loaded));
}

int printProgrammeToday(AppContext& ctx, HistoryStore& store, bool apply) {
    const LoadedPlan loaded = planOrFail(ctx);
    const LocalTime now = localNow();
    const ProgrammeToday today = programmeToday(ctx, loaded.plan, store, now);
    std::printf("Today's plan (%s):\n", formatDate(now.date).c_str());
    for (const PlanItem& item : today.plan.items)
        std::printf("  %s\n", printable(planLine(item)).c_str());
    int accepted = 0;
    for (const PendingStep& step : today.steps) {
        std::printf("%s\n", printable(step.line()).c_str());
        if (apply) {
            acceptStep(ctx, store, step, now);
            std::printf("Accepted: %s; kept in the history with its reason.\n",
                        printable(step.routineName).c_str());
            ++accepted;
        }
    }
    if (!today.steps.empty() && !apply)
        std::printf("Accept it with `nervefloss today --apply`.\n");
    if (today.urgentCheckDue)
        std::printf("Weekly check: the urgent-signs questions (`nervefloss checkin urgent`).\n");
    if (today.sbiDue)
        std::printf("Every two weeks: how bothersome is it? (`nervefloss checkin sbi PAIN NUMBNESS "
                    "WEAKNESS SITTING`, 0-6 each).\n");
    if (today.sbiAdvice)
        std::printf("%s\n", today.sbiAdvice->c_str());
    if (today.whereTrend && *today.whereTrend != Trend::Same)
        std::printf("Where it is felt: %s than the time before.\n",
                    toString(*today.whereTrend).c_str());
    return accepted;
}

namespace {

void applyProgramme(const AppContext& ctx, const std::string& routineId, RunRequest& req) {
    try {
        // Only read: a history that cannot be written still gives the plan its place; the
        // recorder says once that the session will not be recorded.
        const HistoryStore store(Paths::historyFile(), HistoryAccess::ReadOnly);
        req.routine = withHarderVariants(req.routine, harderChosen(store.doseChanges(), routineId));
        auto loaded = loadPlan(ctx.catalog);
        if (const auto* plan = std::get_if<LoadedPlan>(&loaded))
            if (auto warning = secondDayWarning(
                    plan->plan, store.sessions(addDays(localToday(), -1)), routineId, localToday()))
                std::fprintf(stderr, "nervefloss: %s: %s\n", printable(req.routine.name).c_str(),
                             warning->c_str());
    } catch (const HistoryError& e) {
        std::fprintf(stderr, "nervefloss: %s; the plan is not applied to this run\n", e.what());
    }
}

} // namespace

RunRequest makePlannedRunRequest(const AppContext& ctx, const std::string& routineId,
                                 const DoseFlags& flags) {
    RunRequest req = makeRunRequest(ctx, routineId, flags);
    applyProgramme(ctx, routineId, req);
    return req;
}

void addPlanCommands(CLI::App& root, CommandEnv& env) {
    auto* plan = root.add_subcommand("plan", "Show the programme, or import one a clinician wrote");
    plan->require_subcommand(1);
    auto* show =
        plan->add_subcommand("show", "How often each routine is planned, and its dose now");
    show->callback([&env] { env.exitCode = showPlan(env.context()); });
    auto* import =
        plan->add_subcommand("import", "Check a plan file and make it the plan (see docs/plan.md)");
    auto file = std::make_shared<std::string>();
    import->add_option("FILE", *file, "The plan file (TOML)")->required();
    import->callback([&env, file] { env.exitCode = importPlan(env.context(), *file);
});

auto* checkin = root.add_subcommand(
    "checkin", "Record a check-in: where it is felt, urgent signs, bothersomeness");
checkin->require_subcommand(1);
auto* where = checkin->add_subcommand("where", "Where the symptoms reached after a session");
auto reach = std::make_shared<std::string>();
auto tingling = std::make_shared<bool>(false);
where->add_option("REACH", *reach, "calf, thigh or buttock")->required();
where->add_flag("--new-tingling", *tingling, "There was new tingling or numbness");
where->callback([&env, reach, tingling] { env.exitCode = checkinWhere(*reach, *tingling); });
auto* urgent =
    checkin->add_subcommand("urgent", "The weekly urgent-signs questions: five yes/no answers");
auto answers = std::make_shared<std::vector<std::string>>();
urgent->add_option("ANSWERS", *answers, "yes or no for each question, in order");
urgent->callback([&env, answers] { env.exitCode = checkinUrgent(*answers); });
auto* sbi = checkin->add_subcommand("sbi", "The Sciatica Bothersomeness Index: four ratings 0-6");
auto ratings = std::make_shared<std::vector<int>>();
sbi->add_option("RATINGS", *ratings, "leg pain, numbness or tingling, weakness, pain on sitting");
sbi->callback([&env, ratings] { env.exitCode = checkinSbi(*ratings); });
} // namespace nf::cli

} // namespace nf::cli
