#include "app/gui/history/HistoryModel.hpp"

#include "app/gui/session/PainEntry.hpp"

#include <algorithm>
#include <cstdio>

namespace nf::gui {

bool canApply(const Suggestion& s) {
    return s.kind == SuggestionKind::FewerReps && !s.routineId.empty() && s.suggestedReps > 0;
}

Settings applySuggestion(Settings settings, const Suggestion& s) {
    if (!canApply(s))
        return settings;
    settings.doses[s.routineId].reps = s.suggestedReps;
    return settings;
}

bool alreadyApplied(const Settings& settings, const Suggestion& s) {
    if (!canApply(s))
        return false;
    const auto reps = settings.doseFor(s.routineId).reps;
    return reps && *reps <= s.suggestedReps;
}

std::string applyLabel(const Suggestion& s) {
    return "Use " + std::to_string(s.suggestedReps) + " reps (U)";
}

std::optional<MorningCheck> morningFromKey(char key) {
    switch (key) {
    case 'b':
    case 'B':
    case '1':
        return MorningCheck::Better;
    case 's':
    case 'S':
    case '2':
        return MorningCheck::Same;
    case 'w':
    case 'W':
    case '3':
        return MorningCheck::Worse;
    default:
        return std::nullopt;
    }
}

bool dropLastSentence(std::string& text) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '.'))
        --end;
    const std::size_t cut = text.rfind(". ", end == 0 ? 0 : end - 1);
    if (cut == std::string::npos || cut == 0)
        return false;
    text.erase(cut + 1);
    return true;
}

std::string dayName(Date day, Date today) {
    const int ago = daysBetween(day, today);
    if (ago == 0)
        return "Today";
    if (ago == 1)
        return "Yesterday";
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::chrono::weekday wd{std::chrono::sys_days(day)};
    const unsigned month = static_cast<unsigned>(day.month());
    return std::string(kDays[wd.c_encoding()]) + " " +
           std::to_string(static_cast<unsigned>(day.day())) + " " +
           kMonths[std::clamp(month, 1u, 12u) - 1];
}

std::string morningQuestion(Date sessionDay, LocalTime now) {
    const int ago = daysBetween(sessionDay, now.date);
    std::string when = "your last session";
    if (ago <= 1)
        when = "yesterday's session";
    else if (ago < 7)
        when = "your session on " + weekdayName(sessionDay);
    else
        when = "your last session, " + std::to_string(ago) + " days ago";
    return std::string("How is your leg ") + (now.hour < 12 ? "this morning" : "today") +
           ", after " + when + "?";
}

SessionRow sessionRow(const SessionRecord& r, Date today) {
    SessionRow row;
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", std::clamp(r.start.hour, 0, 23),
                  std::clamp(r.start.minute, 0, 59));
    row.when = dayName(r.day(), today) + " " + clock;
    row.what = r.routineName.empty() ? r.routineId : r.routineName;
    if (const auto side = sideChoiceFromString(r.side))
        row.what += ", " + legWords(*side);
    row.done = std::to_string(r.setsDone) + " of " + std::to_string(r.setsPlanned) +
               (r.setsPlanned == 1 ? " set, " : " sets, ") + std::to_string(r.repsDone) +
               (r.repsDone == 1 ? " rep" : " reps");
    if (r.outcome == SessionOutcome::Stopped)
        row.done += ", stopped";
    if (r.outcome == SessionOutcome::Unfinished)
        row.done += ", unfinished";
    if (const std::string p = painPair(r.painBefore, r.painAfter); !p.empty())
        row.pain = "pain " + p;
    return row;
}

std::string audioModeName(AudioMode mode) {
    switch (mode) {
    case AudioMode::VoiceAndTones:
        return "voice and tones";
    case AudioMode::TonesOnly:
        return "tones only";
    case AudioMode::Silent:
        return "silent";
    }
    return {};
}

std::string appFieldName(AppField f) {
    switch (f) {
    case AppField::DailyTarget:
        return "Flossing a day";
    case AppField::Sound:
        return "Sound";
    case AppField::Volume:
        return "Volume";
    case AppField::FirstReminder:
        return "First reminder";
    case AppField::SecondReminder:
        return "Second reminder";
    }
    return {};
}

std::string appFieldValue(const Settings& s, AppField f) {
    switch (f) {
    case AppField::DailyTarget:
        return std::to_string(s.dailyFlossTarget);
    case AppField::Sound:
        return audioModeName(s.audioMode);
    case AppField::Volume:
        return std::to_string(s.volume) + " %";
    case AppField::FirstReminder:
    case AppField::SecondReminder: {
        const std::size_t i = f == AppField::FirstReminder ? 0 : 1;
        return i < s.reminders.size() ? formatTimeOfDay(s.reminders[i]) : "off";
    }
    }
    return {};
}

Settings adjustAppField(Settings s, AppField f, int steps) {
    if (steps == 0)
        return s;
    switch (f) {
    case AppField::DailyTarget:
        s.dailyFlossTarget = std::clamp(s.dailyFlossTarget + steps, 1, 10);
        break;
    case AppField::Sound: {
        constexpr AudioMode order[] = {AudioMode::VoiceAndTones, AudioMode::TonesOnly,
                                       AudioMode::Silent};
        int i = static_cast<int>(std::find(std::begin(order), std::end(order), s.audioMode) -
                                 std::begin(order));
        s.audioMode = order[((i + steps) % 3 + 3) % 3];
        break;
    }
    case AppField::Volume: {
        // Whole tens, so a volume set in the file (73) steps to 80 or 70, not 83 or 63.
        const int tens = steps > 0 ? s.volume / 10 : (s.volume + 9) / 10;
        s.volume = std::clamp((tens + steps) * 10, 0, 100);
        break;
    }
    case AppField::FirstReminder:
    case AppField::SecondReminder: {
        constexpr int kStep = 30, kEarliest = 5 * 60, kLatest = 23 * 60 + 30;
        const std::size_t i = f == AppField::FirstReminder ? 0 : 1;
        std::vector<TimeOfDay>& times = s.reminders;
        const int from = i < times.size() ? times[i].minutes()
                                          : (i == 0 ? 8 * 60 : 18 * 60 + 30) -
                                                steps * kStep; // lands on the default
        if (i < times.size())
            times.erase(times.begin() + static_cast<std::ptrdiff_t>(i));
        const int to = from + steps * kStep;
        if (to >= kEarliest && to <= kLatest)
            times.push_back({to / 60, to % 60});
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        break;
    }
    }
    return s;
}

} // namespace nf::gui
