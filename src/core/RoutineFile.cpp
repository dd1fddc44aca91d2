#include "core/RoutineFile.hpp"

#include "core/Dose.hpp"
#include "core/Format.hpp"
#include "core/TomlRead.hpp"

#include <algorithm>
#include <cmath>

namespace nf {
namespace {

using namespace detail;

std::optional<std::string> checkSwitch(const char* what, double v) {
    if (!std::isfinite(v) || v < Limits::kSwitchMin || v > Limits::kSwitchMax)
        return std::string(what) + " must be from " + formatSeconds(Limits::kSwitchMin) + " to " +
               formatSeconds(Limits::kSwitchMax) + " seconds, got " + formatSeconds(v);
    return std::nullopt;
}

SideRule readSideRule(const toml::table& t) {
    auto text = readString(t, "side");
    if (!text || *text == "none")
        return SideRule::None;
    if (*text == "affected")
        return SideRule::Affected;
    if (*text == "each")
        return SideRule::Each;
    fail(*t.get("side"),
         "'side' must be \"none\", \"affected\" or \"each\", got \"" + *text + "\"");
}

Phase readPhase(const toml::table& t, const std::string& where) {
    rejectUnknownKeys(t, {"name", "cue", "hold", "fixed", "posture"}, where);
    Phase p;
    p.name = requireString(t, "name", where);
    p.cue = readString(t, "cue").value_or(p.name);
    auto hold = readNumber(t, "hold");
    if (!hold)
        fail(t, where + " needs 'hold' (seconds)");
    checkAt(t, "hold", checkHold(*hold));
    p.seconds = *hold;
    p.holdKind = readBool(t, "fixed").value_or(false) ? HoldKind::Fixed : HoldKind::Adjustable;
    p.posture = readString(t, "posture").value_or("");
    return p;
}

// What a table is read as: an exercise of the routine, or a variant that replaces one.
enum class ExerciseKind { Exercise, Variant };

Exercise readExercise(const toml::table& t, const std::string& where, ExerciseKind kind) {
    if (kind == ExerciseKind::Exercise)
        rejectUnknownKeys(t,
                          {"name", "figure", "reps", "sets", "rest", "side", "setup", "stop_if",
                           "phase", "harder"},
                          where);
    else
        rejectUnknownKeys(t,
                          {"name", "figure", "reps", "sets", "rest", "side", "setup", "stop_if",
                           "phase", "tensioner"},
                          where);
    Exercise ex;
    ex.name = requireString(t, "name", where);
    ex.figure = readString(t, "figure").value_or("");
    if (auto v = readInt(t, "reps")) {
        checkAt(t, "reps", checkReps(*v));
        ex.reps = static_cast<int>(*v);
    }
    if (auto v = readInt(t, "sets")) {
        checkAt(t, "sets", checkSets(*v));
        ex.sets = static_cast<int>(*v);
    }
    if (auto v = readNumber(t, "rest")) {
        checkAt(t, "rest", checkRest(*v));
        ex.restSeconds = *v;
    }
    ex.sideRule = readSideRule(t);
    ex.setup = readStrings(t, "setup");
    ex.stopIf = readStrings(t, "stop_if");
    ex.harder = readString(t, "harder").value_or("");
    ex.tensioner = readBool(t, "tensioner").value_or(false);
    const toml::node* phases = t.get("phase");
    if (!phases)
        fail(t, where + " needs at least one [[exercise.phase]]");
    const toml::array* arr = phases->as_array();
    if (!arr || arr->empty())
        fail(*phases, "'phase' must be a list of tables ([[exercise.phase]])");
    if (arr->size() > static_cast<std::size_t>(Limits::kPhasesMax))
        fail(*phases, where + " has " + std::to_string(arr->size()) + " phases; at most " +
                          std::to_string(Limits::kPhasesMax));
    int i = 0;
    for (const toml::node& n : *arr) {
        ++i;
        const toml::table* pt = n.as_table();
        if (!pt)
            fail(n, "each phase must be a table ([[exercise.phase]])");
        ex.phases.push_back(readPhase(*pt, where + ", phase " + std::to_string(i)));
    }
    return ex;
}

Routine readRoutine(const toml::table& t, std::string id) {
    rejectUnknownKeys(t,
                      {"name", "description", "lead_in", "switch", "transition", "setup", "stop_if",
                       "exercise", "variant"},
                      "the routine");
    Routine r;
    r.id = std::move(id);
    r.name = requireString(t, "name", "the routine");
    r.description = readString(t, "description").value_or("");
    if (auto v = readNumber(t, "lead_in")) {
        checkAt(t, "lead_in", checkLeadIn(*v));
        r.leadInSeconds = *v;
    }
    if (auto v = readNumber(t, "switch")) {
        checkAt(t, "switch", checkSwitch("switch", *v));
        r.switchSeconds = *v;
    }
    if (auto v = readNumber(t, "transition")) {
        checkAt(t, "transition", checkSwitch("transition", *v));
        r.transitionSeconds = *v;
    }
    r.setup = readStrings(t, "setup");
    r.stopIf = readStrings(t, "stop_if");
    const toml::node* exs = t.get("exercise");
    if (!exs)
        fail(t, "the routine needs at least one [[exercise]]");
    const toml::array* arr = exs->as_array();
    if (!arr || arr->empty())
        fail(*exs, "'exercise' must be a list of tables ([[exercise]])");
    if (arr->size() > static_cast<std::size_t>(Limits::kExercisesMax))
        fail(*exs, "the routine has " + std::to_string(arr->size()) + " exercises; at most " +
                       std::to_string(Limits::kExercisesMax));
    int i = 0;
    for (const toml::node& n : *arr) {
        ++i;
        const toml::table* et = n.as_table();
        if (!et)
            fail(n, "each exercise must be a table ([[exercise]])");
        r.exercises.push_back(
            readExercise(*et, "exercise " + std::to_string(i), ExerciseKind::Exercise));
    }
    if (const toml::node* vs = t.get("variant")) {
        const toml::array* varr = vs->as_array();
        if (!varr)
            fail(*vs, "'variant' must be a list of tables ([[variant]])");
        i = 0;
        for (const toml::node& n : *varr) {
            ++i;
            const toml::table* vt = n.as_table();
            if (!vt)
                fail(n, "each variant must be a table ([[variant]])");
            r.variants.push_back(
                readExercise(*vt, "variant " + std::to_string(i), ExerciseKind::Variant));
        }
    }
    // A harder variant must exist, so a plan's suggestion always names something runnable.
    const toml::array& exercises = *arr;
    for (std::size_t k = 0; k < r.exercises.size(); ++k) {
        const std::string& harder = r.exercises[k].harder;
        if (harder.empty())
            continue;
        const bool found = std::any_of(r.variants.begin(), r.variants.end(),
                                       [&](const Exercise& v) { return v.name == harder; });
        if (!found)
            fail(*exercises[k].as_table()->get("harder"),
                 "'harder' names no [[variant]] called '" + harder + "'");
    }
    return r;
}

} // namespace

Parsed<Routine> parseRoutine(std::string_view text, std::string_view source, std::string id) {
    auto table = parseToml(text, source);
    if (auto* err = std::get_if<ParseError>(&table))
        return *err;
    try {
        return readRoutine(std::get<toml::table>(table), std::move(id));
    } catch (const TomlFail& f) {
        return ParseError{std::string(source), f.line, f.column, f.message};
    }
}

std::optional<std::string> validateRoutine(const Routine& r) {
    if (r.exercises.empty())
        return "the routine has no exercises";
    if (auto e = checkLeadIn(r.leadInSeconds))
        return e;
    for (const Exercise& ex : r.exercises) {
        if (ex.phases.empty())
            return "exercise '" + ex.name + "' has no phases";
        if (auto e = checkReps(ex.reps))
            return e;
        if (auto e = checkSets(ex.sets))
            return e;
        if (auto e = checkRest(ex.restSeconds))
            return e;
        for (const Phase& p : ex.phases)
            if (auto e = checkHold(p.seconds))
                return e;
    }
    return std::nullopt;
}

} // namespace nf
