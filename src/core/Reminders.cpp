#include "core/Reminders.hpp"

#include "core/Settings.hpp"

#include <algorithm>

namespace nf {

std::variant<std::vector<TimeOfDay>, std::string>
parseReminderTimes(const std::vector<std::string>& texts) {
    if (texts.empty())
        return std::string("give at least one time, like 08:00");
    if (texts.size() > kMaxReminders)
        return "at most " + std::to_string(kMaxReminders) + " reminder times, got " +
               std::to_string(texts.size());
    std::vector<TimeOfDay> times;
    for (const std::string& text : texts) {
        const auto t = parseTimeOfDay(text);
        if (!t)
            return "'" + text + "' is not a time of day like 08:00 (00:00 to 23:59)";
        if (std::find(times.begin(), times.end(), *t) != times.end())
            return text + " is given twice";
        times.push_back(*t);
    }
    std::sort(times.begin(), times.end());
    return times;
}

std::string reminderTimerName(TimeOfDay time) {
    const std::string hhmm = formatTimeOfDay(time);
    return "nervefloss-remind-" + hhmm.substr(0, 2) + hhmm.substr(3, 2) + ".timer";
}

std::optional<TimeOfDay> reminderTimerTime(std::string_view name) {
    constexpr std::string_view prefix = "nervefloss-remind-", suffix = ".timer";
    if (name.size() != prefix.size() + 4 + suffix.size() ||
        name.substr(0, prefix.size()) != prefix || name.substr(prefix.size() + 4) != suffix)
        return std::nullopt;
    const std::string_view digits = name.substr(prefix.size(), 4);
    const auto t =
        parseTimeOfDay(std::string(digits.substr(0, 2)) + ":" + std::string(digits.substr(2)));
    // Only the name we would write for that time: "0800", never a look-alike.
    if (!t || reminderTimerName(*t) != name)
        return std::nullopt;
    return t;
}

std::string systemdQuote(std::string_view argument) {
    std::string escaped;
    bool plain = !argument.empty();
    for (char c : argument) {
        if (c == '%')
            escaped += "%%";
        else if (c == '"' || c == '\\')
            escaped += std::string("\\") + c, plain = false;
        else
            escaped += c;
        if (c == ' ' || c == '\t' || c == '\'' || c == ';' || c == '$')
            plain = false;
    }
    return plain ? escaped : "\"" + escaped + "\"";
}

std::string reminderServiceUnit(std::string_view program) {
    return "# Written by `nervefloss reminders set`; `nervefloss reminders off` removes it.\n"
           "[Unit]\n"
           "Description=nervefloss: say which exercises are due now\n"
           "\n"
           "[Service]\n"
           "Type=exec\n"
           "ExecStart=" +
           systemdQuote(program) + " remind\n";
}

std::string reminderTimerUnit(TimeOfDay time) {
    return "# Written by `nervefloss reminders set`; `nervefloss reminders off` removes it.\n"
           "[Unit]\n"
           "Description=nervefloss reminder at " +
           formatTimeOfDay(time) +
           "\n"
           "\n"
           "[Timer]\n"
           "OnCalendar=*-*-* " +
           formatTimeOfDay(time) +
           ":00\n"
           "Persistent=true\n"
           "Unit=" +
           std::string(kReminderService) +
           "\n"
           "\n"
           "[Install]\n"
           "WantedBy=timers.target\n";
}

std::optional<ReminderNotice> reminderNotice(const TodayPlan& plan) {
    const auto due = dueNow(plan);
    if (due.empty())
        return std::nullopt;
    ReminderNotice notice;
    notice.summary =
        due.size() == 1 ? "Time for " + due.front()->routineName : "Time for your exercises";
    for (const PlanItem* item : due)
        notice.body += (notice.body.empty() ? "" : "\n") + reminderLine(*item);
    notice.routineId = due.front()->routineId;
    return notice;
}

} // namespace nf
