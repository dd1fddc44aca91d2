#include "app/history/HistoryStore.hpp"

#include "StoreTestSupport.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace nf;
using namespace nf::test;
using namespace std::chrono;

namespace {

LocalTime at(int hour, int minute = 0, Date date = kDay) {
    return {date, hour, minute, 0};
}

LegAnswers legAnswers(Side leg, std::optional<bool> a, std::optional<bool> b,
                      std::optional<bool> c) {
    LegAnswers l;
    l.leg = leg;
    l.answers = {a, b, c};
    return l;
}

SetRecord set(int number, int reps, bool early = false) {
    return {"Nerve flossing", number, "right", reps, early, at(9, number), std::nullopt, 0, false};
}

// A second, plain SQLite connection to look at the file as another program would.
class Raw {
  public:
    explicit Raw(const std::filesystem::path& file) { sqlite3_open(file.c_str(), &m_db); }
    ~Raw() { sqlite3_close(m_db); }
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;
    void exec(const std::string& sql) {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
        const std::string message = error ? error : "";
        sqlite3_free(error);
        if (rc != SQLITE_OK)
            throw std::runtime_error(message);
    }
    std::string value(const std::string& sql) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, sql.c_str(), -1, &s, nullptr);
        std::string v = "(none)";
        if (s && sqlite3_step(s) == SQLITE_ROW) {
            const auto* t = sqlite3_column_text(s, 0);
            v = t ? reinterpret_cast<const char*>(t) : "NULL";
        }
        sqlite3_finalize(s);
        return v;
    }

  private:
    sqlite3* m_db = nullptr;
};

// Version 1 of the schema exactly as it was released. A copy, not a reference to the code:
// migrating from this is what a user's old file goes through.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT    NOT NULL,
    ended_at      TEXT,
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
    seq           INTEGER NOT NULL,
    exercise      TEXT    NOT NULL,
    set_number    INTEGER NOT NULL,
    side          TEXT    NOT NULL,
    reps          INTEGER NOT NULL,
    ended_early   INTEGER NOT NULL CHECK (ended_early IN (0, 1)),
    finished_at   TEXT    NOT NULL,
    PRIMARY KEY (session_id, seq)
);
PRAGMA user_version = 1;
)sql";

// A version 1 history as a user has it: one completed session with one set of 25 reps.
void writeVersion1(const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    Raw raw(file);
    raw.exec(kVersion1);
    raw.exec("INSERT INTO sessions VALUES (1, '2026-11-20 08:00:00', '2026-11-20 08:10:00', "
             "'completed', 'nerve-floss', 'Nerve flossing', 'left', 25, 3, 3.0, 30.0, 4, 2)");
    raw.exec("INSERT INTO sets VALUES (1, 1, 'Nerve flossing', 1, 'left', 25, 0, "
             "'2026-11-20 08:03:00')");
}

class HistoryStoreTest : public ::testing::Test {
  protected:
    TempDir dir;
    std::filesystem::path file = dir / "nested" / "history.sqlite3";
};

} // namespace

// Schema.

TEST_F(HistoryStoreTest, CreatesTheFileAndItsFolder) {
    HistoryStore store(file);
    EXPECT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(store.schemaVersion(), HistoryStore::kSchemaVersion);
    EXPECT_FALSE(store.recoveryNotice());
}

TEST_F(HistoryStoreTest, CreatesEveryTable) {
    { HistoryStore store(file); }
    Raw raw(file);
    for (const char* table : {"sessions", "sets", "morning_checks", "self_checks"})
        EXPECT_EQ(
            raw.value(std::string("SELECT name FROM sqlite_master WHERE name = '") + table + "'"),
            table);
}

TEST_F(HistoryStoreTest, UsesWriteAheadLogging) {
    { HistoryStore store(file); }
    Raw raw(file);
    EXPECT_EQ(raw.value("PRAGMA journal_mode"), "wal");
}

TEST_F(HistoryStoreTest, ReopeningKeepsTheData) {
    { HistoryStore(file).beginSession(flossStart(at(9))); }
    HistoryStore again(file);
    EXPECT_EQ(again.sessions().size(), 1u);
    EXPECT_EQ(again.schemaVersion(), HistoryStore::kSchemaVersion);
}

TEST_F(HistoryStoreTest, MigratesFromVersion1KeepingSessionsAndSets) {
    writeVersion1(file);
    HistoryStore store(file);
    EXPECT_EQ(store.schemaVersion(), HistoryStore::kSchemaVersion);
    const auto sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].side, "left");
    EXPECT_EQ(sessions[0].setsDone, 1);
    EXPECT_EQ(sessions[0].painBefore, 4);
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Completed);
    store.recordMorning(addDays(kDay, -1), MorningCheck::Better, at(7));
    store.addSelfCheck(at(10), legAnswers(Side::Left, true, true, true));
    EXPECT_EQ(store.mornings().size(), 1u);
    EXPECT_EQ(store.selfChecks().size(), 1u);
}

TEST_F(HistoryStoreTest, MigratesVersion1SetsToVersion3CountingOnlySetsWithReps) {
    writeVersion1(file);
    // An old build recorded a set ended before its first rep as a set done.
    Raw(file).exec("INSERT INTO sets VALUES (1, 2, 'Nerve flossing', 2, 'left', 0, 1, "
                   "'2026-11-20 08:04:00')");
    HistoryStore store(file);
    const auto sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].setsDone, 1);
    EXPECT_EQ(sessions[0].repsDone, 25);
    EXPECT_EQ(sessions[0].setsEndedEarly, 0);
    const auto sets = store.sets();
    ASSERT_EQ(sets.size(), 2u);
    EXPECT_FALSE(sets[0].repsPlanned);
    EXPECT_EQ(sets[0].repsSkipped, 0);
    EXPECT_FALSE(sets[0].leftMidSet);
    EXPECT_TRUE(sets[1].endedEarly);
    EXPECT_EQ(sets[1].repsDone, 0);
}

TEST_F(HistoryStoreTest, ASetKeepsItsPlanSkipsAndWhetherTheSessionWasLeftDuringIt) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9)));
    SetRecord a = set(1, 20);
    a.repsPlanned = 25;
    a.repsSkipped = 5;
    SetRecord b = set(2, 3);
    b.repsPlanned = 25;
    b.leftMidSet = true;
    store.recordSet(id, a);
    store.recordSet(id, b);
    const auto sets = store.sets();
    ASSERT_EQ(sets.size(), 2u);
    EXPECT_EQ(sets[0].sessionId, id);
    EXPECT_EQ(sets[0].seq, 1);
    EXPECT_EQ(sets[0].repsPlanned, 25);
    EXPECT_EQ(sets[0].repsSkipped, 5);
    EXPECT_EQ(sets[0].repsDone, 20);
    EXPECT_TRUE(sets[1].leftMidSet);
    EXPECT_EQ(store.sessions()[0].setsDone, 2);
    EXPECT_EQ(store.sessions()[0].repsDone, 23);
}

TEST_F(HistoryStoreTest, SetsFollowTheSessionsLimit) {
    HistoryStore store(file);
    const auto first = store.beginSession(flossStart(at(9)));
    const auto second = store.beginSession(flossStart(at(10)));
    store.recordSet(first, set(1, 25));
    store.recordSet(second, set(1, 12));
    const auto sets = store.sets(std::nullopt, 1);
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].sessionId, second);
}

TEST_F(HistoryStoreTest, MigrationsAreNumberedOnePerVersion) {
    for (int v = 0; v < HistoryStore::kSchemaVersion; ++v)
        EXPECT_NE(historyMigration(v), nullptr);
    EXPECT_EQ(historyMigration(HistoryStore::kSchemaVersion), nullptr);
}

TEST_F(HistoryStoreTest, RefusesAFileFromANewerVersionWithoutTouchingIt) {
    { HistoryStore store(file); }
    { Raw(file).exec("PRAGMA user_version = 99"); }
    try {
        HistoryStore store(file);
        FAIL() << "opened a newer file";
    } catch (const HistoryError& e) {
        EXPECT_NE(std::string(e.what()).find("newer nervefloss"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos);
    }
    EXPECT_EQ(Raw(file).value("PRAGMA user_version"), "99");
}

// Corrupt or unreadable files.

TEST_F(HistoryStoreTest, GarbageFileIsMovedAsideAndAFreshOneStarted) {
    std::string garbage;
    for (int i = 0; i < 5000; ++i)
        garbage += static_cast<char>((i * 7919 + 13) % 256);
    writeFile(file, garbage);
    HistoryStore store(file);
    ASSERT_TRUE(store.recoveryNotice());
    EXPECT_NE(store.recoveryNotice()->find(file.string()), std::string::npos);
    EXPECT_EQ(store.recoveryNotice()->find('\n'), std::string::npos);
    std::vector<std::filesystem::path> aside;
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path()))
        if (entry.path().filename().string().rfind("history.sqlite3.corrupt-", 0) == 0)
            aside.push_back(entry.path());
    ASSERT_EQ(aside.size(), 1u);
    EXPECT_EQ(readFile(aside[0]), garbage);
    EXPECT_NE(store.recoveryNotice()->find(aside[0].string()), std::string::npos);
    EXPECT_EQ(store.schemaVersion(), HistoryStore::kSchemaVersion);
    store.beginSession(flossStart(at(9)));
    EXPECT_EQ(store.sessions().size(), 1u);
}

TEST_F(HistoryStoreTest, AStaleJournalGoesAsideWithItsFile) {
    writeFile(file, std::string(4096, 'x'));
    writeFile(file.string() + "-wal", std::string(100, 'w'));
    HistoryStore store(file);
    ASSERT_TRUE(store.recoveryNotice());
    int wals = 0;
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path())) {
        const std::string name = entry.path().filename().string();
        if (name.find(".corrupt-") != std::string::npos && name.size() > 4 &&
            name.substr(name.size() - 4) == "-wal") {
            ++wals;
            EXPECT_EQ(readFile(entry.path()), std::string(100, 'w'));
        }
    }
    EXPECT_EQ(wals, 1);
    EXPECT_EQ(store.sessions().size(), 0u);
}

TEST_F(HistoryStoreTest, DamagedPagesInARealDatabaseAreFound) {
    {
        HistoryStore store(file);
        for (int i = 0; i < 200; ++i)
            store.beginSession(flossStart(at(9, i % 60)));
    }
    {
        Raw raw(file);
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // Overwrite the middle of the file (table and index pages), leaving the header intact.
    std::string bytes = readFile(file);
    ASSERT_GT(bytes.size(), 8192u);
    for (std::size_t i = 4096; i < bytes.size() - 100; ++i)
        bytes[i] = static_cast<char>(i % 251);
    writeFile(file, bytes);
    HistoryStore store(file);
    EXPECT_TRUE(store.recoveryNotice());
    EXPECT_EQ(store.sessions().size(), 0u);
}

TEST_F(HistoryStoreTest, AFolderThatCannotBeCreatedIsOneClearError) {
    writeFile(dir / "blocker", "a file where a folder should be");
    try {
        HistoryStore store(dir / "blocker" / "history.sqlite3");
        FAIL() << "opened under a file";
    } catch (const HistoryError& e) {
        EXPECT_NE(std::string(e.what()).find("blocker"), std::string::npos);
    }
}

// Writes.

TEST_F(HistoryStoreTest, BeginSessionRecordsTheDoseAndPainBefore) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9, 30), 4));
    const auto s = store.sessions();
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].id, id);
    EXPECT_EQ(s[0].start, at(9, 30));
    EXPECT_EQ(s[0].routineId, "nerve-floss");
    EXPECT_EQ(s[0].routineName, "Nerve flossing");
    EXPECT_EQ(s[0].repsPerSet, 25);
    EXPECT_EQ(s[0].setsPlanned, 3);
    EXPECT_DOUBLE_EQ(s[0].holdSeconds, 3);
    EXPECT_DOUBLE_EQ(s[0].restSeconds, 30);
    EXPECT_EQ(s[0].painBefore, 4);
    EXPECT_FALSE(s[0].painAfter);
    EXPECT_EQ(s[0].outcome, SessionOutcome::Unfinished);
    EXPECT_FALSE(s[0].end);
    EXPECT_EQ(s[0].setsDone, 0);
}

TEST_F(HistoryStoreTest, RecordedSetsAddUp) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9)));
    store.recordSet(id, set(1, 25));
    store.recordSet(id, set(2, 12, true));
    const auto s = store.sessions().at(0);
    EXPECT_EQ(s.setsDone, 2);
    EXPECT_EQ(s.repsDone, 37);
    EXPECT_EQ(s.setsEndedEarly, 1);
    EXPECT_EQ(s.outcome, SessionOutcome::Unfinished);
}

TEST_F(HistoryStoreTest, SetsAreNumberedInTheOrderTheyFinished) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9)));
    store.recordSet(id, set(1, 25));
    store.recordSet(id, set(1, 25)); // the same set number again: a restarted "both" side run
    Raw raw(file);
    EXPECT_EQ(raw.value("SELECT group_concat(seq) FROM sets"), "1,2");
}

TEST_F(HistoryStoreTest, EndSessionRecordsTimeAndOutcome) {
    HistoryStore store(file);
    const auto a = store.beginSession(flossStart(at(9)));
    const auto b = store.beginSession(flossStart(at(18)));
    store.endSession(a, at(9, 10), SessionOutcome::Completed);
    store.endSession(b, at(18, 2), SessionOutcome::Stopped);
    const auto s = store.sessions();
    EXPECT_EQ(s[0].outcome, SessionOutcome::Completed);
    EXPECT_EQ(s[0].end, at(9, 10));
    EXPECT_EQ(s[1].outcome, SessionOutcome::Stopped);
}

TEST_F(HistoryStoreTest, EndSessionRefusesUnfinished) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9)));
    EXPECT_THROW(store.endSession(id, at(9, 5), SessionOutcome::Unfinished), HistoryError);
}

TEST_F(HistoryStoreTest, PainRatingsCanComeLater) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9)));
    store.setPainBefore(id, 5);
    store.setPainAfter(id, 3);
    const auto s = store.sessions().at(0);
    EXPECT_EQ(s.painBefore, 5);
    EXPECT_EQ(s.painAfter, 3);
}

TEST_F(HistoryStoreTest, PainOutOfRangeIsRefused) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(9)));
    EXPECT_THROW(store.setPainAfter(id, 11), HistoryError);
    EXPECT_THROW(store.setPainBefore(id, -1), HistoryError);
}

TEST_F(HistoryStoreTest, MorningCheckIsRecordedAndASecondAnswerReplacesIt) {
    HistoryStore store(file);
    store.recordMorning(kDay, MorningCheck::Same, at(7, 0, addDays(kDay, 1)));
    store.recordMorning(kDay, MorningCheck::Worse, at(7, 5, addDays(kDay, 1)));
    const auto m = store.mornings();
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].sessionDay, kDay);
    EXPECT_EQ(m[0].check, MorningCheck::Worse);
}

TEST_F(HistoryStoreTest, SelfCheckStoresAnswersAndVerdict) {
    HistoryStore store(file);
    store.addSelfCheck(at(11), legAnswers(Side::Right, true, true, true));
    store.addSelfCheck(at(11, 1), legAnswers(Side::Left, true, false, true));
    const auto c = store.selfChecks();
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].answers.leg, Side::Right);
    EXPECT_EQ(c[0].verdict, SelfCheckVerdict::SuggestsNerve);
    EXPECT_EQ(c[1].answers.leg, Side::Left);
    EXPECT_EQ(c[1].answers.answers[1], false);
    EXPECT_EQ(c[1].verdict, SelfCheckVerdict::NotSuggestive);
    EXPECT_EQ(Raw(file).value("SELECT result FROM self_checks WHERE leg = 'right'"),
              "suggests-nerve");
}

// Symptoms in both legs end the check in the urgent notice: each leg's row says so, and reads
// back as urgent whatever its own answers ("different from the other leg" is no for both).
TEST_F(HistoryStoreTest, AnUrgentSelfCheckIsKeptAsUrgentOnEveryLeg) {
    HistoryStore store(file);
    store.addSelfCheck(at(11),
                       std::vector<LegAnswers>{legAnswers(Side::Right, true, false, true),
                                               legAnswers(Side::Left, true, false, true)},
                       true);
    store.addSelfCheck(at(12), legAnswers(Side::Right, true, false, true));
    const auto c = store.selfChecks();
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(c[0].verdict, SelfCheckVerdict::Urgent);
    EXPECT_EQ(c[1].verdict, SelfCheckVerdict::Urgent);
    EXPECT_EQ(c[2].verdict, SelfCheckVerdict::NotSuggestive);
    // The leg's own result is kept as its answers give it.
    EXPECT_EQ(Raw(file).value("SELECT count(*) FROM self_checks WHERE urgent = 1 AND "
                              "result = 'not-suggestive'"),
              "2");
}

TEST_F(HistoryStoreTest, SelfCheckKeepsUnansweredQuestionsEmpty) {
    HistoryStore store(file);
    store.addSelfCheck(at(11), legAnswers(Side::Left, true, std::nullopt, std::nullopt));
    const auto c = store.selfChecks().at(0);
    EXPECT_EQ(c.answers.answers[0], true);
    EXPECT_FALSE(c.answers.answers[1]);
    EXPECT_EQ(c.verdict, SelfCheckVerdict::Incomplete);
}

TEST_F(HistoryStoreTest, SelfCheckOfBothLegsIsOneDateAndTwoRows) {
    HistoryStore store(file);
    store.addSelfCheck(at(12), std::vector<LegAnswers>{legAnswers(Side::Right, false, false, false),
                                                       legAnswers(Side::Left, true, true, true)});
    const auto c = store.selfChecks();
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].recordedAt, c[1].recordedAt);
}

TEST_F(HistoryStoreTest, SelfCheckWithoutALegIsRefusedAndNothingIsKept) {
    HistoryStore store(file);
    EXPECT_THROW(store.addSelfCheck(
                     at(12), std::vector<LegAnswers>{legAnswers(Side::Right, true, true, true),
                                                     legAnswers(Side::None, true, true, true)}),
                 HistoryError);
    EXPECT_TRUE(store.selfChecks().empty());
}

// Reads.

TEST_F(HistoryStoreTest, SessionsComeOldestFirst) {
    HistoryStore store(file);
    store.beginSession(flossStart(at(18)));
    store.beginSession(flossStart(at(8)));
    const auto s = store.sessions();
    EXPECT_EQ(s[0].start, at(8));
    EXPECT_EQ(s[1].start, at(18));
}

TEST_F(HistoryStoreTest, SinceKeepsThatDayOn) {
    HistoryStore store(file);
    store.beginSession(flossStart(at(23, 59, addDays(kDay, -1))));
    store.beginSession(flossStart(at(0, 0)));
    const auto s = store.sessions(kDay);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].start, at(0, 0));
}

TEST_F(HistoryStoreTest, LimitKeepsTheMostRecent) {
    HistoryStore store(file);
    for (int h = 6; h < 12; ++h)
        store.beginSession(flossStart(at(h)));
    const auto s = store.sessions(std::nullopt, 2);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].start, at(10));
    EXPECT_EQ(s[1].start, at(11));
}

TEST_F(HistoryStoreTest, HomeStatusCountsTodayAgainstTheTarget) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(8), 3));
    store.recordSet(id, set(1, 25));
    store.endSession(id, at(8, 10), SessionOutcome::Completed);
    store.setPainAfter(id, 6);
    const HomeStatus h = store.homeStatus(kDay, 2);
    EXPECT_EQ(h.flossToday, 1);
    EXPECT_EQ(h.target, 2);
    EXPECT_EQ(h.lastPainAfter, 6);
    ASSERT_TRUE(h.suggestion);
    EXPECT_EQ(h.suggestion->suggestedReps, 20);
}

TEST_F(HistoryStoreTest, DailyStatsCoverTheDays) {
    HistoryStore store(file);
    const auto id = store.beginSession(flossStart(at(8, 0, addDays(kDay, -3)), 5));
    store.recordSet(id, set(1, 25));
    store.endSession(id, at(8, 10, addDays(kDay, -3)), SessionOutcome::Completed);
    store.beginSession(flossStart(at(8, 0, addDays(kDay, -40)), 9));
    const auto days = store.dailyStats(kDay, 30);
    ASSERT_EQ(days.size(), 30u);
    EXPECT_EQ(days[26].flossSessions, 1);
    EXPECT_EQ(days[26].painBefore, 5.0);
}

TEST(HistoryStoreProgramme, DoseChangesKeepTheirReason) {
    TempDir dir;
    HistoryStore store(dir / "h.sqlite3");
    store.addDoseChange({at(9), "nerve-floss", "reps", "15", "20", "14 days of green"});
    store.addDoseChange(
        {at(8), "strengthening", "harder", "Glute bridge", "Single-leg bridge", "why"});
    const auto changes = store.doseChanges();
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].routineId, "strengthening"); // oldest first
    EXPECT_EQ(changes[1].reason, "14 days of green");
    EXPECT_EQ(changes[1].to, "20");
}

TEST(HistoryStoreProgramme, CheckInsRoundTrip) {
    TempDir dir;
    HistoryStore store(dir / "h.sqlite3");
    store.addWhereFelt({at(10), Reach::Thigh, true});
    UrgentCheck urgent;
    urgent.day = kDay;
    urgent.yes[2] = true;
    store.addUrgentCheck(urgent);
    store.addSbi({kDay, {3, 2, 1, 4}});
    ASSERT_EQ(store.whereFelt().size(), 1U);
    EXPECT_EQ(store.whereFelt()[0].reach, Reach::Thigh);
    EXPECT_TRUE(store.whereFelt()[0].newTinglingOrNumbness);
    ASSERT_EQ(store.urgentChecks().size(), 1U);
    EXPECT_TRUE(store.urgentChecks()[0].yes[2]);
    EXPECT_FALSE(store.urgentChecks()[0].yes[0]);
    ASSERT_EQ(store.sbiScores().size(), 1U);
    EXPECT_EQ(store.sbiScores()[0].total(), 10);
}

TEST(HistoryStoreProgramme, SbiOutOfRangeIsRefused) {
    TempDir dir;
    HistoryStore store(dir / "h.sqlite3");
    EXPECT_THROW(store.addSbi({kDay, {3, 7, 1, 4}}), HistoryError);
    EXPECT_TRUE(store.sbiScores().empty());
}
