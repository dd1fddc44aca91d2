#pragma once

#include "core/SelfCheck.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nf {

// A calendar day in the user's own time zone. The shell decides what "today" is; the core only
// counts days.
using Date = std::chrono::year_month_day;

// A wall-clock instant in the user's time zone, to the second, as the history records it.
struct LocalTime {
    Date date{};
    int hour = 0;
    int minute = 0;
    int second = 0;

    friend bool operator==(const LocalTime&, const LocalTime&) = default;
};

std::string formatDate(Date date); // "2026-11-21"
// A day in words, as said to the person: "today", "yesterday", "on Monday" within the last week,
// else "on 21 November".
std::string dayInWords(Date day, Date today);
// "Monday".
std::string weekdayName(Date day);
std::string formatLocalTime(LocalTime time); // "2026-11-21 10:30:05"
// Strictly "YYYY-MM-DD" with a real calendar day; nothing otherwise.
std::optional<Date> parseDate(std::string_view text);
// "YYYY-MM-DD HH:MM:SS" as formatLocalTime writes it; nothing otherwise.
std::optional<LocalTime> parseLocalTime(std::string_view text);
Date addDays(Date date, int days);
int daysBetween(Date from, Date to); // to - from, in days

// How the morning after a session day felt, compared with before.
enum class MorningCheck { Better, Same, Worse };
std::string toString(MorningCheck check); // "better", "same", "worse"
std::optional<MorningCheck> morningCheckFromString(std::string_view text);

// How a recorded session ended. Unfinished means no end was recorded: the session is still in
// progress, or the program was killed or the computer lost power during it.
enum class SessionOutcome { Unfinished, Completed, Stopped };
std::string toString(SessionOutcome outcome); // "unfinished", "completed", "stopped"
std::optional<SessionOutcome> sessionOutcomeFromString(std::string_view text);

// One session as the history holds it: what was planned (the dose in force) and what was done.
// Sets done are the sets with at least one rep done (ended early or left part-way included);
// reps done are every rep whose postures all ran to their end, so a session left or cut off
// shows what was done so far.
struct SessionRecord {
    std::int64_t id = 0;
    LocalTime start;
    std::optional<LocalTime> end;
    std::string routineId;   // "nerve-floss"
    std::string routineName; // "Nerve flossing"
    std::string side;        // "left", "right", "both" (left then right), or "" without sides
    int repsPerSet = 0;      // the dose in force
    int setsPlanned = 0;     // over the whole session (each side counted)
    double holdSeconds = 0.0;
    double restSeconds = 0.0;
    int setsDone = 0;
    int repsDone = 0;
    int setsEndedEarly = 0; // sets the user ended early because the pain eased
    SessionOutcome outcome = SessionOutcome::Unfinished;
    std::optional<int> painBefore; // 0-10
    std::optional<int> painAfter;  // 0-10

    Date day() const { return start.date; }
};

// One set as the history holds it (one row of `history --csv --sets`). Sets recorded before the
// history kept the plan have no repsPlanned.
struct RecordedSet {
    std::int64_t sessionId = 0;
    int seq = 0;          // 1, 2, ... in the order the sets ended
    std::string exercise; // the exercise's name
    std::string side;     // "left", "right" or ""
    int setNumber = 0;
    std::optional<int> repsPlanned;
    int repsDone = 0;
    int repsSkipped = 0;     // reps not done because one of their postures was skipped
    bool endedEarly = false; // the user ended it because the pain eased
    bool leftMidSet = false; // the session was left during it
    LocalTime finishedAt;

    // A set counts as done when at least one of its reps was done, however it ended.
    bool counts() const { return repsDone > 0; }
};

// One leg's answers to the slump self-check's questions (core/SelfCheck.hpp), as recorded.
struct SelfCheckRecord {
    std::int64_t id = 0;
    LocalTime recordedAt;
    LegAnswers answers; // the leg, and each answer (empty when not answered)
    SelfCheckVerdict verdict = SelfCheckVerdict::Incomplete;
};

// One leg's verdict: yes to all three suggests nerve-related pain (a screen, not a diagnosis);
// incomplete until all three are answered.
SelfCheckVerdict legVerdict(const LegAnswers& answers);
std::string toString(SelfCheckVerdict verdict); // "suggests-nerve", "not-suggestive", "incomplete"

struct MorningRecord {
    Date sessionDay{}; // the day of the sessions; the morning asked about is the next one
    MorningCheck check = MorningCheck::Same;
};

} // namespace nf
