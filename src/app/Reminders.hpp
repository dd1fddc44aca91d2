#pragma once

#include "core/Plan.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace nf {

// The reminder timers in the user's systemd folder: owns our unit files there (the service and
// one timer for each time, core/Reminders), and asks the user's systemd manager to load, start
// and stop them when one is running. Without one (a container, CI, a login without systemd) the
// files are still written and enabled the way systemctl would (a link in timers.target.wants), so
// they start at the next login, and the lines returned say so.
class ReminderTimers {
  public:
    // Runs `systemctl --user ARGS...` and returns its exit status (tests pass their own).
    using Systemctl = std::function<int(const std::vector<std::string>& args)>;
    static Systemctl realSystemctl();

    ReminderTimers(std::filesystem::path folder, Systemctl systemctl);

    struct Timer {
        TimeOfDay time;
        std::string unit;     // "nervefloss-remind-0800.timer"
        bool enabled = false; // linked from timers.target.wants
    };
    // Our timers found in the folder, earliest first.
    std::vector<Timer> installed() const;
    // Whether a user manager answers `systemctl --user`.
    bool managerRunning() const;

    // Makes the timers exactly `times`, each running `program remind`. Returns what to print.
    // Throws std::runtime_error (one line naming the file) when a file cannot be written.
    std::vector<std::string> set(const std::vector<TimeOfDay>& times,
                                 const std::filesystem::path& program);
    // Stops and removes every timer of ours and the service. Returns what to print.
    std::vector<std::string> off();

    const std::filesystem::path& folder() const { return m_folder; }

  private:
    std::filesystem::path wantsLink(const std::string& unit) const;
    void remove(const std::string& unit);

    std::filesystem::path m_folder;
    Systemctl m_systemctl;
};

} // namespace nf
