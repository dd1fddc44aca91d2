#pragma once

#include "core/History.hpp"
#include "core/HistoryRules.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

namespace nf {

// A history file that cannot be opened or written. The message is one line naming the file.
struct HistoryError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What a session is when it starts: the routine and the dose in force.
struct SessionStartInfo {
    LocalTime start;
    std::string routineId;
    std::string routineName;
    std::string side; // "left", "right", "both", or "" for a routine without sides
    int repsPerSet = 0;
    int setsPlanned = 0;
    double holdSeconds = 0.0;
    double restSeconds = 0.0;
    std::optional<int> painBefore;
};

// One set that ended, counted or not (a set counts when reps > 0).
struct SetRecord {
    std::string exercise;
    int setNumber = 0;
    std::string side; // "left", "right" or ""
    int reps = 0;     // reps done
    bool endedEarly = false;
    LocalTime finishedAt;
    std::optional<int> repsPlanned;
    int repsSkipped = 0;
    bool leftMidSet = false;
};

// The history database (SQLite): owns the connection, the schema and its migrations, and every
// read and write of the history. Each write is its own durable transaction (WAL, synchronous
// FULL), so a killed program loses at most what it had not yet handed over. A file that is not
// a readable database is moved aside, never overwritten, and a fresh one is started; the rules
// that interpret the history live in core/HistoryRules.
class HistoryStore {
public:
    static constexpr int kSchemaVersion = 3;

    // Opens (or creates, with its folder) the history at `file` and brings its schema up to
    // date. Throws HistoryError when no usable database can be had there: the folder cannot
    // be written, the file is locked too long, or it was written by a newer nervefloss.
    explicit HistoryStore(const std::filesystem::path& file);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const std::filesystem::path& file() const { return m_file; }
    // Set when the file found was not a readable database: one line saying where it was kept.
    const std::optional<std::string>& recoveryNotice() const { return m_notice; }
    int schemaVersion() const;

    // Writes. Each throws HistoryError on failure.
    std::int64_t beginSession(const SessionStartInfo& info);
    void recordSet(std::int64_t sessionId, const SetRecord& set);
    void endSession(std::int64_t sessionId, LocalTime end, SessionOutcome outcome);
    void setPainBefore(std::int64_t sessionId, int pain); // 0-10
    void setPainAfter(std::int64_t sessionId, int pain);  // 0-10
    // The next morning's check for the sessions of `sessionDay`; a second answer replaces it.
    void recordMorning(Date sessionDay, MorningCheck check, LocalTime recordedAt);
    // One leg's answers after the slump self-check (unanswered questions stay empty); its
    // verdict is worked out (legVerdict) and stored too. The leg must be left or right.
    std::int64_t addSelfCheck(LocalTime recordedAt, const LegAnswers& leg);
    // Every leg of one self-check, in one transaction: all of them or none.
    void addSelfCheck(LocalTime recordedAt, const std::vector<LegAnswers>& legs);

    // Reads, oldest first. `since` keeps sessions started on or after that day; `limit` keeps
    // only the most recent ones.
    std::vector<SessionRecord> sessions(std::optional<Date> since = std::nullopt,
                                        std::optional<int> limit = std::nullopt) const;
    // The sets of the sessions sessions(since, limit) returns, oldest session first, each
    // session's sets in the order they ended.
    std::vector<RecordedSet> sets(std::optional<Date> since = std::nullopt,
                                  std::optional<int> limit = std::nullopt) const;
    std::vector<MorningRecord> mornings() const;
    std::vector<SelfCheckRecord> selfChecks() const;

    // What the home screen shows, and the chart's days (see core/HistoryRules.hpp).
    HomeStatus homeStatus(Date today, int dailyTarget) const;
    std::vector<DayStats> dailyStats(Date today, int days) const;

private:
    void openAndMigrate();
    void migrate();
    void moveAside(const std::string& reason, const std::filesystem::path& wal);
    void exec(const char* sql) const;
    [[noreturn]] void fail(const std::string& what) const;

    std::filesystem::path m_file;
    sqlite3* m_db = nullptr;
    std::optional<std::string> m_notice;
};

// The schema's migrations, in order: entry i takes the database from version i to i + 1.
// Never edit a released entry; add a new one (the migration test keeps a copy of version 1).
const char* historyMigration(int fromVersion);

} // namespace nf
