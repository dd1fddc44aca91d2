#include "core/History.hpp"

#include <algorithm>
#include <cstdio>

namespace nf {
namespace {

// Reads exactly `width` decimal digits at `pos`.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::string formatDate(Date date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

std::string weekdayName(Date day) {
    static const char* const kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
    return kWeekdays[std::chrono::weekday{std::chrono::sys_days(day)}.c_encoding()];
}

std::string dayInWords(Date day, Date today) {
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    const int ago = daysBetween(day, today);
    if (ago == 0)
        return "today";
    if (ago == 1)
        return "yesterday";
    if (ago > 1 && ago < 7)
        return "on " + weekdayName(day);
    const unsigned month = std::clamp(static_cast<unsigned>(day.month()), 1u, 12u);
    return "on " + std::to_string(static_cast<unsigned>(day.day())) + " " + kMonths[month - 1];
}

std::string formatLocalTime(LocalTime t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", t.hour, t.minute, t.second);
    return formatDate(t.date) + buf;
}

std::optional<Date> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const Date date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                    std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::optional<LocalTime> parseLocalTime(std::string_view text) {
    if (text.size() != 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto date = parseDate(text.substr(0, 10));
    const auto h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (!date || !h || !mi || !s || *h > 23 || *mi > 59 || *s > 60)
        return std::nullopt;
    return LocalTime{*date, *h, *mi, *s};
}

Date addDays(Date date, int days) {
    return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}

int daysBetween(Date from, Date to) {
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

std::string toString(MorningCheck check) {
    switch (check) {
    case MorningCheck::Better:
        return "better";
    case MorningCheck::Same:
        return "same";
    case MorningCheck::Worse:
        return "worse";
    }
    return "same";
}

std::optional<MorningCheck> morningCheckFromString(std::string_view text) {
    if (text == "better")
        return MorningCheck::Better;
    if (text == "same")
        return MorningCheck::Same;
    if (text == "worse")
        return MorningCheck::Worse;
    return std::nullopt;
}

std::string toString(SessionOutcome outcome) {
    switch (outcome) {
    case SessionOutcome::Unfinished:
        return "unfinished";
    case SessionOutcome::Completed:
        return "completed";
    case SessionOutcome::Stopped:
        return "stopped";
    }
    return "unfinished";
}

std::optional<SessionOutcome> sessionOutcomeFromString(std::string_view text) {
    if (text == "unfinished")
        return SessionOutcome::Unfinished;
    if (text == "completed")
        return SessionOutcome::Completed;
    if (text == "stopped")
        return SessionOutcome::Stopped;
    return std::nullopt;
}

SelfCheckVerdict legVerdict(const LegAnswers& answers) {
    if (!answers.complete())
        return SelfCheckVerdict::Incomplete;
    return answers.allYes() ? SelfCheckVerdict::SuggestsNerve : SelfCheckVerdict::NotSuggestive;
}

std::string toString(SelfCheckVerdict verdict) {
    switch (verdict) {
    case SelfCheckVerdict::SuggestsNerve:
        return "suggests-nerve";
    case SelfCheckVerdict::NotSuggestive:
        return "not-suggestive";
    case SelfCheckVerdict::Incomplete:
        return "incomplete";
    case SelfCheckVerdict::Urgent:
        return "urgent";
    }
    return "incomplete";
}

} // namespace nf
