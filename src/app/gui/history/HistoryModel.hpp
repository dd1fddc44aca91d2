#pragma once

#include "core/HistoryRules.hpp"
#include "core/Settings.hpp"

#include <array>
#include <optional>
#include <string>

namespace nf::gui {

// What the window's history parts show and change, as values: the suggestion's button, the
// morning question, the recent sessions' rows, and the settings that are not a routine's dose
// (the daily target and the sound). Pure, so it is tested without a display or a database.

// Whether a suggestion has something to apply (fewer reps); the others are notes.
bool canApply(const Suggestion& suggestion);
// The settings with the suggestion applied: the routine's reps set to the suggested number.
// Unchanged when there is nothing to apply.
Settings applySuggestion(Settings settings, const Suggestion& suggestion);
// True when the settings already have the suggested reps or fewer for the routine (applied).
bool alreadyApplied(const Settings& settings, const Suggestion& suggestion);
// The button's words: "Use 20 reps (A)".
std::string applyLabel(const Suggestion& suggestion);
// The text without its last sentence ("A. B." -> "A."), for a band too small for all of it at
// a readable size; false when there is one sentence only (the text is unchanged).
bool dropLastSentence(std::string& text);

// The morning answer a key gives: B or 1 better, S or 2 same, W or 3 worse (either case).
std::optional<MorningCheck> morningFromKey(char key);
// "How is your leg this morning, after yesterday's session?": "this morning" only before noon
// ("today" after it), the day as "yesterday" or a weekday, never a date.
std::string morningQuestion(Date sessionDay, LocalTime now);
// "Today", "Yesterday", or "Mon 17 Nov".
std::string dayName(Date day, Date today);

// One recent session as the history screen lists it.
struct SessionRow {
    std::string when; // "Today 10:30"
    std::string what; // "Nerve flossing, right leg"
    std::string done; // "3 of 3 sets, 75 reps" (", stopped" / ", unfinished")
    std::string pain; // "pain 5 \u2192 3", or ""
};
SessionRow sessionRow(const SessionRecord& record, Date today);

// The settings for the whole app, on their own tab of the settings screen.
enum class AppField { DailyTarget, Sound, Volume, FirstReminder, SecondReminder };
inline constexpr std::array<AppField, 5> kAppFields{AppField::DailyTarget, AppField::Sound,
                                                    AppField::Volume, AppField::FirstReminder,
                                                    AppField::SecondReminder};
std::string appFieldName(AppField field); // "Flossing a day"
std::string appFieldValue(const Settings& settings,
                          AppField field); // "2", "voice and tones", "80 %"
// One step up (steps > 0) or down: the target 1-10, the sound cycles voice and tones, tones
// only, silent; the volume moves in tens, 0-100; a reminder moves by half an hour between 05:00
// and 23:30 and is off beyond them (from off, a step gives 08:00 or 18:30); the reminders stay
// in order through the day, each once.
Settings adjustAppField(Settings settings, AppField field, int steps);
std::string audioModeName(AudioMode mode); // "voice and tones", "tones only", "silent"

} // namespace nf::gui
