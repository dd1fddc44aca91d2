#pragma once

#include "core/Plan.hpp"
#include "core/Schedule.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace nf {

// Reminders as values: the times the person chose, the systemd user units that run
// `nervefloss remind` at those times, and what the reminder says. The shell writes the files,
// talks to systemctl and sends the notification.

// The times given on the command line ("08:00", "18:30"), earliest first; or one sentence
// naming the first bad one (not HH:MM, given twice, more than kMaxReminders).
std::variant<std::vector<TimeOfDay>, std::string>
parseReminderTimes(const std::vector<std::string>& texts);

// The one service every timer starts, and a timer for each time: "nervefloss-remind-0800.timer".
inline constexpr std::string_view kReminderService = "nervefloss-remind.service";
std::string reminderTimerName(TimeOfDay time);
// The time a file name of ours stands for, or nothing for any other file.
std::optional<TimeOfDay> reminderTimerTime(std::string_view fileName);

// The units' text. The service runs `program remind`; Type=exec because it waits for the
// person to press Start (a oneshot would be killed after its start timeout). The timer is
// Persistent=true, so a time missed while the computer was off fires at the next start.
std::string reminderServiceUnit(std::string_view program);
std::string reminderTimerUnit(TimeOfDay time);
// One argument as systemd's ExecStart reads it: quoted when it must be, "%" doubled.
std::string systemdQuote(std::string_view argument);

// What the reminder says, or nothing when nothing is due now (then no notification is sent).
struct ReminderNotice {
    std::string summary;   // "Time for Nerve flossing"
    std::string body;      // one line per routine due: "Nerve flossing: 2nd of 2 today"
    std::string routineId; // the routine "Start" opens: the first one due
};
std::optional<ReminderNotice> reminderNotice(const TodayPlan& plan);

} // namespace nf
