#include "app/Reminders.hpp"

#include "app/Files.hpp"
#include "app/Process.hpp"
#include "core/Reminders.hpp"

#include <algorithm>
#include <system_error>

namespace nf {
namespace {

std::string timesText(const std::vector<TimeOfDay>& times) {
    std::string text;
    for (std::size_t i = 0; i < times.size(); ++i)
        text += (i == 0 ? "" : i + 1 == times.size() ? " and " : ", ") + formatTimeOfDay(times[i]);
    return text;
}

} // namespace

ReminderTimers::Systemctl ReminderTimers::realSystemctl() {
    return [](const std::vector<std::string>& args) {
        std::vector<std::string> all{"systemctl", "--user"};
        all.insert(all.end(), args.begin(), args.end());
        return runQuietly(all);
    };
}

ReminderTimers::ReminderTimers(std::filesystem::path folder, Systemctl systemctl)
    : m_folder(std::move(folder)), m_systemctl(std::move(systemctl)) {}

std::filesystem::path ReminderTimers::wantsLink(const std::string& unit) const {
    return m_folder / "timers.target.wants" / unit;
}

std::vector<ReminderTimers::Timer> ReminderTimers::installed() const {
    std::vector<Timer> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (const auto time = reminderTimerTime(name)) {
            std::error_code linkEc;
            out.push_back({*time, name, std::filesystem::is_symlink(wantsLink(name), linkEc)});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Timer& a, const Timer& b) { return a.time < b.time; });
    return out;
}

bool ReminderTimers::managerRunning() const {
    return m_systemctl({"show-environment"}) == 0;
}

void ReminderTimers::remove(const std::string& unit) {
    std::error_code ec;
    std::filesystem::remove(wantsLink(unit), ec);
    std::filesystem::remove(m_folder / unit, ec);
}

std::vector<std::string> ReminderTimers::set(const std::vector<TimeOfDay>& times,
                                             const std::filesystem::path& program) {
    const bool manager = managerRunning();
    for (const Timer& old : installed()) {
        if (std::find(times.begin(), times.end(), old.time) != times.end())
            continue;
        if (manager)
            m_systemctl({"disable", "--now", old.unit});
        remove(old.unit);
    }
    writeFileAtomically(m_folder / std::string(kReminderService),
                        reminderServiceUnit(program.string()), OutputKind::OwnFile);
    std::vector<std::string> units;
    for (const TimeOfDay& t : times) {
        units.push_back(reminderTimerName(t));
        writeFileAtomically(m_folder / units.back(), reminderTimerUnit(t), OutputKind::OwnFile);
    }

    std::vector<std::string> lines{
        "Reminders at " + timesText(times) + ": " + std::to_string(units.size()) +
        (units.size() == 1 ? " timer" : " timers") + " in " + m_folder.string()};
    std::vector<std::string> enable{"enable", "--now"};
    enable.insert(enable.end(), units.begin(), units.end());
    if (manager && m_systemctl({"daemon-reload"}) == 0 && m_systemctl(enable) == 0) {
        lines.push_back("Started with `systemctl --user enable --now`.");
        return lines;
    }
    // The links `systemctl --user enable` would make, so the timers start at the next login.
    std::filesystem::create_directories(m_folder / "timers.target.wants");
    for (const std::string& unit : units) {
        std::error_code ec;
        if (!std::filesystem::is_symlink(wantsLink(unit), ec))
            std::filesystem::create_symlink(std::filesystem::path("..") / unit, wantsLink(unit));
    }
    lines.push_back(
        manager ? "systemctl --user could not start them now; they are enabled and start at "
                  "your next login."
                : "No systemd user manager is running here (systemctl --user did not answer): "
                  "the timers are written and enabled, and start at your next login.");
    return lines;
}

std::vector<std::string> ReminderTimers::off() {
    const auto timers = installed();
    const bool manager = managerRunning();
    if (manager && !timers.empty()) {
        std::vector<std::string> disable{"disable", "--now"};
        for (const Timer& t : timers)
            disable.push_back(t.unit);
        m_systemctl(disable);
    }
    for (const Timer& t : timers)
        remove(t.unit);
    std::error_code ec;
    std::filesystem::remove(m_folder / std::string(kReminderService), ec);
    if (manager)
        m_systemctl({"daemon-reload"});
    if (timers.empty())
        return {"No reminders were set."};
    return {"Reminders off: removed " + std::to_string(timers.size()) +
            (timers.size() == 1 ? " timer" : " timers") + " from " + m_folder.string() + "."};
}

} // namespace nf
