#pragma once

#include "core/CheckIn.hpp"
#include "core/History.hpp"
#include "core/HistoryRules.hpp"
#include "core/Progression.hpp"

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
    // NotWritable: the history can be read but not written (permissions, read-only media);
    // the reading commands then open it with HistoryAccess::ReadOnly.
    enum class Kind { Other, NotWritable };
    explicit HistoryError(const std::string& what, Kind why = Kind::Other)
        : std::runtime_error(what), kind(why) {}
    Kind kind;
};

// ReadWrite creates, migrates and writes; ReadOnly only reads what is there (a missing file is
// an empty history), never creates, migrates or moves anything aside.
enum class HistoryAccess { ReadWrite, ReadOnly };

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
    static constexpr int kSchemaVersion = 6;
    // How long a write waits for another nervefloss (the window and a terminal run at once) to
    // finish its own before giving up.
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    // Opens (or creates, with its folder) the history at `file` and brings its schema up to
    // date. Throws HistoryError when no usable database can be had there: the folder cannot
    // be written, the file is locked too long, or it was written by a newer nervefloss.
    // Only a file SQLite calls "not a database" or "corrupt" is moved aside; any other failure
    // (permissions, a folder where a journal should be, a lock) is a HistoryError naming it, and
    // the file stays as it is.
    explicit HistoryStore(const std::filesystem::path& file,
                          HistoryAccess access = HistoryAccess::ReadWrite);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const std::filesystem::path& file() const { return m_file; }
    // Set when the file found was not a readable database: one line saying where it was kept.
    const std::optional<std::string>& recoveryNotice() const { return m_notice; }
    int schemaVersion() const;
    // How long the next reads and writes wait for another program's lock.
    void setBusyTimeout(int milliseconds);

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
    // `urgent`: the whole check ended in the urgent notice (symptoms in both legs); kept on
    // each leg's row, and read back as the Urgent verdict whatever the leg's own answers.
    std::int64_t addSelfCheck(LocalTime recordedAt, const LegAnswers& leg, bool urgent = false);
    // Every leg of one self-check, in one transaction: all of them or none.
    void addSelfCheck(LocalTime recordedAt, const std::vector<LegAnswers>& legs,
                      bool urgent = false);

    // The programme: each accepted dose change with its reason, and the check-ins.
    void addDoseChange(const DoseChange& change);
    void addWhereFelt(const WhereFelt& w);
    void addUrgentCheck(const UrgentCheck& check);
    void addSbi(const SbiScore& score); // ratings outside 0-6 throw HistoryError

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
    std::vector<DoseChange> doseChanges() const;
    std::vector<WhereFelt> whereFelt() const;
    std::vector<UrgentCheck> urgentChecks() const;
    std::vector<SbiScore> sbiScores() const;

    // What the home screen shows, and the chart's days (see core/HistoryRules.hpp).
    HomeStatus homeStatus(Date today, int dailyTarget) const;
    std::vector<DayStats> dailyStats(Date today, int days) const;

  private:
    void openAndMigrate();
    void openReadOnly();
    [[noreturn]] void cannotOpen(const std::string& reason) const;
    void migrate();
    void moveAside(const std::string& reason, const std::filesystem::path& wal);
    void exec(const char* sql) const;
    [[noreturn]] void fail(const std::string& what) const;

    std::filesystem::path m_file;
    sqlite3* m_db = nullptr;
    std::optional<std::string> m_notice;
    HistoryAccess m_access = HistoryAccess::ReadWrite;
};

// The schema's migrations, in order: entry i takes the database from version i to i + 1.
// Never edit a released entry; add a new one (the migration test keeps a copy of version 1).
const char* historyMigration(int fromVersion);

} // namespace nf
