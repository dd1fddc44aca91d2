#pragma once

#include "core/History.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

// The history as CSV (RFC 4180) for a physiotherapist or a spreadsheet: one row per session, or
// one row per set.
// Only text; the shell writes it to a file or stdout.

// A field as it must appear in CSV: quoted when it holds a comma, a quote or a line break, with
// quotes doubled.
std::string csvField(std::string_view text);
// The fields as one CSV line, each quoted where needed, with "\r\n".
std::string csvLine(const std::vector<std::string>& fields);

// The column names, in order: id, start, end, routine, routine_name, side, reps_per_set,
// sets_planned, hold_seconds, rest_seconds, sets_done, reps_done, ended_early, sets_ended_early,
// status, pain_before, pain_after, morning_after.
const std::vector<std::string>& sessionCsvColumns();
std::string sessionCsvHeader(); // the columns joined, with "\r\n"
// One session; `morning` is the next morning's check for the session's day, if recorded.
std::string sessionCsvRow(const SessionRecord& record, std::optional<MorningCheck> morning);

// The sets, one row each, for `history --csv --sets`: session_id, seq, exercise, side, set,
// reps_planned, reps_done, ended_early, skipped (reps not done because a posture was skipped),
// left_mid_set, finished_at.
const std::vector<std::string>& setCsvColumns();
std::string setCsvHeader();
std::string setCsvRow(const RecordedSet& set);

} // namespace nf
