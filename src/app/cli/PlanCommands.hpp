#pragma once

#include "app/cli/Commands.hpp"

#include "app/PlanFile.hpp"

namespace nf {
class HistoryStore;
}

namespace nf::cli {

// The programme's commands: `plan show`, `plan import FILE`, and the check-ins
// (`checkin where|urgent|sbi`). Called from main().
void addPlanCommands(CLI::App& root, CommandEnv& env);

// The plan in force (plan.toml or the built-in one); a broken plan file is InputError with its
// position.
LoadedPlan planOrFail(const AppContext& ctx);

// The reminders: `reminders set|list|off` (systemd user timers) and `remind`, which the timers
// run. Called from main().
void addReminderCommands(CLI::App& root, CommandEnv& env);

// For `today`: prints today's plan, any step up and the check-ins due. With `apply`, accepts the
// step ups and says so; returns how many were accepted.
int printProgrammeToday(AppContext& ctx, HistoryStore& store, bool apply);

// The request every session of a routine starts from, in the terminal and in the window (`run`,
// and a start from the window's home): makeRunRequest, then the programme: the harder variants
// accepted for it replace their exercises, and a second every-other-day day in a row is warned
// about on stderr. A plan file or history that cannot be read leaves the run as it is (the run
// matters more; `today` reports the problem).
RunRequest makePlannedRunRequest(const AppContext& ctx, const std::string& routineId,
                                 const DoseFlags& flags);

} // namespace nf::cli
