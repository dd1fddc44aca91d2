#include "core/Routine.hpp"

#include <algorithm>
#include <vector>

namespace nf {

std::string exerciseId(const Exercise& exercise) {
    std::string id;
    bool gap = false;
    for (char c : exercise.name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (!alnum) {
            gap = true;
            continue;
        }
        if (gap && !id.empty())
            id += '-';
        gap = false;
        id += c;
    }
    return id;
}

ExerciseDose ExerciseDose::overriddenBy(const ExerciseDose& over) const {
    ExerciseDose d = *this;
    if (over.reps)
        d.reps = over.reps;
    if (over.sets)
        d.sets = over.sets;
    if (over.holdSeconds)
        d.holdSeconds = over.holdSeconds;
    if (over.restSeconds)
        d.restSeconds = over.restSeconds;
    return d;
}

Dose Dose::overriddenBy(const Dose& over) const {
    Dose d = *this;
    for (auto it = d.exercises.begin(); it != d.exercises.end();) {
        ExerciseDose& e = it->second;
        if (over.reps)
            e.reps.reset();
        if (over.sets)
            e.sets.reset();
        if (over.holdSeconds)
            e.holdSeconds.reset();
        if (over.restSeconds)
            e.restSeconds.reset();
        it = e.empty() ? d.exercises.erase(it) : std::next(it);
    }
    for (const auto& [id, e] : over.exercises)
        d.exercises[id] = d.exercises[id].overriddenBy(e);
    if (over.reps)
        d.reps = over.reps;
    if (over.sets)
        d.sets = over.sets;
    if (over.holdSeconds)
        d.holdSeconds = over.holdSeconds;
    if (over.restSeconds)
        d.restSeconds = over.restSeconds;
    if (over.leadInSeconds)
        d.leadInSeconds = over.leadInSeconds;
    if (over.side)
        d.side = over.side;
    return d;
}

std::optional<double> adjustableHold(const Exercise& exercise) {
    for (const Phase& p : exercise.phases)
        if (p.holdKind == HoldKind::Adjustable)
            return p.seconds;
    return std::nullopt;
}

std::optional<double> adjustableHold(const Routine& routine) {
    for (const Exercise& e : routine.exercises)
        if (auto hold = adjustableHold(e))
            return hold;
    return std::nullopt;
}

Routine applyDose(Routine routine, const Dose& dose) {
    if (dose.leadInSeconds)
        routine.leadInSeconds = *dose.leadInSeconds;
    for (Exercise& ex : routine.exercises) {
        if (dose.reps)
            ex.reps = *dose.reps;
        if (dose.sets)
            ex.sets = *dose.sets;
        if (dose.restSeconds)
            ex.restSeconds = *dose.restSeconds;
        if (dose.holdSeconds) {
            for (Phase& ph : ex.phases)
                if (ph.holdKind == HoldKind::Adjustable)
                    ph.seconds = *dose.holdSeconds;
        }
        const auto own = dose.exercises.find(exerciseId(ex));
        if (own == dose.exercises.end())
            continue;
        const ExerciseDose& e = own->second;
        if (e.reps)
            ex.reps = *e.reps;
        if (e.sets)
            ex.sets = *e.sets;
        if (e.restSeconds)
            ex.restSeconds = *e.restSeconds;
        if (e.holdSeconds)
            for (Phase& ph : ex.phases)
                if (ph.holdKind == HoldKind::Adjustable)
                    ph.seconds = *e.holdSeconds;
    }
    return routine;
}

std::string toString(Side side) {
    switch (side) {
    case Side::Left:
        return "left";
    case Side::Right:
        return "right";
    case Side::None:
        break;
    }
    return "";
}

std::string legWords(SideChoice side) {
    return side == SideChoice::Both ? "both legs" : toString(side) + " leg";
}

std::string toString(SideChoice side) {
    switch (side) {
    case SideChoice::Left:
        return "left";
    case SideChoice::Right:
        return "right";
    case SideChoice::Both:
        return "both";
    }
    return "";
}

std::optional<SideChoice> sideChoiceFromString(std::string_view text) {
    if (text == "left")
        return SideChoice::Left;
    if (text == "right")
        return SideChoice::Right;
    if (text == "both")
        return SideChoice::Both;
    return std::nullopt;
}

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool mentionsAny(const std::string& text, const std::vector<const char*>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return text.find(w) != std::string::npos; });
}

} // namespace

std::vector<std::string> routineWarnings(const Routine& routine) {
    static const std::vector<const char*> kChinDown = {"chin down", "chin to chest",
                                                       "chin to your chest"};
    static const std::vector<const char*> kToesUp = {"toes up", "pull your toes", "toes pulled up"};
    static const std::vector<const char*> kToesPointed = {"point toes", "point your toes",
                                                          "toes pointed"};
    static const std::vector<const char*> kLookUp = {"look up", "head up"};
    std::vector<std::string> out;
    for (const Exercise& ex : routine.exercises)
        for (const Phase& ph : ex.phases) {
            const std::string words = lower(ph.name + " / " + ph.cue);
            const std::string where = "exercise \"" + ex.name + "\", phase \"" + ph.name + "\": ";
            const bool chinDown = mentionsAny(words, kChinDown),
                       toesUp = mentionsAny(words, kToesUp);
            if (chinDown && toesUp)
                out.push_back(where + "pairs chin down with toes up, which tensions the nerve "
                                      "instead of sliding it (a slider never does)");
            if (ph.posture == "floss-a" && (toesUp || mentionsAny(words, kLookUp)))
                out.push_back(where + "its words say toes up or look up, but its posture "
                                      "\"floss-a\" is toes pointed, chin down");
            if (ph.posture == "floss-b" && (chinDown || mentionsAny(words, kToesPointed)))
                out.push_back(where + "its words say chin down or toes pointed, but its posture "
                                      "\"floss-b\" is toes up, look up");
        }
    // One side at a time: the set-up must say which ("{side}"), or "one leg" leaves the person
    // guessing, and the figure (drawn for the side worked) may show the other.
    for (const auto* list : {&routine.exercises, &routine.variants})
        for (const Exercise& ex : *list) {
            const bool named =
                std::any_of(ex.setup.begin(), ex.setup.end(), [](const std::string& line) {
                    return line.find("{side}") != std::string::npos;
                });
            if (ex.sideRule != SideRule::None && !ex.setup.empty() && !named)
                out.push_back("exercise \"" + ex.name +
                              "\": works one side at a time, but its set-up never says which "
                              "(write {side} for the side worked, {other} for the other)");
        }
    return out;
}

Routine withHarderVariants(Routine routine, const std::vector<std::string>& harderFor) {
    for (Exercise& ex : routine.exercises) {
        if (ex.harder.empty() ||
            std::find(harderFor.begin(), harderFor.end(), ex.name) == harderFor.end())
            continue;
        const auto variant = std::find_if(routine.variants.begin(), routine.variants.end(),
                                          [&](const Exercise& v) { return v.name == ex.harder; });
        if (variant != routine.variants.end())
            ex = *variant;
    }
    return routine;
}

} // namespace nf
