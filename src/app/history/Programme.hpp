#pragma once

#include "app/AppContext.hpp"
#include "app/history/HistoryStore.hpp"
#include "core/CheckIn.hpp"
#include "core/Plan.hpp"
#include "core/Progression.hpp"
#include "core/Schedule.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf {

// One suggested step up with the dose it starts from and the routine's name.
struct PendingStep {
    StepUp step;
    DoseNow now;
    std::string routineName;
    std::string line() const { return stepLine(step, routineName, now); }
};

// Everything the programme says today, gathered from the plan, the settings and the history
// once, for `today`, the home screen and the reminder. The rules are the core's.
struct ProgrammeToday {
    TodayPlan plan;
    std::vector<PendingStep> steps; // one per routine at most
    bool urgentCheckDue = false;
    bool sbiDue = false;
    std::optional<std::string> sbiAdvice;
    std::optional<Trend> whereTrend;
};

// The dose progression starts from: the settings' reps and hold, else the routine's own (its
// first exercise, its first held phase); the harder variants already accepted.
DoseNow doseNow(const Routine& routine, const Dose& dose, const std::vector<DoseChange>& changes);

ProgrammeToday programmeToday(const AppContext& context, const Plan& plan,
                              const HistoryStore& store, LocalTime now);

// Accepts a step: the settings get the new reps or hold, and the history the change with its
// reason. A harder variant lives in the history only.
void acceptStep(AppContext& context, HistoryStore& store, const PendingStep& pending,
                LocalTime now);

} // namespace nf
