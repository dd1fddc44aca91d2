// Time zones: the history keeps instants in UTC with the offset of the zone they were recorded
// in, shows them in the zone in force now, and `today`, `morning`, the streak and the plan's
// schedule count days in that zone. The zones are POSIX TZ strings, so no tzdata is needed.

#include "app/LocalClock.hpp"
#include "app/history/HistoryStore.hpp"

#include "StoreTestSupport.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace nf;
using namespace nf::test;
using namespace std::chrono;

namespace {

constexpr const char* kUtc = "UTC0";
constexpr const char* kPlusTwo = "EET-2";                     // UTC+2, no summer time
constexpr const char* kBerlin = "CET-1CEST,M3.5.0,M10.5.0/3"; // UTC+1, UTC+2 in summer

constexpr Date kNov30{year{2026}, month{11}, day{30}};
constexpr Date kDec1{year{2026}, month{12}, day{1}};

const std::vector<std::string> kOneRepRun{
    "run",    "nerve-floss", "--headless",    "--reps", "1",
    "--hold", "0.5",         "--sets",        "1",      "--lead-in",
    "0",      "--quiet",     "--pain-before", "2",      "--pain-after",
    "2"};

// The first column of the first row, as text ("NULL" for a null).
std::string value(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
    std::string v = "(none)";
    if (s && sqlite3_step(s) == SQLITE_ROW) {
        const auto* t = sqlite3_column_text(s, 0);
        v = t ? reinterpret_cast<const char*>(t) : "NULL";
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

void exec(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error(message + " in " + sql);
}

// A completed flossing session of one set, recorded in `zone`.
void addSession(const std::filesystem::path& file, const char* zone, LocalTime start) {
    const TimeZoneForTest in(zone);
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(start));
    store.recordSet(id, {"Nerve flossing", 1, "right", 25, false, start, 25, 0, false});
    store.endSession(id, start, SessionOutcome::Completed);
}

// A history at schema version 4 as the previous release left it (its migrations never change),
// with local times in every table that has them and one value that is not a time.
void writeVersion4(const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    exec(file, R"sql(
CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT,
    end_reason TEXT CHECK (end_reason IN ('completed', 'stopped')), routine TEXT NOT NULL,
    routine_name TEXT NOT NULL, side TEXT NOT NULL, reps_per_set INTEGER NOT NULL,
    sets_planned INTEGER NOT NULL, hold_seconds REAL NOT NULL, rest_seconds REAL NOT NULL,
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10));
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE TABLE sets (session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, exercise TEXT NOT NULL, set_number INTEGER NOT NULL, side TEXT NOT NULL,
    reps INTEGER NOT NULL, ended_early INTEGER NOT NULL CHECK (ended_early IN (0, 1)),
    finished_at TEXT NOT NULL, PRIMARY KEY (session_id, seq));
PRAGMA user_version = 1;
)sql");
    for (int v = 1; v < 4; ++v)
        exec(file, historyMigration(v) + std::string("PRAGMA user_version = ") +
                       std::to_string(v + 1) + ";");
    exec(file, R"sql(
INSERT INTO sessions VALUES (1, '2026-07-10 08:00:00', '2026-07-10 08:10:00', 'completed',
    'nerve-floss', 'Nerve flossing', 'left', 25, 3, 3.0, 30.0, 4, 2);
INSERT INTO sessions VALUES (2, '2026-11-20 23:30:00', NULL, NULL,
    'nerve-floss', 'Nerve flossing', 'left', 25, 3, 3.0, 30.0, NULL, NULL);
INSERT INTO sessions VALUES (3, 'edited by hand', NULL, NULL,
    'nerve-floss', 'Nerve flossing', 'left', 25, 3, 3.0, 30.0, NULL, NULL);
INSERT INTO sets (session_id, seq, exercise, set_number, side, reps, ended_early, finished_at)
    VALUES (1, 1, 'Nerve flossing', 1, 'left', 25, 0, '2026-07-10 08:03:00');
INSERT INTO morning_checks VALUES ('2026-11-20', 'better', '2026-11-21 07:15:00');
INSERT INTO self_checks (recorded_at, leg, usual_sensation, different_from_other, eased_looking_up, result)
    VALUES ('2026-11-19 18:00:00', 'left', 1, 1, 1, 'suggests-nerve');
INSERT INTO dose_changes (changed_at, routine, what, from_value, to_value, reason)
    VALUES ('2026-11-18 09:00:00', 'nerve-floss', 'reps', '25', '20', 'a flare');
INSERT INTO where_felt (recorded_at, reach, new_tingling) VALUES ('2026-11-17 10:00:00', 'calf', 0);
)sql");
}

} // namespace

// The zone step itself.

TEST(LocalClock, StoresUtcWithTheOffsetOfTheZoneInForce) {
    const TimeZoneForTest berlin(kBerlin);
    const StoredTime winter = storedTimeOf({kNov30, 23, 30, 0});
    EXPECT_EQ(winter.utc, "2026-11-30T22:30:00Z");
    EXPECT_EQ(winter.utcOffsetSeconds, 3600);
    const StoredTime summer = storedTimeOf({Date{year{2026}, month{7}, day{10}}, 8, 0, 0});
    EXPECT_EQ(summer.utc, "2026-07-10T06:00:00Z");
    EXPECT_EQ(summer.utcOffsetSeconds, 7200);
}

TEST(LocalClock, StoredTimesAreShownInTheZoneInForceNow) {
    const TimeZoneForTest plusTwo(kPlusTwo);
    EXPECT_EQ(formatLocalTime(*localTimeOfStored("2026-11-30T23:30:00Z")), "2026-12-01 01:30:00");
    const TimeZoneForTest newYork("EST5EDT,M3.2.0,M11.1.0");
    EXPECT_EQ(formatLocalTime(*localTimeOfStored("2026-11-30T23:30:00Z")), "2026-11-30 18:30:00");
}

TEST(LocalClock, OnlyTheStoredUtcFormIsRead) {
    EXPECT_FALSE(localTimeOfStored("2026-11-30 23:30:00"));
    EXPECT_FALSE(localTimeOfStored("2026-11-30T23:30:00"));
    EXPECT_FALSE(localTimeOfStored("2026-11-31T23:30:00Z"));
    EXPECT_FALSE(localTimeOfStored("2026-11-30T24:30:00Z"));
    EXPECT_FALSE(localTimeOfStored(""));
}

// The store.

TEST(HistoryTimeZones, RowsHoldUtcAndTheOffset) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    addSession(file, kPlusTwo, {kDec1, 0, 30, 0});
    EXPECT_EQ(value(file, "SELECT started_at || ' ' || started_offset FROM sessions"),
              "2026-11-30T22:30:00Z 7200");
    EXPECT_EQ(value(file, "SELECT ended_at || ' ' || ended_offset FROM sessions"),
              "2026-11-30T22:30:00Z 7200");
    EXPECT_EQ(value(file, "SELECT finished_at || ' ' || finished_offset FROM sets"),
              "2026-11-30T22:30:00Z 7200");
}

TEST(HistoryTimeZones, ASessionMovesToTheDayItFallsOnInTheZoneNow) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    addSession(file, kUtc, {kNov30, 23, 30, 0});
    const TimeZoneForTest plusTwo(kPlusTwo);
    const HistoryStore store(file);
    ASSERT_EQ(store.sessions().size(), 1u);
    EXPECT_EQ(formatLocalTime(store.sessions()[0].start), "2026-12-01 01:30:00");
    EXPECT_EQ(store.sessions(kDec1).size(), 1u);
    EXPECT_EQ(store.homeStatus(kDec1, 2).flossToday, 1);
    EXPECT_EQ(store.sets(kDec1).size(), 1u);
}

TEST(HistoryTimeZones, SessionsAreOrderedByTheirInstantAcrossZones) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    addSession(file, kPlusTwo, {kDec1, 0, 30, 0}); // 22:30 UTC
    addSession(file, kUtc, {kNov30, 23, 0, 0});    // later, though its local clock said earlier
    const TimeZoneForTest utc(kUtc);
    const auto s = HistoryStore(file).sessions();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(formatLocalTime(s[0].start), "2026-11-30 22:30:00");
    EXPECT_EQ(formatLocalTime(s[1].start), "2026-11-30 23:00:00");
}

TEST(HistoryTimeZones, MigrationToUtcKeepsEveryRowAndReadsOldTimesInTheZoneOfTheMachine) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    writeVersion4(file);
    const TimeZoneForTest berlin(kBerlin);
    HistoryStore store(file);
    EXPECT_EQ(store.schemaVersion(), HistoryStore::kSchemaVersion);
    // Summer and winter each get their own offset.
    EXPECT_EQ(value(file, "SELECT started_at || ' ' || started_offset FROM sessions WHERE id = 1"),
              "2026-07-10T06:00:00Z 7200");
    EXPECT_EQ(value(file, "SELECT ended_at || ' ' || ended_offset FROM sessions WHERE id = 1"),
              "2026-07-10T06:10:00Z 7200");
    EXPECT_EQ(value(file, "SELECT started_at || ' ' || started_offset FROM sessions WHERE id = 2"),
              "2026-11-20T22:30:00Z 3600");
    EXPECT_EQ(
        value(file, "SELECT ended_at IS NULL AND ended_offset IS NULL FROM sessions WHERE id = 2"),
        "1");
    EXPECT_EQ(value(file, "SELECT finished_at || ' ' || finished_offset FROM sets"),
              "2026-07-10T06:03:00Z 7200");
    EXPECT_EQ(value(file, "SELECT recorded_at || ' ' || recorded_offset FROM morning_checks"),
              "2026-11-21T06:15:00Z 3600");
    EXPECT_EQ(value(file, "SELECT recorded_at || ' ' || recorded_offset FROM self_checks"),
              "2026-11-19T17:00:00Z 3600");
    EXPECT_EQ(value(file, "SELECT changed_at || ' ' || changed_offset FROM dose_changes"),
              "2026-11-18T08:00:00Z 3600");
    EXPECT_EQ(value(file, "SELECT recorded_at || ' ' || recorded_offset FROM where_felt"),
              "2026-11-17T09:00:00Z 3600");
    // Nothing lost: a value that is not a time stays as it was.
    EXPECT_EQ(value(file, "SELECT count(*) FROM sessions"), "3");
    EXPECT_EQ(
        value(file,
              "SELECT started_at || ' ' || ifnull(started_offset, '-') FROM sessions WHERE id = 3"),
        "edited by hand -");

    // Read back in the same zone, the times are what the user saw.
    const auto sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(formatLocalTime(sessions[0].start), "2026-07-10 08:00:00");
    EXPECT_EQ(formatLocalTime(*sessions[0].end), "2026-07-10 08:10:00");
    EXPECT_EQ(sessions[0].repsDone, 25);
    EXPECT_EQ(formatLocalTime(sessions[1].start), "2026-11-20 23:30:00");
    EXPECT_EQ(formatLocalTime(store.sets()[0].finishedAt), "2026-07-10 08:03:00");
    EXPECT_EQ(store.mornings().size(), 1u);
    ASSERT_EQ(store.selfChecks().size(), 1u);
    EXPECT_EQ(formatLocalTime(store.selfChecks()[0].recordedAt), "2026-11-19 18:00:00");
    ASSERT_EQ(store.doseChanges().size(), 1u);
    EXPECT_EQ(formatLocalTime(store.doseChanges()[0].at), "2026-11-18 09:00:00");
    ASSERT_EQ(store.whereFelt().size(), 1u);
    EXPECT_EQ(formatLocalTime(store.whereFelt()[0].at), "2026-11-17 10:00:00");
}

TEST(HistoryTimeZones, AnOlderHistoryThatCannotBeWrittenIsStillReadAndLeftAsItIs) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    writeVersion4(file);
    // What the reading commands fall back to when the file cannot be written (permissions,
    // read-only media); asked for directly here, so the test also holds when run as root.
    const TimeZoneForTest berlin(kBerlin);
    {
        HistoryStore store(file, HistoryAccess::ReadOnly);
        ASSERT_EQ(store.sessions().size(), 2u);
        EXPECT_EQ(formatLocalTime(store.sessions()[1].start), "2026-11-20 23:30:00");
        // A write cannot vanish into the copy in memory.
        EXPECT_THROW(
            store.addDoseChange({{kNov30, 9, 0, 0}, "nerve-floss", "reps", "20", "25", "x"}),
            HistoryError);
    }
    EXPECT_EQ(value(file, "PRAGMA user_version"), "4");
    EXPECT_EQ(value(file, "SELECT started_at FROM sessions WHERE id = 2"), "2026-11-20 23:30:00");
}

// End to end: the program under a faked clock in one zone, then in another.

TEST(TimeZonesCli, ASessionAt2330ThenTodayInAZoneTwoHoursAheadCountsItToday) {
    TempDir home;
    const auto run = runAt(home.path(), "2026-11-30 23:30:00", kUtc, kOneRepRun);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    // 15 minutes later, two hours further east: it is 1 December there, and the session was today.
    const auto today = runAt(home.path(), "2026-12-01 01:45:00", kPlusTwo, {"today"});
    ASSERT_EQ(today.exitCode, 0) << today.err;
    EXPECT_TRUE(has(today.out, "Today's plan (2026-12-01)")) << today.out;
    EXPECT_TRUE(has(today.out, "Nerve flossing: 1 of 2 done (01:30)")) << today.out;
    EXPECT_TRUE(has(today.out, "Flossing 1 of 2 today")) << today.out;
    const auto history = runAt(home.path(), "2026-12-01 01:46:00", kPlusTwo, {"history", "--csv"});
    EXPECT_TRUE(has(history.out, ",2026-12-01 01:30:")) << history.out;
    // Back home the same session is 23:30 on 30 November again.
    const auto back = runAt(home.path(), "2026-11-30 23:50:00", kUtc, {"today"});
    EXPECT_TRUE(has(back.out, "Nerve flossing: 1 of 2 done (23:30)")) << back.out;
}

TEST(TimeZonesCli, ASessionAheadOfTheClockHereIsNotInTheFuture) {
    TempDir home;
    // 23:30 two hours east is 21:30 here: done before the `today` at 22:00, and shown so.
    const auto run = runAt(home.path(), "2026-11-30 23:30:00", kPlusTwo, kOneRepRun);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto today = runAt(home.path(), "2026-11-30 22:00:00", kUtc, {"today"});
    EXPECT_TRUE(has(today.out, "Nerve flossing: 1 of 2 done (21:30)")) << today.out;
}

TEST(TimeZonesCli, TheMorningAfterIsAskedAndAnsweredInTheNewZone) {
    TempDir home;
    // Half past midnight two hours east is the evening before in UTC.
    const auto run = runAt(home.path(), "2026-12-01 00:30:00", kPlusTwo, kOneRepRun);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto today = runAt(home.path(), "2026-12-01 09:00:00", kUtc, {"today"});
    EXPECT_TRUE(has(today.out, "How is this morning after 2026-11-30?")) << today.out;
    EXPECT_TRUE(has(today.out, "Flossing 0 of 2 today")) << today.out;
    const auto morning = runAt(home.path(), "2026-12-01 09:01:00", kUtc, {"morning", "better"});
    ASSERT_EQ(morning.exitCode, 0) << morning.err;
    EXPECT_TRUE(has(morning.out, "the morning after 2026-11-30 was better")) << morning.out;
    const auto history = runAt(home.path(), "2026-12-01 09:02:00", kUtc, {"history", "--csv"});
    EXPECT_TRUE(has(history.out, ",better\r\n")) << history.out;
}

TEST(TimeZonesCli, TheStreakCountsTheDaysOfTheZoneNow) {
    TempDir home;
    const auto file = historyIn(home.path());
    // Two sessions a night just after midnight two hours east: 22:30 and 23:00 UTC the evening
    // before.
    for (const Date d : {kNov30, kDec1}) {
        addSession(file, kPlusTwo, {d, 0, 30, 0});
        addSession(file, kPlusTwo, {d, 1, 0, 0});
    }
    const auto today = runAt(home.path(), "2026-12-01 10:00:00", kUtc, {"today"});
    EXPECT_TRUE(has(today.out, "Flossing 0 of 2 today; 2 days in a row on target.")) << today.out;
    EXPECT_TRUE(has(today.out, "Nerve flossing: 0 of 2 done")) << today.out;
}
