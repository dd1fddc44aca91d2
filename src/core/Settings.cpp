#include "core/Settings.hpp"

#include "core/Dose.hpp"
#include "core/TomlRead.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace nf {
namespace {

using namespace detail;

const toml::table& requireTable(const toml::node& n, const std::string& name);

// Reps, sets, hold and rest: what a routine and each of its exercises may have of their own.
ExerciseDose readExerciseFields(const toml::table& t) {
    ExerciseDose d;
    if (auto v = readInt(t, "reps")) {
        checkAt(t, "reps", checkReps(*v));
        d.reps = static_cast<int>(*v);
    }
    if (auto v = readInt(t, "sets")) {
        checkAt(t, "sets", checkSets(*v));
        d.sets = static_cast<int>(*v);
    }
    if (auto v = readNumber(t, "hold")) {
        checkAt(t, "hold", checkHold(*v));
        d.holdSeconds = *v;
    }
    if (auto v = readNumber(t, "rest")) {
        checkAt(t, "rest", checkRest(*v));
        d.restSeconds = *v;
    }
    return d;
}

ExerciseDose readExerciseDose(const toml::table& t, const std::string& where) {
    rejectUnknownKeys(t, {"reps", "sets", "hold", "rest"}, where);
    return readExerciseFields(t);
}

// A routine's dose: its own fields, and under [routines.ID.exercises.EXERCISE] an exercise's
// own (added later: a file without them reads as before).
Dose readDose(const toml::table& t, const std::string& where) {
    rejectUnknownKeys(t, {"reps", "sets", "hold", "rest", "lead_in", "side", "exercises"}, where);
    Dose d;
    if (const toml::node* n = t.get("exercises")) {
        const std::string inner = where.substr(1, where.size() - 2) + ".exercises";
        for (const auto& [key, node] : requireTable(*n, inner)) {
            const std::string id(key.str());
            std::string table = inner;
            table += '.';
            table += id;
            std::string header = "[";
            header += table;
            header += ']';
            const ExerciseDose e = readExerciseDose(requireTable(node, table), header);
            if (!e.empty())
                d.exercises[id] = e;
        }
    }
    const ExerciseDose own = readExerciseFields(t);
    d.reps = own.reps;
    d.sets = own.sets;
    d.holdSeconds = own.holdSeconds;
    d.restSeconds = own.restSeconds;
    if (auto v = readNumber(t, "lead_in")) {
        checkAt(t, "lead_in", checkLeadIn(*v));
        d.leadInSeconds = *v;
    }
    if (auto v = readString(t, "side")) {
        d.side = sideChoiceFromString(*v);
        if (!d.side)
            fail(*t.get("side"), "'side' must be \"left\", \"right\" or \"both\"");
    }
    return d;
}

const toml::table& requireTable(const toml::node& n, const std::string& name) {
    const toml::table* t = n.as_table();
    if (!t)
        fail(n, "'" + name + "' must be a table ([" + name + "])");
    return *t;
}

Settings readSettings(const toml::table& root) {
    rejectUnknownKeys(root, {"audio", "app", "routines"}, "the settings");
    Settings s;
    if (const toml::node* n = root.get("audio")) {
        const toml::table& a = requireTable(*n, "audio");
        rejectUnknownKeys(a, {"mode", "volume", "muted"}, "[audio]");
        if (auto m = readString(a, "mode")) {
            auto mode = audioModeFromString(*m);
            if (!mode)
                fail(*a.get("mode"), "'mode' must be \"voice\", \"tones\" or \"silent\"");
            s.audioMode = *mode;
        }
        if (auto v = readInt(a, "volume")) {
            if (*v < 0 || *v > 100)
                fail(*a.get("volume"), "'volume' must be from 0 to 100");
            s.volume = static_cast<int>(*v);
        }
        s.muted = readBool(a, "muted").value_or(false);
    }
    if (const toml::node* n = root.get("app")) {
        const toml::table& a = requireTable(*n, "app");
        rejectUnknownKeys(
            a, {"safety_acknowledged", "daily_floss_target", "affected_leg", "reminders"}, "[app]");
        s.safetyAcknowledged = readBool(a, "safety_acknowledged").value_or(false);
        if (auto leg = readString(a, "affected_leg")) {
            s.affectedLeg = sideChoiceFromString(*leg);
            if (!s.affectedLeg)
                fail(*a.get("affected_leg"),
                     "'affected_leg' must be \"left\", \"right\" or \"both\"");
        }
        if (auto v = readInt(a, "daily_floss_target")) {
            if (*v < 1 || *v > 10)
                fail(*a.get("daily_floss_target"), "'daily_floss_target' must be from 1 to 10");
            s.dailyFlossTarget = static_cast<int>(*v);
        }
        s.reminders = readTimesOfDay(a, "reminders");
        if (s.reminders.size() > kMaxReminders)
            fail(*a.get("reminders"),
                 "'reminders' has at most " + std::to_string(kMaxReminders) + " times");
    }
    if (const toml::node* n = root.get("routines")) {
        const toml::table& r = requireTable(*n, "routines");
        for (const auto& [key, node] : r) {
            const std::string id(key.str());
            s.doses[id] = readDose(requireTable(node, "routines." + id), "[routines." + id + "]");
        }
    }
    return s;
}

} // namespace

Dose Settings::doseFor(const std::string& routineId) const {
    auto it = doses.find(routineId);
    return it == doses.end() ? Dose{} : it->second;
}

SideChoice Settings::sideFor(const std::string& routineId) const {
    return doseFor(routineId).side.value_or(affectedLeg.value_or(kDefaultSide));
}

Parsed<Settings> parseSettings(std::string_view text, std::string_view source) {
    // An empty settings file is simply "nothing chosen yet", not an error.
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Settings{};
    auto table = parseToml(text, source);
    if (auto* err = std::get_if<ParseError>(&table))
        return *err;
    try {
        return readSettings(std::get<toml::table>(table));
    } catch (const TomlFail& f) {
        return ParseError{std::string(source), f.line, f.column, f.message};
    }
}

std::string serializeSettings(const Settings& s) {
    toml::table root;
    root.insert(
        "audio",
        toml::table{{"mode", toString(s.audioMode)}, {"volume", s.volume}, {"muted", s.muted}});
    toml::table app{{"safety_acknowledged", s.safetyAcknowledged},
                    {"daily_floss_target", s.dailyFlossTarget}};
    if (!s.reminders.empty()) {
        toml::array times;
        for (const TimeOfDay& t : s.reminders)
            times.push_back(formatTimeOfDay(t));
        app.insert("reminders", std::move(times));
    }
    if (s.affectedLeg)
        app.insert("affected_leg", toString(*s.affectedLeg));
    root.insert("app", std::move(app));
    std::ostringstream out;
    out << "# nervefloss settings: written by the app and by `nervefloss set`.\n\n" << root << "\n";
    // Each routine's table is written with its own header: toml++ leaves some keys that need
    // quotes (an apostrophe, a newline) bare, and the file would not read back.
    for (const auto& [id, d] : s.doses) {
        if (d.empty())
            continue;
        toml::table t;
        if (d.reps)
            t.insert("reps", *d.reps);
        if (d.sets)
            t.insert("sets", *d.sets);
        if (d.holdSeconds)
            t.insert("hold", *d.holdSeconds);
        if (d.restSeconds)
            t.insert("rest", *d.restSeconds);
        if (d.leadInSeconds)
            t.insert("lead_in", *d.leadInSeconds);
        if (d.side)
            t.insert("side", toString(*d.side));
        out << "\n[routines." << tomlKey(id) << "]\n" << t << "\n";
        for (const auto& [exercise, e] : d.exercises) {
            if (e.empty())
                continue;
            toml::table x;
            if (e.reps)
                x.insert("reps", *e.reps);
            if (e.sets)
                x.insert("sets", *e.sets);
            if (e.holdSeconds)
                x.insert("hold", *e.holdSeconds);
            if (e.restSeconds)
                x.insert("rest", *e.restSeconds);
            out << "\n[routines." << tomlKey(id) << ".exercises." << tomlKey(exercise) << "]\n"
                << x << "\n";
        }
    }
    return out.str();
}

std::string tomlKey(std::string_view key) {
    const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
    if (bare)
        return std::string(key);
    std::string out = "\"";
    for (const char c : key) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string toString(AudioMode mode) {
    switch (mode) {
    case AudioMode::VoiceAndTones:
        return "voice";
    case AudioMode::TonesOnly:
        return "tones";
    case AudioMode::Silent:
        return "silent";
    }
    return "voice";
}

std::optional<AudioMode> audioModeFromString(std::string_view text) {
    if (text == "voice")
        return AudioMode::VoiceAndTones;
    if (text == "tones")
        return AudioMode::TonesOnly;
    if (text == "silent")
        return AudioMode::Silent;
    return std::nullopt;
}

} // namespace nf
