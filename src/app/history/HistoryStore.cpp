#include "app/history/HistoryStore.hpp"

#include "app/LocalClock.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace nf {
namespace {

constexpr int kBusyTimeoutMs = HistoryStore::kDefaultBusyTimeoutMs;

// Version 1: sessions and their finished sets. Version 2: the morning checks and self-checks.
// Version 3: what became of each set (below).
// Version 4: the programme's dose changes and check-ins (where it is felt, urgent signs, SBI).
// Version 5: instants in UTC with the zone's offset.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT    NOT NULL,  -- local time, 'YYYY-MM-DD HH:MM:SS'
    ended_at      TEXT,              -- NULL while in progress, or when cut off
    end_reason    TEXT    CHECK (end_reason IN ('completed', 'stopped')),
    routine       TEXT    NOT NULL,
    routine_name  TEXT    NOT NULL,
    side          TEXT    NOT NULL,
    reps_per_set  INTEGER NOT NULL,
    sets_planned  INTEGER NOT NULL,
    hold_seconds  REAL    NOT NULL,
    rest_seconds  REAL    NOT NULL,
    pain_before   INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after    INTEGER CHECK (pain_after BETWEEN 0 AND 10)
);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE TABLE sets (
    session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,  -- 1, 2, ... in the order the sets finished
    exercise      TEXT    NOT NULL,
    set_number    INTEGER NOT NULL,
    side          TEXT    NOT NULL,
    reps          INTEGER NOT NULL,
    ended_early   INTEGER NOT NULL CHECK (ended_early IN (0, 1)),
    finished_at   TEXT    NOT NULL,
    PRIMARY KEY (session_id, seq)
);
)sql",
    R"sql(
CREATE TABLE morning_checks (
    session_day   TEXT PRIMARY KEY,  -- 'YYYY-MM-DD': the day of the sessions asked about
    feeling       TEXT NOT NULL CHECK (feeling IN ('better', 'same', 'worse')),
    recorded_at   TEXT NOT NULL
);
CREATE TABLE self_checks (
    id                    INTEGER PRIMARY KEY,
    recorded_at           TEXT    NOT NULL,
    leg                   TEXT    NOT NULL CHECK (leg IN ('left', 'right')),
    -- 1 yes, 0 no, NULL not answered (the check stops at the first symptom)
    usual_sensation       INTEGER CHECK (usual_sensation IN (0, 1)),
    different_from_other  INTEGER CHECK (different_from_other IN (0, 1)),
    eased_looking_up      INTEGER CHECK (eased_looking_up IN (0, 1)),
    result                TEXT    NOT NULL
                          CHECK (result IN ('suggests-nerve', 'not-suggestive', 'incomplete'))
);
CREATE INDEX self_checks_by_time ON self_checks (recorded_at);
)sql",
    // Version 3: every set begun is kept with what became of it, counted or not: its plan, the
    // reps skipped, and whether the session was left during it. A set counts as done when its
    // reps are more than 0; rows recorded before keep their values.
    R"sql(
ALTER TABLE sets ADD COLUMN reps_planned INTEGER;
ALTER TABLE sets ADD COLUMN reps_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sets ADD COLUMN left_mid_set INTEGER NOT NULL DEFAULT 0 CHECK (left_mid_set IN (0, 1));
)sql",
    // Version 4: the programme's dose changes and check-ins.
    R"sql(
CREATE TABLE dose_changes (
    id            INTEGER PRIMARY KEY,
    changed_at    TEXT NOT NULL,     -- local time, 'YYYY-MM-DD HH:MM:SS'
    routine       TEXT NOT NULL,
    what          TEXT NOT NULL,     -- 'reps', 'hold', 'harder'
    from_value    TEXT NOT NULL,
    to_value      TEXT NOT NULL,
    reason        TEXT NOT NULL
);
CREATE TABLE where_felt (
    id            INTEGER PRIMARY KEY,
    recorded_at   TEXT NOT NULL,
    reach         TEXT NOT NULL CHECK (reach IN ('buttock', 'thigh', 'calf')),
    new_tingling  INTEGER NOT NULL CHECK (new_tingling IN (0, 1))
);
CREATE TABLE urgent_checks (
    id            INTEGER PRIMARY KEY,
    answered_on   TEXT NOT NULL,     -- 'YYYY-MM-DD'
    answers       TEXT NOT NULL      -- one 'y' or 'n' per question, in the order asked
);
CREATE TABLE sbi_scores (
    id            INTEGER PRIMARY KEY,
    answered_on   TEXT NOT NULL,
    leg_pain      INTEGER NOT NULL CHECK (leg_pain BETWEEN 0 AND 6),
    numbness      INTEGER NOT NULL CHECK (numbness BETWEEN 0 AND 6),
    weakness      INTEGER NOT NULL CHECK (weakness BETWEEN 0 AND 6),
    sitting_pain  INTEGER NOT NULL CHECK (sitting_pain BETWEEN 0 AND 6)
);
)sql",
    // Version 5: every instant is kept in UTC ('YYYY-MM-DDTHH:MM:SSZ') with the offset of the
    // zone it was recorded in (seconds east of UTC), so that a change of time zone neither
    // moves a session to another day nor puts it in the future. The times written before were
    // local times without a zone: they are read in the zone of the machine that migrates
    // (SQLite's 'utc' modifier), the best that is known of them. A value that is not a time
    // is kept as it was, with no offset.
    R"sql(
ALTER TABLE sessions ADD COLUMN started_offset INTEGER;
ALTER TABLE sessions ADD COLUMN ended_offset INTEGER;
ALTER TABLE sets ADD COLUMN finished_offset INTEGER;
ALTER TABLE morning_checks ADD COLUMN recorded_offset INTEGER;
ALTER TABLE self_checks ADD COLUMN recorded_offset INTEGER;
ALTER TABLE dose_changes ADD COLUMN changed_offset INTEGER;
ALTER TABLE where_felt ADD COLUMN recorded_offset INTEGER;
UPDATE sessions SET
    started_offset = CAST(round((julianday(started_at) - julianday(started_at, 'utc')) * 86400) AS INTEGER),
    started_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', started_at, 'utc'), started_at),
    ended_offset = CAST(round((julianday(ended_at) - julianday(ended_at, 'utc')) * 86400) AS INTEGER),
    ended_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', ended_at, 'utc'), ended_at);
UPDATE sets SET
    finished_offset = CAST(round((julianday(finished_at) - julianday(finished_at, 'utc')) * 86400) AS INTEGER),
    finished_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', finished_at, 'utc'), finished_at);
UPDATE morning_checks SET
    recorded_offset = CAST(round((julianday(recorded_at) - julianday(recorded_at, 'utc')) * 86400) AS INTEGER),
    recorded_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at, 'utc'), recorded_at);
UPDATE self_checks SET
    recorded_offset = CAST(round((julianday(recorded_at) - julianday(recorded_at, 'utc')) * 86400) AS INTEGER),
    recorded_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at, 'utc'), recorded_at);
UPDATE dose_changes SET
    changed_offset = CAST(round((julianday(changed_at) - julianday(changed_at, 'utc')) * 86400) AS INTEGER),
    changed_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', changed_at, 'utc'), changed_at);
UPDATE where_felt SET
    recorded_offset = CAST(round((julianday(recorded_at) - julianday(recorded_at, 'utc')) * 86400) AS INTEGER),
    recorded_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at, 'utc'), recorded_at);
)sql",
    // Version 6: a self-check that ended in the urgent notice (symptoms in both legs) says so on
    // each leg's row; the leg's own result stays what its answers give. Checks recorded before
    // were not known to be urgent.
    R"sql(
ALTER TABLE self_checks ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));
)sql",
};
static_assert(std::size(kMigrations) == HistoryStore::kSchemaVersion);

// The file found is not a database we can read: it is moved aside and a fresh one started.
struct Unreadable {
    std::string reason;
};

// Only these say the file itself is not a database; everything else (permissions, a lock, a
// folder where a journal should be, read-only media) is about how we may reach it, and moving
// a good history aside for those would lose it.
bool meansUnreadable(int rc) {
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return true;
    default:
        return false;
    }
}

// A prepared statement, finalized when it goes out of scope. Errors become HistoryError with the
// file's name and SQLite's message.
class Statement {
  public:
    Statement(sqlite3* db, const std::filesystem::path& file, const char* sql)
        : m_db(db), m_file(file) {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail();
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, std::int64_t v) { return check(sqlite3_bind_int64(m_stmt, i, v)); }
    Statement& bind(int i, int v) { return check(sqlite3_bind_int(m_stmt, i, v)); }
    Statement& bind(int i, double v) { return check(sqlite3_bind_double(m_stmt, i, v)); }
    Statement& bind(int i, const std::string& v) {
        return check(
            sqlite3_bind_text(m_stmt, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    }
    Statement& bind(int i, const std::optional<int>& v) {
        return v ? bind(i, *v) : check(sqlite3_bind_null(m_stmt, i));
    }
    // An instant takes two places: its UTC text at `i` and its zone's offset at `i + 1`.
    Statement& bind(int i, const StoredTime& t) {
        return bind(i, t.utc).bind(i + 1, t.utcOffsetSeconds);
    }

    // True while there is a row to read.
    bool step() {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        fail();
    }
    void run() {
        while (step()) {
        }
    }

    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    int integer(int col) const { return sqlite3_column_int(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::optional<int> optionalInt(int col) const {
        return isNull(col) ? std::nullopt : std::optional<int>(integer(col));
    }
    std::string text(int col) const {
        const auto* p = sqlite3_column_text(m_stmt, col);
        return p ? reinterpret_cast<const char*>(p) : "";
    }

  private:
    Statement& check(int rc) {
        if (rc != SQLITE_OK)
            fail();
        return *this;
    }
    [[noreturn]] void fail() const {
        throw HistoryError(m_file.string() + ": " + sqlite3_errmsg(m_db));
    }

    sqlite3* m_db;
    const std::filesystem::path& m_file;
    sqlite3_stmt* m_stmt = nullptr;
};

// The first column of the first row of a pragma, or the error code.
struct PragmaResult {
    int rc = SQLITE_OK;
    std::string value;
};

PragmaResult pragma(sqlite3* db, const char* sql) {
    PragmaResult r;
    char* error = nullptr;
    r.rc = sqlite3_exec(
        db, sql,
        [](void* out, int columns, char** values, char**) {
            auto* value = static_cast<std::string*>(out);
            if (value->empty() && columns > 0 && values[0])
                *value = values[0];
            return 0;
        },
        &r.value, &error);
    if (r.rc != SQLITE_OK)
        r.value = error ? error : sqlite3_errstr(r.rc);
    sqlite3_free(error);
    return r;
}

// The first instant of a local day, as stored: what `since` compares with.
std::string startOfDay(Date day) {
    return storedTimeOf(LocalTime{day, 0, 0, 0}).utc;
}

std::string compactStamp(const LocalTime& t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u-%02d%02d%02d", static_cast<int>(t.date.year()),
                  static_cast<unsigned>(t.date.month()), static_cast<unsigned>(t.date.day()),
                  t.hour, t.minute, t.second);
    return buf;
}

// Moves `from` to `to` without ever replacing an existing `to`: link() refuses to, where
// rename() would not.
bool moveWithoutOverwriting(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::link(from.c_str(), to.c_str()) == 0)
        return ::unlink(from.c_str()) == 0;
    if (errno == EEXIST)
        return false;
    // Some file systems have no hard links: check, then rename.
    std::error_code ec;
    if (std::filesystem::exists(to, ec))
        return false;
    std::filesystem::rename(from, to, ec);
    return !ec;
}

} // namespace

const char* historyMigration(int fromVersion) {
    if (fromVersion < 0 || fromVersion >= HistoryStore::kSchemaVersion)
        return nullptr;
    return kMigrations[fromVersion];
}

HistoryStore::HistoryStore(const std::filesystem::path& file, HistoryAccess access)
    : m_file(file), m_access(access) {
    std::error_code ec;
    if (access == HistoryAccess::ReadOnly) {
        try {
            openReadOnly();
        } catch (...) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw;
        }
        return;
    }
    if (m_file.has_parent_path())
        std::filesystem::create_directories(m_file.parent_path(), ec);
    if (ec)
        throw HistoryError(m_file.parent_path().string() + ": cannot create the history folder (" +
                           ec.message() + ")");
    // SQLite deletes a write-ahead log when it closes the last connection, even when the
    // database turns out unreadable. A hard link keeps the log's content until we know.
    const std::filesystem::path wal = m_file.string() + "-wal";
    const std::filesystem::path walKept = m_file.string() + "-wal.kept";
    std::filesystem::remove(walKept, ec);
    const bool kept = std::filesystem::exists(wal, ec) && ::link(wal.c_str(), walKept.c_str()) == 0;
    try {
        try {
            openAndMigrate();
        } catch (const Unreadable& u) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            moveAside(u.reason, kept ? walKept : wal);
            try {
                openAndMigrate();
            } catch (const Unreadable& again) {
                throw HistoryError(m_file.string() + ": cannot start a new history (" +
                                   again.reason + ")");
            }
        }
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        std::filesystem::remove(walKept, ec);
        throw;
    }
    std::filesystem::remove(walKept, ec);
}

HistoryStore::~HistoryStore() {
    sqlite3_close_v2(m_db);
}

void HistoryStore::openAndMigrate() {
    std::error_code ec;
    const bool existed = std::filesystem::exists(m_file, ec);
    const int rc =
        sqlite3_open_v2(m_file.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const std::string reason = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        if (existed && meansUnreadable(rc))
            throw Unreadable{reason};
        cannotOpen(reason);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    // A file of garbage opens fine; the first read says it is not a database. quick_check finds
    // damaged pages in a real one (cheap for a history of a few thousand rows).
    const PragmaResult check = pragma(m_db, "PRAGMA quick_check");
    if (check.rc != SQLITE_OK) {
        if (meansUnreadable(check.rc))
            throw Unreadable{check.value};
        cannotOpen(check.value);
    }
    if (check.value != "ok")
        throw Unreadable{"damaged: " + check.value};
    if (sqlite3_db_readonly(m_db, "main") == 1)
        throw HistoryError(m_file.string() + ": the history is read-only; sessions cannot be "
                                             "recorded until it can be written",
                           HistoryError::Kind::NotWritable);

    // WAL with synchronous FULL: every commit is on disk before it returns, so a set that was
    // recorded survives a kill or a power cut; a writer never blocks the window's reads.
    const PragmaResult wal = pragma(m_db, "PRAGMA journal_mode = WAL");
    if (wal.rc != SQLITE_OK) {
        if (meansUnreadable(wal.rc))
            throw Unreadable{wal.value};
        cannotOpen(wal.value);
    }
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
    migrate();
}

void HistoryStore::openReadOnly() {
    std::error_code ec;
    if (!std::filesystem::exists(m_file, ec)) {
        // Nothing recorded yet: an empty history in memory, so the readers need no special case.
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            fail("cannot open an empty history");
        for (const char* migration : kMigrations)
            exec(migration);
        exec(("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str());
        // A write would vanish with the memory: refuse it as the file would.
        exec("PRAGMA query_only = 1");
        return;
    }
    // Read-only media cannot hold the write-ahead log's shared-memory file; "immutable" reads
    // the database file alone there (what the log held last is then not seen).
    const std::string immutable = "file:" + m_file.string() + "?immutable=1";
    for (const std::string& name : {m_file.string(), immutable}) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        const int flags = SQLITE_OPEN_READONLY | (name == immutable ? SQLITE_OPEN_URI : 0);
        int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
        std::string reason =
            rc == SQLITE_OK ? "" : (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        if (rc == SQLITE_OK) {
            sqlite3_extended_result_codes(m_db, 1);
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
            const PragmaResult check = pragma(m_db, "PRAGMA quick_check");
            rc = check.rc;
            reason = check.value;
            if (rc == SQLITE_OK && check.value != "ok") {
                rc = SQLITE_CORRUPT;
                reason = "damaged: " + check.value;
            }
        }
        if (rc == SQLITE_OK)
            break;
        if (meansUnreadable(rc))
            throw HistoryError(m_file.string() + ": not a readable history (" + reason +
                               "); it was left as it is");
        if (name == immutable)
            cannotOpen(reason);
    }
    const int version = schemaVersion();
    if (version > kSchemaVersion)
        throw HistoryError(m_file.string() + ": written by a newer nervefloss (schema " +
                           std::to_string(version) + ", this one knows up to " +
                           std::to_string(kSchemaVersion) + "); update nervefloss");
    if (version == kSchemaVersion)
        return;
    // An older history we may not write is copied into memory and brought up to date there,
    // so it can still be read; the file itself is not touched.
    sqlite3* memory = nullptr;
    if (sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(memory);
        fail("cannot copy the history into memory");
    }
    sqlite3_backup* copy = sqlite3_backup_init(memory, "main", m_db, "main");
    const int rc = copy ? sqlite3_backup_step(copy, -1) : sqlite3_errcode(memory);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE) {
        const std::string reason = sqlite3_errstr(rc);
        sqlite3_close_v2(memory);
        throw HistoryError(m_file.string() + ": cannot copy the history into memory (" + reason +
                           ")");
    }
    sqlite3_close_v2(m_db);
    m_db = memory;
    migrate();
    exec("PRAGMA query_only = 1");
}

void HistoryStore::cannotOpen(const std::string& sqliteReason) const {
    // SQLite's "unable to open database file" does not say why; look for the usual causes.
    std::string reason = sqliteReason;
    auto kind = HistoryError::Kind::Other;
    std::error_code ec;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const std::filesystem::path extra = m_file.string() + suffix;
        if (std::filesystem::exists(extra, ec) && !std::filesystem::is_regular_file(extra, ec))
            reason = extra.string() + " is not a regular file (move it away)";
    }
    const std::filesystem::path dir = m_file.has_parent_path() ? m_file.parent_path() : ".";
    if (reason == sqliteReason) {
        if (::access(m_file.c_str(), R_OK) != 0 && errno != ENOENT) {
            reason = std::string("cannot read it: ") + std::strerror(errno);
        } else if ((::access(m_file.c_str(), W_OK) != 0 && errno != ENOENT) ||
                   ::access(dir.c_str(), W_OK) != 0) {
            reason = std::string("cannot write it or its folder: ") + std::strerror(errno);
            kind = HistoryError::Kind::NotWritable;
        }
    }
    throw HistoryError(
        m_file.string() + ": cannot open the history (" + reason + "); it was left as it is", kind);
}

void HistoryStore::migrate() {
    int version = schemaVersion();
    if (version > kSchemaVersion)
        throw HistoryError(m_file.string() + ": written by a newer nervefloss (schema " +
                           std::to_string(version) + ", this one knows up to " +
                           std::to_string(kSchemaVersion) + "); update nervefloss");
    while (version < kSchemaVersion) {
        // IMMEDIATE takes the write lock first, so two programs starting at once do not both
        // migrate: the second sees the new version once it has the lock.
        exec("BEGIN IMMEDIATE");
        try {
            version = schemaVersion();
            if (version < kSchemaVersion) {
                exec(kMigrations[version]);
                exec(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
            }
            exec("COMMIT");
        } catch (...) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        version = schemaVersion();
    }
}

void HistoryStore::moveAside(const std::string& reason, const std::filesystem::path& wal) {
    const std::string base = m_file.string() + ".corrupt-" + compactStamp(localNow());
    std::filesystem::path aside = base;
    for (int n = 2; !moveWithoutOverwriting(m_file, aside); ++n) {
        if (n > 100)
            throw HistoryError(m_file.string() + ": not a readable history (" + reason +
                               "), and it cannot be moved aside (" + std::strerror(errno) + ")");
        aside = base + "-" + std::to_string(n);
    }
    // The journal files belong to the old file: they go with it, so that they are never
    // replayed into the new one.
    std::error_code ec;
    if (std::filesystem::exists(wal, ec))
        moveWithoutOverwriting(wal, aside.string() + "-wal");
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const std::filesystem::path extra = m_file.string() + suffix;
        if (std::filesystem::exists(extra, ec) &&
            !moveWithoutOverwriting(extra, aside.string() + suffix))
            std::filesystem::remove(extra, ec); // a second copy of what was kept just above
    }
    m_notice = m_file.string() + " was not a readable history (" + reason + "); kept it as " +
               aside.string() + " and started a new one";
}

void HistoryStore::exec(const char* sql) const {
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw HistoryError(m_file.string() + ": " + message);
    }
}

void HistoryStore::fail(const std::string& what) const {
    throw HistoryError(m_file.string() + ": " + what + " (" + sqlite3_errmsg(m_db) + ")");
}

void HistoryStore::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_db, milliseconds);
}

int HistoryStore::schemaVersion() const {
    Statement s(m_db, m_file, "PRAGMA user_version");
    return s.step() ? s.integer(0) : 0;
}

std::int64_t HistoryStore::beginSession(const SessionStartInfo& info) {
    Statement s(m_db, m_file,
                "INSERT INTO sessions (started_at, started_offset, routine, routine_name, side, "
                "reps_per_set, sets_planned, hold_seconds, rest_seconds, pain_before) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, storedTimeOf(info.start))
        .bind(3, info.routineId)
        .bind(4, info.routineName)
        .bind(5, info.side)
        .bind(6, info.repsPerSet)
        .bind(7, info.setsPlanned)
        .bind(8, info.holdSeconds)
        .bind(9, info.restSeconds)
        .bind(10, info.painBefore);
    s.run();
    return sqlite3_last_insert_rowid(m_db);
}

void HistoryStore::recordSet(std::int64_t sessionId, const SetRecord& set) {
    Statement s(
        m_db, m_file,
        "INSERT INTO sets (session_id, seq, exercise, set_number, side, reps, ended_early, "
        "finished_at, finished_offset, reps_planned, reps_skipped, left_mid_set) VALUES (?1, "
        "(SELECT COALESCE(MAX(seq), 0) + 1 FROM sets WHERE session_id = ?1), ?2, ?3, ?4, "
        "?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    s.bind(1, sessionId)
        .bind(2, set.exercise)
        .bind(3, set.setNumber)
        .bind(4, set.side)
        .bind(5, set.reps)
        .bind(6, set.endedEarly ? 1 : 0)
        .bind(7, storedTimeOf(set.finishedAt))
        .bind(9, set.repsPlanned)
        .bind(10, set.repsSkipped)
        .bind(11, set.leftMidSet ? 1 : 0);
    s.run();
}

void HistoryStore::endSession(std::int64_t sessionId, LocalTime end, SessionOutcome outcome) {
    if (outcome == SessionOutcome::Unfinished)
        throw HistoryError(m_file.string() + ": a session ends completed or stopped");
    Statement s(m_db, m_file,
                "UPDATE sessions SET ended_at = ?, ended_offset = ?, end_reason = ? WHERE id = ?");
    s.bind(1, storedTimeOf(end)).bind(3, toString(outcome)).bind(4, sessionId);
    s.run();
}

void HistoryStore::setPainBefore(std::int64_t sessionId, int pain) {
    Statement s(m_db, m_file, "UPDATE sessions SET pain_before = ? WHERE id = ?");
    s.bind(1, pain).bind(2, sessionId);
    s.run();
}

void HistoryStore::setPainAfter(std::int64_t sessionId, int pain) {
    Statement s(m_db, m_file, "UPDATE sessions SET pain_after = ? WHERE id = ?");
    s.bind(1, pain).bind(2, sessionId);
    s.run();
}

void HistoryStore::recordMorning(Date sessionDay, MorningCheck check, LocalTime recordedAt) {
    Statement s(m_db, m_file,
                "INSERT INTO morning_checks (session_day, feeling, recorded_at, recorded_offset) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (session_day) DO UPDATE SET feeling = "
                "excluded.feeling, recorded_at = excluded.recorded_at, recorded_offset = "
                "excluded.recorded_offset");
    s.bind(1, formatDate(sessionDay)).bind(2, toString(check)).bind(3, storedTimeOf(recordedAt));
    s.run();
}

std::int64_t HistoryStore::addSelfCheck(LocalTime recordedAt, const LegAnswers& leg, bool urgent) {
    if (leg.leg != Side::Left && leg.leg != Side::Right)
        throw HistoryError(m_file.string() + ": a self-check answer needs its leg, left or right");
    Statement s(m_db, m_file,
                "INSERT INTO self_checks (recorded_at, recorded_offset, leg, usual_sensation, "
                "different_from_other, eased_looking_up, result, urgent) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, storedTimeOf(recordedAt)).bind(3, toString(leg.leg));
    for (int i = 0; i < kSelfCheckQuestions; ++i) {
        const auto& a = leg.answers[static_cast<std::size_t>(i)];
        s.bind(4 + i, a ? std::optional<int>(*a ? 1 : 0) : std::nullopt);
    }
    s.bind(7, toString(legVerdict(leg))).bind(8, urgent ? 1 : 0);
    s.run();
    return sqlite3_last_insert_rowid(m_db);
}

void HistoryStore::addSelfCheck(LocalTime recordedAt, const std::vector<LegAnswers>& legs,
                                bool urgent) {
    exec("BEGIN IMMEDIATE");
    try {
        for (const LegAnswers& leg : legs)
            addSelfCheck(recordedAt, leg, urgent);
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::vector<SessionRecord> HistoryStore::sessions(std::optional<Date> since,
                                                  std::optional<int> limit) const {
    Statement s(m_db, m_file,
                "SELECT s.id, s.started_at, s.ended_at, s.end_reason, s.routine, s.routine_name, "
                "s.side, s.reps_per_set, s.sets_planned, s.hold_seconds, s.rest_seconds, "
                "s.pain_before, s.pain_after, COALESCE(SUM(t.reps > 0), 0), "
                "COALESCE(SUM(t.reps), 0), COALESCE(SUM(t.ended_early AND t.reps > 0), 0) "
                "FROM sessions s LEFT JOIN sets t ON t.session_id = s.id "
                "WHERE s.started_at >= ? GROUP BY s.id "
                "ORDER BY s.started_at DESC, s.id DESC LIMIT ?");
    s.bind(1, since ? startOfDay(*since) : std::string()).bind(2, limit ? std::max(0, *limit) : -1);
    std::vector<SessionRecord> out;
    while (s.step()) {
        const auto start = localTimeOfStored(s.text(1));
        if (!start)
            continue; // a row edited by hand into nonsense: leave it out, do not fail
        SessionRecord r;
        r.id = s.int64(0);
        r.start = *start;
        if (!s.isNull(2))
            r.end = localTimeOfStored(s.text(2));
        r.outcome = s.isNull(3)
                        ? SessionOutcome::Unfinished
                        : sessionOutcomeFromString(s.text(3)).value_or(SessionOutcome::Unfinished);
        r.routineId = s.text(4);
        r.routineName = s.text(5);
        r.side = s.text(6);
        r.repsPerSet = s.integer(7);
        r.setsPlanned = s.integer(8);
        r.holdSeconds = s.real(9);
        r.restSeconds = s.real(10);
        r.painBefore = s.optionalInt(11);
        r.painAfter = s.optionalInt(12);
        r.setsDone = s.integer(13);
        r.repsDone = s.integer(14);
        r.setsEndedEarly = s.integer(15);
        out.push_back(std::move(r));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<RecordedSet> HistoryStore::sets(std::optional<Date> since,
                                            std::optional<int> limit) const {
    // The sets of the sessions sessions(since, limit) returns, in the same order.
    Statement s(m_db, m_file,
                "SELECT t.session_id, t.seq, t.exercise, t.set_number, t.side, t.reps_planned, "
                "t.reps, t.reps_skipped, t.ended_early, t.left_mid_set, t.finished_at "
                "FROM sets t JOIN (SELECT id, started_at FROM sessions WHERE started_at >= ? "
                "ORDER BY started_at DESC, id DESC LIMIT ?) s ON s.id = t.session_id "
                "ORDER BY s.started_at, s.id, t.seq");
    s.bind(1, since ? startOfDay(*since) : std::string()).bind(2, limit ? std::max(0, *limit) : -1);
    std::vector<RecordedSet> out;
    while (s.step()) {
        RecordedSet r;
        r.sessionId = s.int64(0);
        r.seq = s.integer(1);
        r.exercise = s.text(2);
        r.setNumber = s.integer(3);
        r.side = s.text(4);
        r.repsPlanned = s.optionalInt(5);
        r.repsDone = s.integer(6);
        r.repsSkipped = s.integer(7);
        r.endedEarly = s.integer(8) != 0;
        r.leftMidSet = s.integer(9) != 0;
        r.finishedAt = localTimeOfStored(s.text(10)).value_or(LocalTime{});
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<MorningRecord> HistoryStore::mornings() const {
    Statement s(m_db, m_file,
                "SELECT session_day, feeling FROM morning_checks ORDER BY session_day");
    std::vector<MorningRecord> out;
    while (s.step()) {
        const auto day = parseDate(s.text(0));
        const auto check = morningCheckFromString(s.text(1));
        if (day && check)
            out.push_back({*day, *check});
    }
    return out;
}

std::vector<SelfCheckRecord> HistoryStore::selfChecks() const {
    Statement s(m_db, m_file,
                "SELECT id, recorded_at, leg, usual_sensation, different_from_other, "
                "eased_looking_up, urgent FROM self_checks ORDER BY recorded_at, id");
    std::vector<SelfCheckRecord> out;
    while (s.step()) {
        const auto at = localTimeOfStored(s.text(1));
        const std::string leg = s.text(2);
        if (!at || (leg != "left" && leg != "right"))
            continue;
        SelfCheckRecord r;
        r.id = s.int64(0);
        r.recordedAt = *at;
        r.answers.leg = leg == "left" ? Side::Left : Side::Right;
        for (int i = 0; i < kSelfCheckQuestions; ++i)
            if (const auto a = s.optionalInt(3 + i))
                r.answers.answers[static_cast<std::size_t>(i)] = *a != 0;
        r.verdict =
            s.optionalInt(6).value_or(0) != 0 ? SelfCheckVerdict::Urgent : legVerdict(r.answers);
        out.push_back(r);
    }
    return out;
}

HomeStatus HistoryStore::homeStatus(Date today, int dailyTarget) const {
    return nf::homeStatus(sessions(), mornings(), today, dailyTarget,
                          CheckIns{whereFelt(), urgentChecks()});
}

std::vector<DayStats> HistoryStore::dailyStats(Date today, int days) const {
    return nf::dailyStats(sessions(addDays(today, -(std::max(1, days) - 1))), today, days);
}

void HistoryStore::addDoseChange(const DoseChange& c) {
    Statement s(m_db, m_file,
                "INSERT INTO dose_changes (changed_at, changed_offset, routine, what, from_value, "
                "to_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, storedTimeOf(c.at))
        .bind(3, c.routineId)
        .bind(4, c.what)
        .bind(5, c.from)
        .bind(6, c.to)
        .bind(7, c.reason);
    s.run();
}

std::vector<DoseChange> HistoryStore::doseChanges() const {
    Statement s(m_db, m_file,
                "SELECT changed_at, routine, what, from_value, to_value, reason FROM dose_changes "
                "ORDER BY changed_at, id");
    std::vector<DoseChange> out;
    while (s.step())
        if (const auto at = localTimeOfStored(s.text(0)))
            out.push_back({*at, s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    return out;
}

void HistoryStore::addWhereFelt(const WhereFelt& w) {
    Statement s(m_db, m_file,
                "INSERT INTO where_felt (recorded_at, recorded_offset, reach, new_tingling) "
                "VALUES (?, ?, ?, ?)");
    s.bind(1, storedTimeOf(w.at))
        .bind(3, toString(w.reach))
        .bind(4, w.newTinglingOrNumbness ? 1 : 0);
    s.run();
}

std::vector<WhereFelt> HistoryStore::whereFelt() const {
    Statement s(m_db, m_file,
                "SELECT recorded_at, reach, new_tingling FROM where_felt ORDER BY recorded_at, id");
    std::vector<WhereFelt> out;
    while (s.step()) {
        const auto at = localTimeOfStored(s.text(0));
        const auto reach = reachFromString(s.text(1));
        if (at && reach)
            out.push_back({*at, *reach, s.integer(2) != 0});
    }
    return out;
}

void HistoryStore::addUrgentCheck(const UrgentCheck& c) {
    std::string answers;
    for (bool yes : c.yes)
        answers += yes ? 'y' : 'n';
    Statement s(m_db, m_file, "INSERT INTO urgent_checks (answered_on, answers) VALUES (?, ?)");
    s.bind(1, formatDate(c.day)).bind(2, answers);
    s.run();
}

std::vector<UrgentCheck> HistoryStore::urgentChecks() const {
    Statement s(m_db, m_file,
                "SELECT answered_on, answers FROM urgent_checks ORDER BY answered_on, id");
    std::vector<UrgentCheck> out;
    while (s.step()) {
        const auto day = parseDate(s.text(0));
        const std::string answers = s.text(1);
        if (!day || answers.size() != static_cast<std::size_t>(kUrgentQuestions))
            continue;
        UrgentCheck c;
        c.day = *day;
        for (std::size_t i = 0; i < answers.size(); ++i)
            c.yes[i] = answers[i] == 'y';
        out.push_back(c);
    }
    return out;
}

void HistoryStore::addSbi(const SbiScore& score) {
    if (auto problem = checkSbi(score.ratings))
        throw HistoryError(m_file.string() + ": " + *problem);
    Statement s(m_db, m_file,
                "INSERT INTO sbi_scores (answered_on, leg_pain, numbness, weakness, sitting_pain) "
                "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, formatDate(score.day));
    for (int i = 0; i < kSbiItems; ++i)
        s.bind(2 + i, score.ratings[static_cast<std::size_t>(i)]);
    s.run();
}

std::vector<SbiScore> HistoryStore::sbiScores() const {
    Statement s(m_db, m_file,
                "SELECT answered_on, leg_pain, numbness, weakness, sitting_pain FROM sbi_scores "
                "ORDER BY answered_on, id");
    std::vector<SbiScore> out;
    while (s.step()) {
        const auto day = parseDate(s.text(0));
        if (!day)
            continue;
        SbiScore score;
        score.day = *day;
        for (int i = 0; i < kSbiItems; ++i)
            score.ratings[static_cast<std::size_t>(i)] = s.integer(1 + i);
        out.push_back(score);
    }
    return out;
}

} // namespace nf
