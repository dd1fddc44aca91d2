// The reminders on the command line: `reminders set|list|off` manage the systemd user timers,
// and `remind` (what the timers run) sends the desktop notification of what is due now.

#include "app/cli/PlanCommands.hpp"

#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "app/Process.hpp"
#include "app/Reminders.hpp"
#include "app/desktop/Notifier.hpp"
#include "app/history/HistoryStore.hpp"
#include "app/history/Programme.hpp"
#include "core/Reminders.hpp"

#include <cstdio>
#include <memory>

namespace nf::cli {
namespace {

// How long `remind` waits for the Start button by default: the reminder stays useful for a while,
// and the notification server closes it sooner when the person dismisses it.
constexpr int kDefaultWaitSeconds = 1800;
constexpr int kMaxWaitSeconds = 12 * 3600;

void saveReminders(AppContext& ctx, const std::vector<TimeOfDay>& times) {
    Settings s = ctx.settings;
    s.reminders = times;
    saveSettingsOrRefuse(ctx, s);
}

ReminderTimers timers() {
    return ReminderTimers(Paths::systemdUserDir(), ReminderTimers::realSystemctl());
}

int setReminders(AppContext& ctx, const std::vector<std::string>& texts) {
    auto parsed = parseReminderTimes(texts);
    if (auto* problem = std::get_if<std::string>(&parsed))
        throw InputError("reminders set: " + *problem);
    const auto& times = std::get<std::vector<TimeOfDay>>(parsed);
    std::vector<std::string> lines;
    try {
        lines = timers().set(times, ownProgram());
    } catch (const std::runtime_error& e) {
        throw InputError(e.what());
    }
    saveReminders(ctx, times);
    for (const std::string& line : lines)
        std::printf("%s\n", line.c_str());
    return 0;
}

int listReminders(const AppContext& ctx) {
    ReminderTimers t = timers();
    const auto found = t.installed();
    if (found.empty())
        std::printf("No reminder timers in %s.\n", t.folder().c_str());
    for (const auto& timer : found)
        std::printf("%s  %s  %s\n", formatTimeOfDay(timer.time).c_str(), timer.unit.c_str(),
                    timer.enabled ? "enabled" : "not enabled");
    std::vector<TimeOfDay> files;
    files.reserve(found.size());
    for (const auto& timer : found)
        files.push_back(timer.time);
    if (files != ctx.settings.reminders) {
        std::string said;
        for (const TimeOfDay& time : ctx.settings.reminders)
            said += " " + formatTimeOfDay(time);
        std::printf(
            "The settings say%s; run `nervefloss reminders set` again to make them agree.\n",
            said.empty() ? " none" : (":" + said).c_str());
    }
    if (!found.empty() && !t.managerRunning())
        std::printf("No systemd user manager is running here: they start at your next login.\n");
    return 0;
}

int remindersOff(AppContext& ctx) {
    for (const std::string& line : timers().off())
        std::printf("%s\n", line.c_str());
    saveReminders(ctx, {});
    return 0;
}

int remind(AppContext& ctx, int waitSeconds) {
    if (waitSeconds < 0 || waitSeconds > kMaxWaitSeconds)
        throw InputError("--wait: must be from 0 to " + std::to_string(kMaxWaitSeconds) +
                         " seconds, got " + std::to_string(waitSeconds));
    const LoadedPlan loaded = planOrFail(ctx);
    const HistoryStore store(Paths::historyFile(), HistoryAccess::ReadOnly);
    const auto notice = reminderNotice(programmeToday(ctx, loaded.plan, store, localNow()).plan);
    if (!notice) {
        std::printf("Nothing due now.\n");
        return 0;
    }
    std::printf("%s\n%s\n", notice->summary.c_str(), notice->body.c_str());
    std::string why;
    const auto notifier = desktop::connectNotifier(why);
    if (!notifier)
        throw std::runtime_error("no desktop session bus, so no notification (" + why + ")");
    notifier->show({notice->summary, notice->body, "start", "Start"});
    if (waitSeconds == 0)
        return 0;
    if (notifier->wait(std::chrono::seconds(waitSeconds)) != desktop::NoticeOutcome::Action)
        return 0;
    const Routine* routine = ctx.catalog.find(notice->routineId);
    std::printf("Starting %s.\n", routine ? routine->name.c_str() : notice->routineId.c_str());
    std::fflush(stdout);
    // The session runs as `nervefloss run` does: the plan applied, in the window.
    const std::string error = execOwnProgram({"run", notice->routineId});
    throw std::runtime_error("cannot start " + ownProgram().string() + " (" + error + ")");
}

} // namespace

void addReminderCommands(CLI::App& root, CommandEnv& env) {
    auto* reminders =
        root.add_subcommand("reminders", "Daily reminders at set times (systemd user timers)");
    reminders->require_subcommand(1);
    auto* set = reminders->add_subcommand(
        "set", "Remind at these times each day, e.g. `reminders set 08:00 18:30`");
    auto times = std::make_shared<std::vector<std::string>>();
    set->add_option("TIMES", *times, "Times of day, HH:MM (at most 6)")->required();
    set->callback([&env, times] { env.exitCode = setReminders(env.context(), *times); });
    auto* list =
        reminders->add_subcommand("list", "The reminder timers set, and whether they are enabled");
    list->callback([&env] { env.exitCode = listReminders(env.context()); });
    auto* off = reminders->add_subcommand("off", "Remove every reminder timer");
    off->callback([&env] { env.exitCode = remindersOff(env.context()); });

    auto* remindCmd = root.add_subcommand(
        "remind", "Notify the desktop of what is due now (the timers run this)");
    auto wait = std::make_shared<int>(kDefaultWaitSeconds);
    remindCmd
        ->add_option("--wait", *wait,
                     "Seconds to wait for Start to be pressed (default 1800; 0: do not wait)")
        ->check(notBlank());
    remindCmd->callback([&env, wait] { env.exitCode = remind(env.context(), *wait); });
}

} // namespace nf::cli
