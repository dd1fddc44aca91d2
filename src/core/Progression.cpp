#include "core/Progression.hpp"

#include "core/Format.hpp"
#include "core/SymptomResponse.hpp"

#include <algorithm>
#include <cmath>

namespace nf {
namespace {

bool chosen(const DoseNow& now, const std::string& exercise) {
    return std::find(now.harderChosen.begin(), now.harderChosen.end(), exercise) !=
           now.harderChosen.end();
}

const Exercise* variantNamed(const Routine& routine, const std::string& name) {
    for (const Exercise& v : routine.variants)
        if (v.name == name)
            return &v;
    return nullptr;
}

std::string greenReason(int sessionDays) {
    return std::to_string(kGreenDays) + " days of green (" + std::to_string(sessionDays) +
           " days with a session, no pain rise of 2 or more, no worse morning)";
}

} // namespace

DoseChange StepUp::change(const DoseNow& now, LocalTime at) const {
    DoseChange c;
    c.at = at;
    c.routineId = routineId;
    c.reason = reason;
    switch (kind) {
    case StepUpKind::Reps:
        c.what = "reps";
        c.from = std::to_string(now.reps);
        c.to = std::to_string(reps);
        break;
    case StepUpKind::Hold:
        c.what = "hold";
        c.from = formatSeconds(now.hold);
        c.to = formatSeconds(hold);
        break;
    case StepUpKind::Harder:
        c.what = "harder";
        c.from = exercise;
        c.to = variant;
        break;
    }
    return c;
}

std::optional<StepUp> stepUp(const PlanEntry& entry, const Routine& routine, const DoseNow& now,
                             const std::vector<SessionRecord>& records,
                             const std::vector<MorningRecord>& mornings,
                             const std::vector<DoseChange>& changes, Date today) {
    const Date first = addDays(today, -(kGreenDays - 1));
    // The dose must have been the same for the whole window: a change restarts the count.
    for (const DoseChange& c : changes)
        if (c.routineId == entry.routineId && !(c.at.date < first))
            return std::nullopt;
    int sessionDays = 0;
    for (int i = 0; i < kGreenDays; ++i) {
        const Date day = addDays(first, i);
        if (amberDay(records, mornings, day))
            return std::nullopt;
        if (std::any_of(records.begin(), records.end(), [&](const SessionRecord& r) {
                return r.routineId == entry.routineId && r.day() == day &&
                       r.outcome == SessionOutcome::Completed;
            }))
            ++sessionDays;
    }
    // Fourteen days of the routine, not fourteen days of which the first few had none.
    const bool doneBefore =
        std::any_of(records.begin(), records.end(), [&](const SessionRecord& r) {
            return r.routineId == entry.routineId && r.outcome == SessionOutcome::Completed &&
                   !(first < r.day());
        });
    if (!doneBefore)
        return std::nullopt;
    // A morning left unanswered is not a worse morning: the question is optional.
    if (sessionDays < kGreenSessionDays)
        return std::nullopt;

    StepUp s;
    s.routineId = entry.routineId;
    s.reason = greenReason(sessionDays);
    if (entry.maxReps && now.reps < *entry.maxReps) {
        s.kind = StepUpKind::Reps;
        s.reps = std::min(*entry.maxReps, now.reps + entry.repStep);
        return s;
    }
    // Compared in tenths, so a hold of 4.9999 from a settings file is at a cap of 5.
    if (entry.maxHold && std::lround(now.hold * 10) < std::lround(*entry.maxHold * 10)) {
        s.kind = StepUpKind::Hold;
        s.hold = std::min(*entry.maxHold, now.hold + entry.holdStep);
        return s;
    }
    if (!entry.harderVariants)
        return std::nullopt;
    for (const Exercise& ex : routine.exercises) {
        if (ex.harder.empty() || chosen(now, ex.name))
            continue;
        const Exercise* v = variantNamed(routine, ex.harder);
        if (!v || (v->tensioner && !entry.tensioner))
            continue;
        s.kind = StepUpKind::Harder;
        s.exercise = ex.name;
        s.variant = v->name;
        return s;
    }
    return std::nullopt;
}

std::vector<std::string> harderChosen(const std::vector<DoseChange>& changes,
                                      const std::string& routineId) {
    std::vector<std::string> out;
    for (const DoseChange& c : changes)
        if (c.routineId == routineId && c.what == "harder" &&
            std::find(out.begin(), out.end(), c.from) == out.end())
            out.push_back(c.from);
    return out;
}

std::string stepLine(const StepUp& step, const std::string& routineName, const DoseNow& now) {
    std::string what;
    switch (step.kind) {
    case StepUpKind::Reps:
        what = std::to_string(step.reps) + " reps a set instead of " + std::to_string(now.reps);
        break;
    case StepUpKind::Hold:
        what = "hold each posture " + formatSeconds(step.hold) + " s instead of " +
               formatSeconds(now.hold) + " s";
        break;
    case StepUpKind::Harder:
        what = step.variant + " instead of " + step.exercise;
        break;
    }
    return "Step up for " + routineName + ": " + what + " (" + step.reason + ").";
}

std::string doseText(const DoseNow& now) {
    std::string text = std::to_string(now.reps) + (now.reps == 1 ? " rep" : " reps") +
                       " a set, hold " + formatSeconds(now.hold) + " s";
    for (const std::string& ex : now.harderChosen)
        text += ", " + ex + ": harder variant";
    return text;
}

} // namespace nf
