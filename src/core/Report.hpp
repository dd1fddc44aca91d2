#pragma once

#include "core/CheckIn.hpp"
#include "core/History.hpp"
#include "core/Plan.hpp"
#include "core/Progression.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nf {

// The clinician's report as values: every figure and sentence a physiotherapist is handed,
// worked out from the history over a range of days. Pure: the shell gathers the records, says
// what today is, and draws the result (a PDF); this only decides what it says.

// What the report is made from. Records may come in any order and from any day; the report
// keeps the days `from` to `to`, both included.
struct ReportInput {
    Date from{};
    Date to{};
    LocalTime madeAt;
    Plan plan;
    std::map<std::string, std::string> names;   // routine id -> the name shown
    std::map<std::string, std::string> doseNow; // routine id -> "15 reps a set, hold 3 s"
    std::vector<SessionRecord> sessions;
    std::vector<RecordedSet> sets;
    std::vector<MorningRecord> mornings;
    std::vector<SelfCheckRecord> selfChecks;
    std::vector<DoseChange> doseChanges;
    std::vector<WhereFelt> whereFelt;
    std::vector<UrgentCheck> urgentChecks;
    std::vector<SbiScore> sbiScores;
};

// A table of text: a header and rows, each row as many cells as the header.
struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<double> widths; // share of the line for each column, adding up to 1
    // Rows that need the clinician's eye first (a yes to an urgent sign), by index in `rows`.
    std::vector<std::size_t> alerts;
};

// A chart drawn under a section's table.
enum class ReportChart { None, SbiTotals };

// One section of the report: a title, sentences, and a table (or none).
struct ReportSection {
    std::string title;
    std::vector<std::string> notes;
    ReportTable table;
    ReportChart chart = ReportChart::None;
};

// One routine's row of the calendar strip: completed sessions per day, against the plan.
struct AdherenceRow {
    std::string routineId;
    std::string name;
    std::vector<int> done; // per day, from `from` to `to`
    int wantedPerDay = 0;  // times a day; 0 for every-N-days and as-wanted routines
    int planned = 0;       // sessions the plan wanted over the range (0: as wanted)
    int doneTotal = 0;
    std::string line; // "Nerve flossing: 40 of 56 planned sessions (71%)"
};

// One day of the pain chart.
struct ReportDay {
    Date day{};
    std::optional<double> painBefore; // mean of the day's ratings, 0-10
    std::optional<double> painAfter;
    std::optional<MorningCheck> morning; // the next morning, compared with before
    bool amber = false;                  // the guardrail's amber (core/SymptomResponse)
};

struct Report {
    std::string title;    // "nervefloss: report for the physiotherapist"
    std::string subtitle; // "Made 2026-11-30 10:05; covers 2026-11-03 to 2026-11-30 (28 days)"
    ReportSection plan;   // the plan and the doses now
    std::vector<AdherenceRow> adherence;
    std::vector<ReportDay> days;
    std::vector<SbiScore> sbi; // in the range, oldest first, for the chart
    // Then, in this order: symptom response, sessions, sets ended early or stopped, where it
    // was felt, urgent signs, bothersomeness, self-checks, dose changes.
    std::vector<ReportSection> sections;
};

// The longest range a report covers (a year), and the default (four weeks).
inline constexpr int kReportMaxDays = 366;
inline constexpr int kReportDefaultDays = 28;

Report buildReport(const ReportInput& input);

} // namespace nf
