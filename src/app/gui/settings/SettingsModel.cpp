#include "app/gui/settings/SettingsModel.hpp"

#include "core/Dose.hpp"
#include "core/Format.hpp"

#include <algorithm>
#include <cmath>

namespace nf::gui {
namespace {

const Exercise* firstExercise(const Routine& r) {
    return r.exercises.empty() ? nullptr : &r.exercises.front();
}

// Values in force, as numbers.
struct Effective {
    int reps = 1, sets = 1;
    double hold = 3.0, rest = 0.0, leadIn = 0.0;
    SideChoice side = kDefaultSide;
};

Effective effective(const Routine& r, const Dose& d) {
    Effective e;
    if (const Exercise* ex = firstExercise(r)) {
        e.reps = ex->reps;
        e.sets = ex->sets;
        e.rest = ex->restSeconds;
    }
    e.hold = adjustableHold(r).value_or(0.0);
    e.leadIn = r.leadInSeconds;
    e.reps = d.reps.value_or(e.reps);
    e.sets = d.sets.value_or(e.sets);
    e.hold = d.holdSeconds.value_or(e.hold);
    e.rest = d.restSeconds.value_or(e.rest);
    e.leadIn = d.leadInSeconds.value_or(e.leadIn);
    e.side = d.side.value_or(kDefaultSide);
    return e;
}

// Each exercise's own value in force, said once when they are all the same ("10 / 12 / 10"
// when the clamshell has its own reps).
std::string perExercise(const Routine& r, const Dose& d, DoseField f) {
    const Routine applied = applyDose(r, d);
    std::vector<std::string> values;
    for (const Exercise& ex : applied.exercises) {
        switch (f) {
        case DoseField::Reps:
            values.push_back(std::to_string(ex.reps));
            break;
        case DoseField::Sets:
            values.push_back(std::to_string(ex.sets));
            break;
        case DoseField::Hold:
            values.push_back(holdPattern(ex));
            break; // as it is: 2 s + 1.5 s
        case DoseField::Rest:
            values.push_back(formatSeconds(ex.restSeconds) + " s");
            break;
        default:
            break;
        }
    }
    if (std::all_of(values.begin(), values.end(), [&](const auto& v) { return v == values[0]; }))
        values.resize(std::min<std::size_t>(values.size(), 1));
    std::string s;
    for (const auto& v : values)
        s += (s.empty() ? "" : " / ") + v;
    return s;
}

// Rounds to the step so repeated half-second steps never drift (2.4999999 -> 2.5).
double snap(double v, double step) {
    return std::round(v / step) * step;
}

} // namespace

std::string fieldName(DoseField f) {
    switch (f) {
    case DoseField::Reps:
        return "Reps in a set";
    case DoseField::Hold:
        return "Hold each posture";
    case DoseField::Sets:
        return "Sets";
    case DoseField::Rest:
        return "Rest between sets";
    case DoseField::LeadIn:
        return "Lead-in before rep 1";
    case DoseField::Side:
        return "Affected leg";
    }
    return {};
}

bool fieldApplies(const Routine& r, DoseField f) {
    switch (f) {
    case DoseField::Side:
        return std::any_of(r.exercises.begin(), r.exercises.end(),
                           [](const Exercise& e) { return e.sideRule == SideRule::Affected; });
    case DoseField::Hold:
        return adjustableHold(r).has_value();
    default:
        return !r.exercises.empty();
    }
}

bool fieldSaved(const Routine& r, const Settings& s, DoseField f) {
    const Dose d = s.doseFor(r.id);
    switch (f) {
    case DoseField::Reps:
        return d.reps.has_value();
    case DoseField::Hold:
        return d.holdSeconds.has_value();
    case DoseField::Sets:
        return d.sets.has_value();
    case DoseField::Rest:
        return d.restSeconds.has_value();
    case DoseField::LeadIn:
        return d.leadInSeconds.has_value();
    case DoseField::Side:
        return d.side.has_value();
    }
    return false;
}

std::string fieldValue(const Routine& r, const Settings& s, DoseField f) {
    if (!fieldApplies(r, f))
        return "\xE2\x80\x94"; // an em dash: nothing to set
    const Effective e = effective(r, s.doseFor(r.id));
    switch (f) {
    case DoseField::Reps:
    case DoseField::Hold:
    case DoseField::Sets:
    case DoseField::Rest:
        return perExercise(r, s.doseFor(r.id), f);
    case DoseField::LeadIn:
        return formatSeconds(e.leadIn) + " s";
    case DoseField::Side:
        return toString(s.sideFor(r.id)); // the affected leg when the routine has none of its own
    }
    return {};
}

Settings adjustField(const Routine& r, Settings s, DoseField f, int steps) {
    if (!fieldApplies(r, f) || steps == 0)
        return s;
    Dose d = s.doseFor(r.id);
    Effective e = effective(r, d);
    e.side = s.sideFor(r.id);
    switch (f) {
    case DoseField::Reps:
        d.reps = std::clamp(e.reps + steps, Limits::kRepsMin, Limits::kRepsMax);
        break;
    case DoseField::Sets:
        d.sets = std::clamp(e.sets + steps, Limits::kSetsMin, Limits::kSetsMax);
        break;
    case DoseField::Hold:
        d.holdSeconds =
            std::clamp(snap(e.hold + 0.5 * steps, 0.5), Limits::kHoldMin, Limits::kHoldMax);
        break;
    case DoseField::Rest:
        d.restSeconds =
            std::clamp(snap(e.rest + 5.0 * steps, 5.0), Limits::kRestMin, Limits::kRestMax);
        break;
    case DoseField::LeadIn:
        d.leadInSeconds =
            std::clamp(snap(e.leadIn + steps, 1.0), Limits::kLeadInMin, Limits::kLeadInMax);
        break;
    case DoseField::Side: {
        constexpr SideChoice order[] = {SideChoice::Left, SideChoice::Right, SideChoice::Both};
        int i = static_cast<int>(std::find(std::begin(order), std::end(order), e.side) -
                                 std::begin(order));
        i = ((i + steps) % 3 + 3) % 3;
        d.side = order[i];
        break;
    }
    }
    // A step here sets the value for the whole routine: each exercise's own value of that
    // field gives way, as with `nervefloss set` without --exercise.
    Dose wide;
    wide.reps = f == DoseField::Reps ? d.reps : std::nullopt;
    wide.sets = f == DoseField::Sets ? d.sets : std::nullopt;
    wide.holdSeconds = f == DoseField::Hold ? d.holdSeconds : std::nullopt;
    wide.restSeconds = f == DoseField::Rest ? d.restSeconds : std::nullopt;
    s.doses[r.id] = d.overriddenBy(wide);
    return s;
}

Settings resetRoutine(const Routine& r, Settings s) {
    s.doses.erase(r.id);
    return s;
}

} // namespace nf::gui
