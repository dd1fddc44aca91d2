#pragma once

#include "core/CheckIn.hpp"
#include "core/History.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

// The rules that turn the recorded history into what the home screen, the history screen and
// the terminal show: today against the target, the streak, the guardrail, the per-day figures.
// Pure functions over records; the store loads them and the shell decides what "today" is.
// Records may come in any order.

// The routine the daily target is about.
inline constexpr std::string_view kFlossRoutineId = "nerve-floss";

// A flossing session counts toward the daily target (and so the streak) when it ran to its end
// and at least one rep was done (sets ended early because the pain eased still count; a session
// stopped or cut off does not, nor one whose every set was skipped or ended before a rep).
bool countsTowardTarget(const SessionRecord& record);
// A session shows on the chart when at least one rep was done.
bool didSomething(const SessionRecord& record);

int flossSessionsOn(const std::vector<SessionRecord>& records, Date day);

struct Streak {
    int days = 0;               // consecutive days on target
    bool includesToday = false; // false: the streak ends yesterday and today can still extend it
};
// Days in a row with at least `target` counted flossing sessions, ending today, or ending
// yesterday while today is not yet on target (a day in progress does not break a streak).
// The days of a flare (each amber day and the next, by amberDays below) are passed over: what
// was flossed on them adds nothing and resting on them breaks nothing, so the streak never
// rewards pushing through a flare.
Streak streakOnTarget(const std::vector<SessionRecord>& records, Date today, int target,
                      const std::vector<MorningRecord>& mornings = {});

// 20% fewer reps, rounded down, never below 5 and never more than `current`.
int fewerReps(int current);

enum class SuggestionKind {
    FewerReps,    // pain rose or the morning was worse: fewer reps (suggestedReps)
    SmallerRange, // same, but the reps are already at the floor of 5: a smaller range instead
    KeepOn,       // steady and easy over the last sessions: keep going as you are
    Rest,         // amber today: no flossing today and tomorrow (the symptom response)
    SeeClinician, // red: contact the physiotherapist or GP; urgent: the urgent notice
};

struct Suggestion {
    SuggestionKind kind = SuggestionKind::KeepOn;
    std::string routineId;
    int currentReps = 0;
    int suggestedReps = 0; // equal to currentReps unless kind is FewerReps
    std::string reason;    // one sentence, for the screen and the terminal
};

// The guardrail for the next start of `routineId`, from its latest session (one that did at
// least one set): pain after rose by 2 or more over pain before, or the morning after that
// session's day was worse, suggests fewer reps. Three sessions in a row completed with pain
// after no higher than before, and no worse morning, suggest keeping on. Otherwise nothing.
std::optional<Suggestion> guardrail(const std::vector<SessionRecord>& records,
                                    const std::vector<MorningRecord>& mornings,
                                    std::string_view routineId);

// The dose by symptom response (REHAB.md), after the last flossing sessions and mornings:
// - Green: pain after (standing for pain during) at most 3 with no rise, and no worse morning:
//   carry on.
// - Amber: a rise of 2 or more after a session, or a worse morning after a session day: no more
//   flossing that day and the next (target and streak hidden then), then fewer reps.
// - Red: two amber days within 7 days, or new tingling or numbness in the last 7 days (the
//   where-felt check-in): contact the physiotherapist or GP.
// - Urgent: the latest weekly urgent-signs check, within 7 days, answered yes to a sign (both
//   legs, bladder or bowel, saddle numbness, new weakness): the urgent notice.
enum class ResponseLevel { Green, Amber, Red, Urgent };
// The check-ins the symptom response weighs besides the sessions and mornings.
struct CheckIns {
    std::vector<WhereFelt> whereFelt;
    std::vector<UrgentCheck> urgent;
};
// What the level was read from, so a reader that words it differently (the plan's line) need not
// ask again without the check-ins.
enum class ResponseCause { Settled, FlareUp, TwoFlareUps, NewTinglingOrNumbness, UrgentSign };
struct SymptomResponse {
    ResponseLevel level = ResponseLevel::Green;
    ResponseCause cause = ResponseCause::Settled;
    std::string text;              // what was seen and what to do, for the screen and terminal
    bool restFromFlossing = false; // today is a day without flossing: hide target and streak
};
// A day an amber began, by the rule above: a flossing session that day whose pain rose by 2 or
// more, or that morning worse than before (answered about the day before, a day of flossing).
// Each lasts that day and the next. The plan's flare days and the report read these too.
enum class AmberCause { PainRose, WorseMorning };
struct AmberDay {
    Date day{};
    AmberCause cause = AmberCause::PainRose;
    std::string
        why; // "pain rose from 2 to 5 after Nerve flossing", "the morning was worse than before"
};
// Oldest first, each day once (a rise wins over a worse morning on the same day).
std::vector<AmberDay> amberDays(const std::vector<SessionRecord>& records,
                                const std::vector<MorningRecord>& mornings);
// Nothing when there is no rated flossing session and no amber in the last 7 days.
std::optional<SymptomResponse> symptomResponse(const std::vector<SessionRecord>& records,
                                               const std::vector<MorningRecord>& mornings,
                                               Date today, const CheckIns& checkIns = {});

// The heading of the summary after a session: "Stop here for today" when the pain rose by 2 or
// more or today is already a rest day (amber), "Session stopped" for a stopped one, otherwise
// "Well done".
std::string summaryHeading(bool stopped, std::optional<int> painBefore,
                           std::optional<int> painAfter, bool restDay = false);
// After minus before is 2 or more: a meaningful rise, an amber.
bool painRoseBy2(std::optional<int> painBefore, std::optional<int> painAfter);
// A pain of 8 or more before a session asks whether to go on at all.
bool asksWhetherToGoOn(std::optional<int> painBefore);
inline constexpr const char* kGoOnQuestion =
    "Your pain is 8 or more. Flossing is not for a flare like this: go on anyway?";
// The sets ended early line of a summary: only flossing ends a set because the pain eased.
std::string endedEarlyLine(std::string_view routineId, int setsEndedEarly);

// The session day a morning answer given today is about: the latest day with a session,
// yesterday or the day before. Older days are not asked about (the answer would mean little).
std::optional<Date> morningAnswerDay(const std::vector<SessionRecord>& records, Date today);
// The same day, but only while it has no answer yet: the window asks its question then.
std::optional<Date> morningQuestionDay(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date today);

// One day of the chart.
struct DayStats {
    Date day{};
    int flossSessions = 0; // counted toward the target
    // Flossing sessions stopped before their end that did reps: each counts as the share of its
    // planned reps it did (0..1), so the chart draws them as flossing, as far as they went.
    double flossStopped = 0.0;
    int otherSessions = 0;            // every other routine's session that did something
    std::optional<double> painBefore; // mean of the day's ratings
    std::optional<double> painAfter;
};
// `days` days ending today, oldest first, every day present (empty days have zeros).
std::vector<DayStats> dailyStats(const std::vector<SessionRecord>& records, Date today, int days);

// Everything the home screen shows about the history.
struct HomeStatus {
    Date today{};
    int flossToday = 0;
    int target = 2;
    int setsToday = 0; // every session of today, any routine, however it ended
    int repsToday = 0;
    Streak streak;
    std::optional<LocalTime> lastSessionStart;
    std::optional<int> lastPainBefore; // from the latest session that has a rating
    std::optional<int> lastPainAfter;
    std::optional<Date> askMorningFor;    // ask "how is this morning?" about this session day
    std::optional<Suggestion> suggestion; // for the flossing routine
    std::optional<SymptomResponse> response;
};
// On an amber, red or urgent day the suggestion leads with the symptom response: red and urgent
// replace it with what to do (contact your physiotherapist or GP; the urgent notice), amber puts
// the rest first and keeps any fewer reps for afterwards.
HomeStatus homeStatus(const std::vector<SessionRecord>& records,
                      const std::vector<MorningRecord>& mornings, Date today, int target,
                      const CheckIns& checkIns = {});

// "Flossing 1 of 2 today"; on a rest day (amber, red or urgent) "No flossing today: rest", since a
// target must never push through a flare.
std::string targetLine(const HomeStatus& status);
// "Done today: 3 sets, 75 reps" (every routine, however the sessions ended).
std::string doneTodayLine(const HomeStatus& status);
// "3 days in a row on target" or "" when there is no streak or today is a rest day.
std::string streakLine(const HomeStatus& status);

} // namespace nf
