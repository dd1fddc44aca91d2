#include "app/history/Programme.hpp"

#include "app/PlanFile.hpp"

namespace nf {

DoseNow doseNow(const Routine& routine, const Dose& dose, const std::vector<DoseChange>& changes) {
    DoseNow now;
    now.harderChosen = harderChosen(changes, routine.id);
    if (!routine.exercises.empty()) {
        now.reps = routine.exercises.front().reps;
        if (auto hold = adjustableHold(routine.exercises.front()))
            now.hold = *hold;
    }
    if (dose.reps)
        now.reps = *dose.reps;
    if (dose.holdSeconds)
        now.hold = *dose.holdSeconds;
    return now;
}

ProgrammeToday programmeToday(const AppContext& context, const Plan& plan,
                              const HistoryStore& store, LocalTime now) {
    const auto sessions = store.sessions();
    const auto mornings = store.mornings();
    const auto changes = store.doseChanges();
    ProgrammeToday out;
    out.plan = todayPlan(plan, sessions, mornings, routineNames(context.catalog), now,
                         CheckIns{store.whereFelt(), store.urgentChecks()});
    for (const PlanEntry& e : plan.entries) {
        const Routine* routine = context.catalog.find(e.routineId);
        if (!routine)
            continue;
        const DoseNow dose = doseNow(*routine, context.settings.doseFor(e.routineId), changes);
        if (auto step = stepUp(e, *routine, dose, sessions, mornings, changes, now.date))
            out.steps.push_back({*step, dose, routine->name});
    }
    out.urgentCheckDue = checkInDue(lastDay(store.urgentChecks()), now.date, kUrgentEveryDays);
    const auto sbi = store.sbiScores();
    out.sbiDue = checkInDue(lastDay(sbi), now.date, kSbiEveryDays);
    out.sbiAdvice = sbiAdvice(sbi);
    out.whereTrend = latestWhereTrend(store.whereFelt());
    return out;
}

void acceptStep(AppContext& context, HistoryStore& store, const PendingStep& pending,
                LocalTime now) {
    Settings s = context.settings;
    Dose& dose = s.doses[pending.step.routineId];
    switch (pending.step.kind) {
    case StepUpKind::Reps:
        dose.reps = pending.step.reps;
        break;
    case StepUpKind::Hold:
        dose.holdSeconds = pending.step.hold;
        break;
    case StepUpKind::Harder:
        break;
    }
    // The history first: a change that cannot be recorded is not made.
    store.addDoseChange(pending.step.change(pending.now, now));
    if (pending.step.kind != StepUpKind::Harder) {
        context.saveSettings(s);
    }
}

} // namespace nf
