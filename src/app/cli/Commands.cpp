#include "app/cli/Commands.hpp"

#include "app/Assets.hpp"
#include "app/Paths.hpp"
#include "core/Dose.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <regex>
#include <utility>
#include <vector>

namespace nf::cli {
namespace {

void flagCheck(const char* flag, const std::optional<std::string>& problem) {
    if (problem)
        throw InputError(std::string(flag) + ": " + *problem);
}

} // namespace

Dose DoseFlags::toDose() const {
    Dose d;
    if (reps)
        flagCheck("--reps", checkReps(*reps)), d.reps = reps;
    if (sets)
        flagCheck("--sets", checkSets(*sets)), d.sets = sets;
    if (hold)
        flagCheck("--hold", checkHold(*hold)), d.holdSeconds = hold;
    if (rest)
        flagCheck("--rest", checkRest(*rest)), d.restSeconds = rest;
    if (leadIn)
        flagCheck("--lead-in", checkLeadIn(*leadIn)), d.leadInSeconds = leadIn;
    if (side) {
        d.side = sideChoiceFromString(*side);
        if (!d.side)
            throw InputError("--side: must be left, right or both, got '" + *side + "'");
    }
    if (exercise) {
        // The lead-in and the side belong to the whole routine; an exercise has its own reps,
        // sets, hold and rest only.
        if (leadIn)
            throw InputError(
                "--lead-in: is the whole routine's, not one exercise's (leave out --exercise)");
        if (side)
            throw InputError(
                "--side: is the whole routine's, not one exercise's (leave out --exercise)");
        ExerciseDose& own = d.exercises[*exercise];
        own.reps = std::exchange(d.reps, std::nullopt);
        own.sets = std::exchange(d.sets, std::nullopt);
        own.holdSeconds = std::exchange(d.holdSeconds, std::nullopt);
        own.restSeconds = std::exchange(d.restSeconds, std::nullopt);
        if (own.empty())
            throw InputError("--exercise: give --reps, --sets, --hold or --rest for it");
    }
    return d;
}

Dose DoseFlags::toDose(const Routine& routine) const {
    if (exercise) {
        std::string known;
        const Exercise* found = nullptr;
        for (const Exercise& ex : routine.exercises) {
            if (exerciseId(ex) == *exercise)
                found = &ex;
            known += (known.empty() ? "" : ", ") + exerciseId(ex);
        }
        if (!found)
            throw InputError("--exercise: '" + *exercise + "' is not an exercise of " + routine.id +
                             " (its exercises: " + known + ")");
        if (hold && !adjustableHold(*found))
            throw InputError("--hold: " + found->name +
                             " has no held posture, only movements of a fixed length");
    }
    return toDose();
}

const CLI::Validator& notBlank() {
    static const CLI::Validator v(
        [](const std::string& value) -> std::string {
            return value.find_first_not_of(" \t\r\n\v\f") == std::string::npos
                       ? "needs a value, got an empty one"
                       : "";
        },
        "", "not blank");
    return v;
}

void addDoseFlags(CLI::App& c, DoseFlags& f) {
    c.add_option("--reps", f.reps, "Reps in a set (1-200)")->check(notBlank());
    c.add_option("--hold", f.hold, "Seconds each posture is held (0.5-120, decimals allowed)")
        ->check(notBlank());
    c.add_option("--sets", f.sets, "Sets (1-20)")->check(notBlank());
    c.add_option("--rest", f.rest, "Seconds of rest between sets (0-600)")->check(notBlank());
    c.add_option("--lead-in", f.leadIn, "Seconds of lead-in before the first rep (0-60)")
        ->check(notBlank());
    c.add_option("--side", f.side, "The affected leg: left, right or both")->check(notBlank());
    c.add_option(
         "--exercise", f.exercise,
         "Reps, sets, hold and rest for this exercise alone (its id, see `nervefloss list`)")
        ->check(notBlank());
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
        m_context.emplace(
            AppContext{RoutineCatalog::load(assets.routinesDir(), Paths::userRoutinesDir()), store,
                       std::move(settings)});
        spdlog::debug("assets {}, settings {}, user routines {}: {} routines",
                      assets.root().string(), store.file().string(),
                      Paths::userRoutinesDir().string(), m_context->catalog.routines().size());
    }
    return *m_context;
}

PixelSize parseSizeFlag(const std::string& text, PixelSize smallest, PixelSize largest) {
    static const std::regex form(R"((\d{1,5})[xX](\d{1,5}))");
    std::smatch m;
    const std::string limits = std::to_string(smallest.width) + "x" +
                               std::to_string(smallest.height) + " to " +
                               std::to_string(largest.width) + "x" + std::to_string(largest.height);
    if (!std::regex_match(text, m, form))
        throw InputError("--size: expected WIDTHxHEIGHT such as 1280x800 (" + limits + "), got '" +
                         text + "'");
    const PixelSize size{static_cast<unsigned>(std::stoul(m[1])),
                         static_cast<unsigned>(std::stoul(m[2]))};
    if (size.width < smallest.width || size.height < smallest.height ||
        size.width > largest.width || size.height > largest.height)
        throw InputError("--size: from " + limits + ", got '" + text + "'");
    return size;
}

void saveSettingsOrRefuse(AppContext& context, const Settings& next) {
    try {
        context.saveSettings(next);
    } catch (const std::runtime_error& e) {
        throw InputError(e.what());
    }
}

const Routine& findRoutine(const AppContext& context, const std::string& id) {
    // A broken file of this id is refused even when a built-in has the id: the user meant theirs.
    if (const ParseError* p = context.catalog.problemFor(id))
        throw InputError(p->toString());
    if (const Routine* r = context.catalog.find(id))
        return *r;
    std::string known;
    for (const auto& k : context.catalog.ids())
        known += (known.empty() ? "" : ", ") + k;
    throw InputError("unknown routine '" + id + "' (known: " + known + ")");
}

RunRequest makeRunRequest(const AppContext& context, const std::string& id,
                          const DoseFlags& flags) {
    const Routine& base = findRoutine(context, id);
    const Dose dose = context.settings.doseFor(id).overriddenBy(flags.toDose(base));
    RunRequest req;
    req.routine = applyDose(base, dose);
    req.side = dose.side.value_or(context.settings.sideFor(id));
    req.routine.setupSpoken =
        context.settings.audioMode == AudioMode::VoiceAndTones && !context.settings.muted;
    return req;
}

} // namespace nf::cli
