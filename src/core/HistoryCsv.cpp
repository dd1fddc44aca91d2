#include "core/HistoryCsv.hpp"

#include "core/Format.hpp"

namespace nf {
namespace {

std::string optionalInt(const std::optional<int>& v) {
    return v ? std::to_string(*v) : "";
}

std::string yesNo(bool b) {
    return b ? "yes" : "no";
}

} // namespace

// The fields quoted where needed, joined, with "\r\n".
std::string csvLine(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i)
        line += (i ? "," : "") + csvField(fields[i]);
    return line + "\r\n";
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

const std::vector<std::string>& sessionCsvColumns() {
    static const std::vector<std::string> columns{
        "id",          "start",        "end",          "routine",          "routine_name",
        "side",        "reps_per_set", "sets_planned", "hold_seconds",     "rest_seconds",
        "sets_done",   "reps_done",    "ended_early",  "sets_ended_early", "status",
        "pain_before", "pain_after",   "morning_after"};
    return columns;
}

std::string sessionCsvHeader() {
    return csvLine(sessionCsvColumns());
}

std::string sessionCsvRow(const SessionRecord& r, std::optional<MorningCheck> morning) {
    const std::vector<std::string> fields{
        std::to_string(r.id),
        formatLocalTime(r.start),
        r.end ? formatLocalTime(*r.end) : "",
        r.routineId,
        r.routineName,
        r.side,
        std::to_string(r.repsPerSet),
        std::to_string(r.setsPlanned),
        formatSeconds(r.holdSeconds),
        formatSeconds(r.restSeconds),
        std::to_string(r.setsDone),
        std::to_string(r.repsDone),
        yesNo(r.setsEndedEarly > 0),
        std::to_string(r.setsEndedEarly),
        toString(r.outcome),
        optionalInt(r.painBefore),
        optionalInt(r.painAfter),
        morning ? toString(*morning) : "",
    };
    return csvLine(fields);
}

const std::vector<std::string>& setCsvColumns() {
    static const std::vector<std::string> columns{
        "session_id", "seq",         "exercise", "side",         "set",        "reps_planned",
        "reps_done",  "ended_early", "skipped",  "left_mid_set", "finished_at"};
    return columns;
}

std::string setCsvHeader() {
    return csvLine(setCsvColumns());
}

std::string setCsvRow(const RecordedSet& s) {
    return csvLine({std::to_string(s.sessionId), std::to_string(s.seq), s.exercise, s.side,
                    std::to_string(s.setNumber), optionalInt(s.repsPlanned),
                    std::to_string(s.repsDone), yesNo(s.endedEarly), std::to_string(s.repsSkipped),
                    yesNo(s.leftMidSet), formatLocalTime(s.finishedAt)});
}

} // namespace nf
