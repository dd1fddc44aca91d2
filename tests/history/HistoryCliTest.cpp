// The program itself: the SIGKILL test, the history command's table and CSV, morning, chart.

#include "app/history/HistoryStore.hpp"
#include "core/HistoryCsv.hpp"

#include "StoreTestSupport.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace nf;
using namespace nf::test;

namespace {

const std::vector<std::string> kShortRun{"run",    "nerve-floss", "--headless", "--reps", "2",
                                         "--hold", "0.5",         "--sets",     "3",      "--rest",
                                         "0.5",    "--lead-in",   "0",          "--quiet"};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == ',')
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

// Waits (polling, with a deadline) until `pred` holds for the trace file's text.
template <typename Pred>
bool waitForTrace(const std::filesystem::path& trace, Pred pred, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (pred(readFile(trace)))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

class HistoryCliTest : public ::testing::Test {
  protected:
    TempDir home;
};

} // namespace

TEST_F(HistoryCliTest, KilledInTheMiddleOfSetTwoKeepsSetOne) {
    const auto trace = home / "trace.jsonl";
    std::vector<std::string> args = kShortRun;
    args.push_back("--trace");
    args.push_back(trace.string());
    const pid_t pid = startProgram(home.path(), args);
    ASSERT_GT(pid, 0);
    // The first set's end, then a rep of set 2: the set-1 commit came before that rep's batch.
    const bool setOneDone = waitForTrace(
        trace,
        [](const std::string& t) { return t.find("\"event\":\"set_done\"") != std::string::npos; },
        std::chrono::seconds(20));
    const bool inSetTwo =
        setOneDone &&
        waitForTrace(
            trace,
            [](const std::string& t) {
                return t.find("\"event\":\"rep_done\",\"exercise\":\"Nerve flossing\",\"set\":2") !=
                       std::string::npos;
            },
            std::chrono::seconds(20));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(setOneDone) << readFile(trace);
    ASSERT_TRUE(inSetTwo) << readFile(trace);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
    // Killed before set 2 ended: its own set_done must not be in the trace either.
    const std::string t = readFile(trace);
    EXPECT_EQ(t.find("\"event\":\"set_done\"", t.find("\"event\":\"set_done\"") + 1),
              std::string::npos);

    HistoryStore store(historyIn(home.path()));
    EXPECT_FALSE(store.recoveryNotice());
    const auto sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].setsDone, 1);
    EXPECT_EQ(sessions[0].repsDone, 2);
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Unfinished);
    EXPECT_FALSE(sessions[0].end);

    // The cut-off session shows what was done so far.
    const RunResult csv = runProgram(home.path(), {"history", "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const auto rows = lines(csv.out);
    ASSERT_EQ(rows.size(), 2u);
    const auto header = split(rows[0]), row = split(rows[1]);
    auto field = [&](const std::string& name) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return row.at(i);
        return std::string("(missing)");
    };
    EXPECT_EQ(field("sets_done"), "1");
    EXPECT_EQ(field("reps_done"), "2");
    EXPECT_EQ(field("status"), "unfinished");
    EXPECT_EQ(field("end"), "");
}

TEST_F(HistoryCliTest, ACompleteRunIsRecordedWithPainFromFlags) {
    auto args = kShortRun;
    args[4] = "1"; // --reps 1
    for (const char* a : {"--pain-before", "3", "--pain-after", "5"})
        args.push_back(a);
    const RunResult run = runProgram(home.path(), args);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    HistoryStore store(historyIn(home.path()));
    const auto s = store.sessions().at(0);
    EXPECT_EQ(s.outcome, SessionOutcome::Completed);
    EXPECT_EQ(s.setsDone, 3);
    EXPECT_EQ(s.repsDone, 3);
    EXPECT_EQ(s.painBefore, 3);
    EXPECT_EQ(s.painAfter, 5);
    EXPECT_EQ(s.side, "right");
}

TEST_F(HistoryCliTest, CsvHeaderHasTheColumnsAndOneRowPerSession) {
    {
        HistoryStore store(historyIn(home.path()));
        SessionStartInfo info;
        info.start = {std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{11},
                                                  std::chrono::day{20}},
                      8, 0, 0};
        info.routineId = "nerve-floss";
        info.routineName = "Floss, \"gently\"";
        info.side = "left";
        store.beginSession(info);
        store.beginSession(info);
    }
    const RunResult r = runProgram(home.path(), {"history", "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0] + "\r\n", sessionCsvHeader());
    for (const char* name : {"start", "end", "routine", "side", "sets_done", "reps_done",
                             "ended_early", "pain_before", "pain_after"})
        EXPECT_NE(("," + rows[0] + ",").find(std::string(",") + name + ","), std::string::npos)
            << name;
    EXPECT_NE(rows[1].find(",\"Floss, \"\"gently\"\"\","), std::string::npos) << rows[1];
}

TEST_F(HistoryCliTest, CsvGoesToAFileWithOut) {
    runProgram(home.path(), {"history"}); // creates the empty history
    const RunResult r =
        runProgram(home.path(), {"history", "--csv", "--out", (home / "h.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(readFile(home / "h.csv"), sessionCsvHeader());
}

TEST_F(HistoryCliTest, SinceFiltersTheRows) {
    {
        HistoryStore store(historyIn(home.path()));
        SessionStartInfo info;
        info.routineId = "nerve-floss";
        info.routineName = "Nerve flossing";
        info.start = {*parseDate("2026-01-10"), 8, 0, 0};
        store.beginSession(info);
        info.start = {*parseDate("2026-02-10"), 8, 0, 0};
        store.beginSession(info);
    }
    const RunResult r = runProgram(home.path(), {"history", "--csv", "--since", "2026-02-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_NE(rows[1].find("2026-02-10 08:00:00"), std::string::npos);
}

TEST_F(HistoryCliTest, BadSinceIsOneLineAndStatusTwo) {
    const RunResult r = runProgram(home.path(), {"history", "--since", "last week"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err).size(), 1u);
    EXPECT_NE(r.err.find("--since"), std::string::npos);
}

TEST_F(HistoryCliTest, TableShowsASessionInProgress) {
    {
        HistoryStore store(historyIn(home.path()));
        SessionStartInfo info;
        info.start = {*parseDate("2026-11-20"), 8, 0, 0};
        info.routineId = "nerve-floss";
        info.routineName = "Nerve flossing";
        info.side = "right";
        info.setsPlanned = 3;
        const auto id = store.beginSession(info);
        store.recordSet(id, {"Nerve flossing", 1, "right", 25, false, info.start, 25, 0, false});
    }
    const RunResult r = runProgram(home.path(), {"history"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("1/3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("unfinished"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Flossing 0 of 2 today"), std::string::npos) << r.out;
}

TEST_F(HistoryCliTest, GarbageHistoryIsOneLineMovedAsideAndTheCommandGoesOn) {
    const auto file = historyIn(home.path());
    writeFile(file, std::string(2048, '\x42'));
    const RunResult r = runProgram(home.path(), {"history"});
    EXPECT_EQ(r.exitCode, 0);
    ASSERT_EQ(lines(r.err).size(), 1u) << r.err;
    EXPECT_NE(r.err.find(file.string()), std::string::npos);
    EXPECT_NE(r.err.find(".corrupt-"), std::string::npos);
    EXPECT_NE(r.out.find("No sessions recorded"), std::string::npos);
}

TEST_F(HistoryCliTest, MorningRecordsForTheLastSessionDay) {
    const RunResult r = runProgram(home.path(), {"morning", "worse", "--day", "2026-11-20"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    HistoryStore store(historyIn(home.path()));
    ASSERT_EQ(store.mornings().size(), 1u);
    EXPECT_EQ(store.mornings()[0].check, MorningCheck::Worse);
}

TEST_F(HistoryCliTest, MorningWithABadAnswerIsStatusTwo) {
    const RunResult r = runProgram(home.path(), {"morning", "fine"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err).size(), 1u);
}

TEST_F(HistoryCliTest, MorningWithNoRecentSessionIsStatusTwo) {
    const RunResult r = runProgram(home.path(), {"morning", "better"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no session"), std::string::npos);
}

TEST_F(HistoryCliTest, ChartWithoutADisplaySaysSoAndIsStatusTwo) {
    const RunResult r =
        runProgram(home.path(), {"chart", (home / "c.png").string()}, {{"DISPLAY", ""}});
    EXPECT_EQ(r.exitCode, 2);
    ASSERT_EQ(lines(r.err).size(), 1u) << r.err;
    EXPECT_NE(r.err.find("DISPLAY"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(home / "c.png"));
}

TEST_F(HistoryCliTest, ChartWithAnUnreachableDisplayIsStatusTwoNotAnAbort) {
    const RunResult r =
        runProgram(home.path(), {"chart", (home / "c.png").string()}, {{"DISPLAY", ":987"}});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
}

TEST_F(HistoryCliTest, ChartNeedsAPngName) {
    const RunResult r = runProgram(home.path(), {"chart", (home / "c.gif").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(".png"), std::string::npos);
}
