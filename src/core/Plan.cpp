#include "core/Plan.hpp"

#include "core/Dose.hpp"
#include "core/Format.hpp"
#include "core/TomlRead.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nf {
namespace {

using namespace detail;

constexpr int kMaxTimesADay = 6;
constexpr int kMaxEveryDays = 14;
constexpr int kMaxRepStep = 20;
constexpr double kMinHoldStep = 0.5, kMaxHoldStep = 10.0;

long long intIn(const toml::table& t, std::string_view key, long long lo, long long hi) {
    const auto v = readInt(t, key);
    if (*v < lo || *v > hi)
        fail(*t.get(key), "'" + std::string(key) + "' must be a whole number from " +
                              std::to_string(lo) + " to " + std::to_string(hi) + ", got " +
                              std::to_string(*v));
    return *v;
}

PlanEntry readEntry(const toml::table& t, const std::string& where,
                    const std::vector<std::string>& known) {
    rejectUnknownKeys(t,
                      {"id", "times_a_day", "every_days", "as_wanted", "at", "max_reps", "rep_step",
                       "max_hold", "hold_step", "harder_variants", "tensioner",
                       "off_on_flare_days"},
                      where);
    PlanEntry e;
    e.routineId = requireString(t, "id", where);
    if (std::find(known.begin(), known.end(), e.routineId) == known.end()) {
        std::string list;
        for (const auto& k : known)
            list += (list.empty() ? "" : ", ") + k;
        fail(*t.get("id"), "no routine '" + e.routineId + "' (known: " + list + ")");
    }
    const int cadences = (t.contains("times_a_day") ? 1 : 0) + (t.contains("every_days") ? 1 : 0) +
                         (t.contains("as_wanted") ? 1 : 0);
    if (cadences != 1)
        fail(t, where + " needs exactly one of 'times_a_day', 'every_days' or 'as_wanted = true'");
    if (t.contains("times_a_day")) {
        e.cadence = Cadence::TimesADay;
        e.timesADay = static_cast<int>(intIn(t, "times_a_day", 1, kMaxTimesADay));
    } else if (t.contains("every_days")) {
        e.cadence = Cadence::EveryDays;
        e.everyDays = static_cast<int>(intIn(t, "every_days", 1, kMaxEveryDays));
    } else {
        if (!*readBool(t, "as_wanted"))
            fail(*t.get("as_wanted"), "'as_wanted' can only be true (or leave it out)");
        e.cadence = Cadence::AsWanted;
    }
    e.at = readTimesOfDay(t, "at");
    if (!e.at.empty()) {
        const std::size_t wanted = e.cadence == Cadence::TimesADay
                                       ? static_cast<std::size_t>(e.timesADay)
                                   : e.cadence == Cadence::EveryDays ? 1U
                                                                     : 0U;
        if (e.at.size() != wanted)
            fail(*t.get("at"), wanted == 0 ? std::string("'at' has no meaning with 'as_wanted'")
                                           : "'at' must give " + std::to_string(wanted) +
                                                 (wanted == 1 ? " time" : " times") +
                                                 ", one for each session of the day");
    }
    if (t.contains("max_reps"))
        e.maxReps = static_cast<int>(intIn(t, "max_reps", Limits::kRepsMin, Limits::kRepsMax));
    if (t.contains("rep_step"))
        e.repStep = static_cast<int>(intIn(t, "rep_step", 1, kMaxRepStep));
    if (auto v = readNumber(t, "max_hold")) {
        checkAt(t, "max_hold", checkHold(*v));
        e.maxHold = *v;
    }
    if (auto v = readNumber(t, "hold_step")) {
        if (!std::isfinite(*v) || *v < kMinHoldStep || *v > kMaxHoldStep)
            fail(*t.get("hold_step"), "'hold_step' must be from " + formatSeconds(kMinHoldStep) +
                                          " to " + formatSeconds(kMaxHoldStep) + " seconds, got " +
                                          formatSeconds(*v));
        e.holdStep = *v;
    }
    e.harderVariants = readBool(t, "harder_variants").value_or(false);
    e.tensioner = readBool(t, "tensioner").value_or(false);
    e.offOnFlareDays = readBool(t, "off_on_flare_days").value_or(false);
    return e;
}

Plan readPlan(const toml::table& t, const std::vector<std::string>& known) {
    rejectUnknownKeys(t, {"routine"}, "the plan");
    const toml::node* list = t.get("routine");
    if (!list)
        fail(t, "the plan needs at least one [[routine]]");
    const toml::array* arr = list->as_array();
    if (!arr || arr->empty())
        fail(*list, "'routine' must be a list of tables ([[routine]])");
    Plan plan;
    int i = 0;
    for (const toml::node& n : *arr) {
        ++i;
        const toml::table* rt = n.as_table();
        if (!rt)
            fail(n, "each routine must be a table ([[routine]])");
        PlanEntry e = readEntry(*rt, "routine " + std::to_string(i), known);
        if (plan.find(e.routineId))
            fail(*rt->get("id"), "routine '" + e.routineId + "' is already in the plan");
        plan.entries.push_back(std::move(e));
    }
    return plan;
}

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

} // namespace

std::string formatTimeOfDay(TimeOfDay time) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", time.hour % 100, time.minute % 100);
    return buf;
}

std::string formatTimeOfDay(const LocalTime& time) {
    return formatTimeOfDay(TimeOfDay{time.hour, time.minute});
}

std::optional<TimeOfDay> parseTimeOfDay(std::string_view text) {
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (!digit(0) || !digit(1) || !digit(3) || !digit(4))
        return std::nullopt;
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59)
        return std::nullopt;
    return TimeOfDay{h, m};
}

const PlanEntry* Plan::find(std::string_view routineId) const {
    for (const PlanEntry& e : entries)
        if (e.routineId == routineId)
            return &e;
    return nullptr;
}

Plan defaultPlan() {
    Plan p;
    PlanEntry floss;
    floss.routineId = "nerve-floss";
    floss.cadence = Cadence::TimesADay;
    floss.timesADay = 2;
    floss.maxReps = 25;
    floss.repStep = 5;
    floss.maxHold = 5.0;
    floss.holdStep = 1.0;
    floss.offOnFlareDays = true;
    PlanEntry stretch;
    stretch.routineId = "glute-stretch";
    stretch.cadence = Cadence::TimesADay;
    stretch.timesADay = 2;
    PlanEntry rolls;
    rolls.routineId = "knee-rolls";
    rolls.cadence = Cadence::AsWanted;
    PlanEntry strength;
    strength.routineId = "strengthening";
    strength.cadence = Cadence::EveryDays;
    strength.everyDays = 2;
    strength.maxReps = 15;
    strength.repStep = 2;
    strength.harderVariants = true;
    p.entries = {floss, stretch, rolls, strength};
    return p;
}

Parsed<Plan> parsePlan(std::string_view text, std::string_view source,
                       const std::vector<std::string>& knownRoutines) {
    auto table = parseToml(text, source);
    if (auto* err = std::get_if<ParseError>(&table))
        return *err;
    try {
        return readPlan(std::get<toml::table>(table), knownRoutines);
    } catch (const TomlFail& f) {
        return ParseError{std::string(source), f.line, f.column, f.message};
    }
}

std::string serializePlan(const Plan& plan) {
    std::string out = "# nervefloss plan (see docs/plan.md)\n";
    for (const PlanEntry& e : plan.entries) {
        out += "\n[[routine]]\nid = " + quoted(e.routineId) + "\n";
        switch (e.cadence) {
        case Cadence::TimesADay:
            out += "times_a_day = " + std::to_string(e.timesADay) + "\n";
            break;
        case Cadence::EveryDays:
            out += "every_days = " + std::to_string(e.everyDays) + "\n";
            break;
        case Cadence::AsWanted:
            out += "as_wanted = true\n";
            break;
        }
        if (!e.at.empty()) {
            out += "at = [";
            for (std::size_t i = 0; i < e.at.size(); ++i)
                out += (i ? ", " : "") + quoted(formatTimeOfDay(e.at[i]));
            out += "]\n";
        }
        if (e.maxReps)
            out += "max_reps = " + std::to_string(*e.maxReps) + "\n";
        out += "rep_step = " + std::to_string(e.repStep) + "\n";
        if (e.maxHold)
            out += "max_hold = " + formatSeconds(*e.maxHold) + "\n";
        out += "hold_step = " + formatSeconds(e.holdStep) + "\n";
        out += std::string("harder_variants = ") + (e.harderVariants ? "true" : "false") + "\n";
        out += std::string("tensioner = ") + (e.tensioner ? "true" : "false") + "\n";
        out += std::string("off_on_flare_days = ") + (e.offOnFlareDays ? "true" : "false") + "\n";
    }
    return out;
}

std::string cadenceText(const PlanEntry& e) {
    std::string text;
    switch (e.cadence) {
    case Cadence::TimesADay:
        text = e.timesADay == 1 ? "once a day" : std::to_string(e.timesADay) + " times a day";
        break;
    case Cadence::EveryDays:
        text = e.everyDays == 1   ? "every day"
               : e.everyDays == 2 ? "every other day (never two days in a row)"
                                  : "every " + std::to_string(e.everyDays) + " days";
        break;
    case Cadence::AsWanted:
        text = "as wanted";
        break;
    }
    if (!e.at.empty()) {
        text += " at";
        for (std::size_t i = 0; i < e.at.size(); ++i)
            text += (i ? ", " : " ") + formatTimeOfDay(e.at[i]);
    }
    return text;
}

std::string limitsText(const PlanEntry& e) {
    std::string limits;
    if (e.maxReps)
        limits += "reps up to " + std::to_string(*e.maxReps) + " by " + std::to_string(e.repStep);
    if (e.maxHold)
        limits += (limits.empty() ? "" : ", ") + std::string("hold up to ") +
                  formatSeconds(*e.maxHold) + " s by " + formatSeconds(e.holdStep);
    if (e.harderVariants)
        limits += (limits.empty() ? "" : ", ") + std::string("then harder variants");
    if (e.tensioner)
        limits += (limits.empty() ? "" : ", ") + std::string("tensioner variants allowed");
    if (e.offOnFlareDays)
        limits += (limits.empty() ? "" : ", ") + std::string("off on flare days");
    return limits;
}

} // namespace nf
