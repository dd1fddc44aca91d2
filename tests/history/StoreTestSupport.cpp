#include "StoreTestSupport.hpp"

#include "app/history/HistoryStore.hpp"

namespace nf::test {

SessionStartInfo flossStart(LocalTime start, std::optional<int> painBefore) {
    SessionStartInfo s;
    s.start = start;
    s.routineId = "nerve-floss";
    s.routineName = "Nerve flossing";
    s.side = "right";
    s.repsPerSet = 25;
    s.setsPlanned = 3;
    s.holdSeconds = 3;
    s.restSeconds = 30;
    s.painBefore = painBefore;
    return s;
}

std::filesystem::path historyIn(const std::filesystem::path& home) {
    return home / "data" / "nervefloss" / "history.sqlite3";
}

RunResult at(const TempDir& home, const std::string& when, const std::vector<std::string>& args) {
    return runAt(home.path(), when, "UTC0", args);
}

void addSession(const TempDir& home, const std::string& routine, Date day, int hour,
                std::optional<int> before, std::optional<int> after) {
    const TimeZoneForTest utc("UTC0"); // the zone the program runs in
    HistoryStore store(historyIn(home.path()));
    SessionStartInfo s = flossStart({day, hour, 0, 0}, before);
    s.routineId = routine;
    s.routineName = routine == "nerve-floss"     ? "Nerve flossing"
                    : routine == "strengthening" ? "Strengthening"
                                                 : routine;
    const auto id = store.beginSession(s);
    // Every set done in full: a session with no rep done is not one the symptom response reads.
    for (int set = 1; set <= s.setsPlanned; ++set) {
        SetRecord done;
        done.exercise = s.routineName;
        done.setNumber = set;
        done.side = s.side;
        done.reps = s.repsPerSet;
        done.repsPlanned = s.repsPerSet;
        done.finishedAt = {day, hour, 5 * set, 0};
        store.recordSet(id, done);
    }
    if (after)
        store.setPainAfter(id, *after);
    store.endSession(id, {day, hour, 20, 0}, SessionOutcome::Completed);
}

} // namespace nf::test
