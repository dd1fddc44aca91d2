#include "app/cli/Commands.hpp"

#include "app/Assets.hpp"
#include "app/Paths.hpp"
#include "core/Dose.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <vector>

namespace nf::cli {
namespace {

struct Registered {
    int order;
    CommandAdder adder;
};

std::vector<Registered>& registry() {
    static std::vector<Registered> r;
    return r;
}

WindowRunner& windowRunnerSlot() {
    static WindowRunner runner;
    return runner;
}

void flagCheck(const char* flag, const std::optional<std::string>& problem) {
    if (problem) throw InputError(std::string(flag) + ": " + *problem);
}

} // namespace

Dose DoseFlags::toDose() const {
    Dose d;
    if (reps) flagCheck("--reps", checkReps(*reps)), d.reps = reps;
    if (sets) flagCheck("--sets", checkSets(*sets)), d.sets = sets;
    if (hold) flagCheck("--hold", checkHold(*hold)), d.holdSeconds = hold;
    if (rest) flagCheck("--rest", checkRest(*rest)), d.restSeconds = rest;
    if (leadIn) flagCheck("--lead-in", checkLeadIn(*leadIn)), d.leadInSeconds = leadIn;
    if (side) {
        d.side = sideChoiceFromString(*side);
        if (!d.side) throw InputError("--side: must be left, right or both, got '" + *side + "'");
    }
    return d;
}

void addDoseFlags(CLI::App& c, DoseFlags& f) {
    c.add_option("--reps", f.reps, "Reps in a set (1-200)");
    c.add_option("--hold", f.hold, "Seconds each posture is held (0.5-120, decimals allowed)");
    c.add_option("--sets", f.sets, "Sets (1-20)");
    c.add_option("--rest", f.rest, "Seconds of rest between sets (0-600)");
    c.add_option("--lead-in", f.leadIn, "Seconds of lead-in before the first rep (0-60)");
    c.add_option("--side", f.side, "The affected leg: left, right or both");
}

AppContext& CommandEnv::context() {
    if (!m_context) {
        const Assets& assets = Assets::get();
        SettingsStore store(Paths::settingsFile());
        Settings settings;
        try {
            settings = store.load();
        } catch (const std::runtime_error& e) {
            throw InputError(e.what());
        }
        m_context.emplace(AppContext{
            RoutineCatalog::load(assets.routinesDir(), Paths::userRoutinesDir()), store,
            std::move(settings)});
        spdlog::debug("assets {}, settings {}, user routines {}: {} routines",
                      assets.root().string(), store.file().string(),
                      Paths::userRoutinesDir().string(), m_context->catalog.routines().size());
    }
    return *m_context;
}

CommandRegistrar::CommandRegistrar(int order, CommandAdder adder) {
    registry().push_back({order, std::move(adder)});
}

void addRegisteredCommands(CLI::App& root, CommandEnv& env) {
    auto& r = registry();
    std::stable_sort(r.begin(), r.end(),
                     [](const Registered& a, const Registered& b) { return a.order < b.order; });
    for (auto& cmd : r) cmd.adder(root, env);
}

const Routine& findRoutine(const AppContext& context, const std::string& id) {
    if (const Routine* r = context.catalog.find(id)) return *r;
    std::string known;
    for (const auto& k : context.catalog.ids()) known += (known.empty() ? "" : ", ") + k;
    throw InputError("unknown routine '" + id + "' (known: " + known + ")");
}

RunRequest makeRunRequest(const AppContext& context, const std::string& id, const DoseFlags& flags) {
    const Routine& base = findRoutine(context, id);
    const Dose dose = context.settings.doseFor(id).overriddenBy(flags.toDose());
    RunRequest req;
    req.routine = applyDose(base, dose);
    req.side = dose.side.value_or(context.settings.affectedLeg.value_or(kDefaultSide));
    req.routine.setupSpoken = context.settings.audioMode == AudioMode::VoiceAndTones && !context.settings.muted;
    return req;
}

void setWindowRunner(WindowRunner runner) { windowRunnerSlot() = std::move(runner); }
const WindowRunner& windowRunner() { return windowRunnerSlot(); }

} // namespace nf::cli
