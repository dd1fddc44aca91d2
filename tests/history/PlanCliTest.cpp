// The programme on the command line, over several days with a faked clock (Debian's libfaketime
// preloaded into the program): plan import and show, today's plan, progression, check-ins.

#include "app/history/HistoryStore.hpp"

#include "StoreTestSupport.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nf;
using namespace nf::test;
using namespace std::chrono;

namespace {} // namespace

TEST(PlanCli, ImportRefusesABadFileWithItsPosition) {
    TempDir home;
    writeFile(home / "bad.toml",
              "[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 2\nat = [\"08:00\", \"25:00\"]\n");
    const auto r =
        at(home, "2026-11-21 09:00:00", {"plan", "import", (home / "bad.toml").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(has(r.err, "bad.toml:4:16: ")) << r.err;
    EXPECT_FALSE(std::filesystem::exists(home / "config" / "nervefloss" / "plan.toml"));
}

TEST(PlanCli, ImportedPlanIsShownAndUsed) {
    TempDir home;
    writeFile(home / "p.toml", "[[routine]]\nid = \"nerve-floss\"\ntimes_a_day = 3\nat = "
                               "[\"08:00\", \"13:00\", \"19:00\"]\n");
    const auto imported =
        at(home, "2026-11-21 09:00:00", {"plan", "import", (home / "p.toml").string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const auto show = at(home, "2026-11-21 09:00:00", {"plan", "show"});
    EXPECT_TRUE(has(show.out, "3 times a day at 08:00, 13:00, 19:00")) << show.out;
    const auto today = at(home, "2026-11-21 09:00:00", {"today"});
    EXPECT_TRUE(has(today.out, "Nerve flossing: 0 of 3 done; due now (planned 08:00)"))
        << today.out;
    EXPECT_FALSE(has(today.out, "Strengthening"));
}

TEST(PlanCli, BrokenPlanFileStopsTodayWithOneLine) {
    TempDir home;
    writeFile(home / "config" / "nervefloss" / "plan.toml",
              "[[routine]]\nid = \"yoga\"\nas_wanted = true\n");
    const auto r = at(home, "2026-11-21 09:00:00", {"today"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(has(r.err, "plan.toml:2:6: no routine 'yoga'")) << r.err;
}

TEST(PlanCli, StrengtheningRestsTheNextDayAndIsDueTheDayAfter) {
    TempDir home;
    addSession(home, "strengthening", kDay, 17);
    const auto same = at(home, "2026-11-21 20:00:00", {"today"});
    EXPECT_TRUE(has(same.out, "Strengthening: done (17:00)")) << same.out;
    const auto next = at(home, "2026-11-22 09:00:00", {"today"});
    EXPECT_TRUE(has(next.out, "Strengthening: rest day, next tomorrow; done yesterday"))
        << next.out;
    const auto after = at(home, "2026-11-23 09:00:00", {"today"});
    EXPECT_TRUE(has(after.out, "Strengthening: due today")) << after.out;
}

TEST(PlanCli, MidnightStartsANewDayOfFlossing) {
    TempDir home;
    addSession(home, "nerve-floss", kDay, 8);
    addSession(home, "nerve-floss", kDay, 23);
    EXPECT_TRUE(has(at(home, "2026-11-21 23:59:00", {"today"}).out,
                    "Nerve flossing: done 2 of 2 (08:00, 23:00)"));
    EXPECT_TRUE(has(at(home, "2026-11-22 00:01:00", {"today"}).out, "Nerve flossing: 0 of 2 done"));
}

TEST(PlanCli, FlareDayTakesFlossingOff) {
    TempDir home;
    addSession(home, "nerve-floss", kDay, 8, 2, 5);
    const auto today = at(home, "2026-11-21 12:00:00", {"today"});
    EXPECT_TRUE(has(today.out, "Nerve flossing: off today: pain rose from 2 to 5")) << today.out;
    EXPECT_TRUE(has(at(home, "2026-11-22 12:00:00", {"today"}).out, "Nerve flossing: off today"));
    EXPECT_TRUE(has(at(home, "2026-11-23 12:00:00", {"today"}).out, "Nerve flossing: 0 of 2 done"));
}

TEST(PlanCli, TwoGreenWeeksStepUpOnlyWhenAccepted) {
    TempDir home;
    writeFile(home / "config" / "nervefloss" / "settings.toml",
              "[routines.nerve-floss]\nreps = 15\n");
    for (int ago = 13; ago >= 0; --ago)
        addSession(home, "nerve-floss", addDays(kDay, -ago), 9, 3, 3);
    const auto suggested = at(home, "2026-11-21 12:00:00", {"today"});
    EXPECT_TRUE(has(suggested.out, "Step up for Nerve flossing: 20 reps a set instead of 15"))
        << suggested.out;
    EXPECT_TRUE(has(readFile(home / "config" / "nervefloss" / "settings.toml"), "reps = 15"));

    const auto applied = at(home, "2026-11-21 12:00:00", {"today", "--apply"});
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_TRUE(has(readFile(home / "config" / "nervefloss" / "settings.toml"), "reps = 20"));
    const auto changes = HistoryStore(historyIn(home.path())).doseChanges();
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].from, "15");
    EXPECT_EQ(changes[0].to, "20");
    EXPECT_TRUE(has(changes[0].reason, "14 days of green"));
    // The change restarts the count: no second step the next day.
    addSession(home, "nerve-floss", addDays(kDay, 1), 9, 3, 3);
    EXPECT_FALSE(has(at(home, "2026-11-22 12:00:00", {"today"}).out, "Step up"));
    EXPECT_EQ(at(home, "2026-11-22 12:00:00", {"today", "--apply"}).exitCode, 2);
}

TEST(PlanCli, CheckInsAreRecordedAndDueAgainLater) {
    TempDir home;
    EXPECT_TRUE(
        has(at(home, "2026-11-21 09:00:00", {"today"}).out, "Weekly check: the urgent-signs"));
    EXPECT_EQ(at(home, "2026-11-21 09:00:00", {"checkin", "urgent", "no", "no", "no", "no", "no"})
                  .exitCode,
              0);
    EXPECT_EQ(at(home, "2026-11-21 09:00:00", {"checkin", "sbi", "3", "2", "1", "4"}).exitCode, 0);
    const auto same = at(home, "2026-11-27 09:00:00", {"today"});
    EXPECT_FALSE(has(same.out, "Weekly check")) << same.out;
    EXPECT_FALSE(has(same.out, "Every two weeks"));
    EXPECT_TRUE(has(at(home, "2026-11-28 09:00:00", {"today"}).out, "Weekly check"));
    EXPECT_TRUE(has(at(home, "2026-12-05 09:00:00", {"today"}).out, "Every two weeks"));
    const auto scores = HistoryStore(historyIn(home.path())).sbiScores();
    ASSERT_EQ(scores.size(), 1U);
    EXPECT_EQ(scores[0].total(), 10);
}

TEST(PlanCli, UrgentYesSaysSoAndBadAnswersAreRefused) {
    TempDir home;
    const auto yes =
        at(home, "2026-11-21 09:00:00", {"checkin", "urgent", "no", "no", "yes", "no", "no"});
    EXPECT_TRUE(has(yes.out, "URGENT")) << yes.out;
    EXPECT_EQ(at(home, "2026-11-21 09:00:00", {"checkin", "urgent", "no"}).exitCode, 2);
    const auto sbi = at(home, "2026-11-21 09:00:00", {"checkin", "sbi", "3", "9", "1", "4"});
    EXPECT_EQ(sbi.exitCode, 2);
    EXPECT_TRUE(has(sbi.err, "0 to 6, got 9")) << sbi.err;
    EXPECT_EQ(at(home, "2026-11-21 09:00:00", {"checkin", "where", "foot"}).exitCode, 2);
}

TEST(PlanCli, WhereFeltFurtherDownIsWorse) {
    TempDir home;
    const auto first = at(home, "2026-11-21 09:00:00", {"checkin", "where", "thigh"});
    EXPECT_TRUE(has(first.out, "Recorded: felt down to the thigh.\n")) << first.out;
    const auto r = at(home, "2026-11-22 09:00:00", {"checkin", "where", "calf"});
    EXPECT_TRUE(has(r.out, "(worse than last time)")) << r.out;
}

TEST(PlanCli, ARealRunUnderAFakedDayCountsForThatDay) {
    TempDir home;
    const auto run =
        at(home, "2026-11-21 08:00:00",
           {"run", "nerve-floss", "--headless", "--reps", "1", "--hold", "0.5", "--sets", "1",
            "--lead-in", "0", "--quiet", "--pain-before", "2", "--pain-after", "2"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(
        has(at(home, "2026-11-21 12:00:00", {"today"}).out, "Nerve flossing: 1 of 2 done (08:00)"));
}

TEST(PlanCli, RunUsesTheAcceptedHarderVariantAndWarnsOfASecondDayInARow) {
    TempDir home;
    // A short stand-in for the strengthening routine (a user file replaces the built-in one).
    writeFile(home / "config" / "nervefloss" / "routines" / "strengthening.toml", R"(
name = "Strengthening"
lead_in = 0.0
[[exercise]]
name = "Glute bridge"
harder = "Single-leg bridge"
reps = 1
  [[exercise.phase]]
  name = "Up"
  hold = 0.5
[[variant]]
name = "Single-leg bridge"
reps = 1
  [[variant.phase]]
  name = "Up on one leg"
  hold = 0.5
)");
    addSession(home, "strengthening", kDay, 17);
    {
        HistoryStore store(historyIn(home.path()));
        store.addDoseChange({{kDay, 18, 0, 0},
                             "strengthening",
                             "harder",
                             "Glute bridge",
                             "Single-leg bridge",
                             "why"});
    }
    const auto trace = home / "trace.jsonl";
    const auto run =
        at(home, "2026-11-22 09:00:00",
           {"run", "strengthening", "--headless", "--quiet", "--trace", trace.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(has(run.err, "Strengthening: done yesterday")) << run.err;
    EXPECT_TRUE(has(readFile(trace), "\"exercise\":\"Single-leg bridge\""));
    EXPECT_FALSE(has(readFile(trace), "\"exercise\":\"Glute bridge\""));
}

TEST(PlanCli, RemindersAreWrittenListedAndRemoved) {
    TempDir home;
    // No systemctl on PATH: whatever user manager this machine has is left alone.
    const std::map<std::string, std::string> env{{"PATH", (home / "no-bin").string()}};
    const auto set = runProgram(home.path(), {"reminders", "set", "18:30", "08:00"}, env);
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_TRUE(has(set.out, "Reminders at 08:00 and 18:30: 2 timers in")) << set.out;
    EXPECT_TRUE(has(set.out, "No systemd user manager is running here")) << set.out;
    const auto units = home / "config" / "systemd" / "user";
    EXPECT_TRUE(has(readFile(units / "nervefloss-remind-1830.timer"), "OnCalendar=*-*-* 18:30:00"));
    EXPECT_TRUE(has(readFile(units / "nervefloss-remind.service"), " remind\n"));
    EXPECT_TRUE(has(readFile(home / "config" / "nervefloss" / "settings.toml"),
                    "reminders = [ '08:00', '18:30' ]"));
    const auto list = runProgram(home.path(), {"reminders", "list"}, env);
    EXPECT_TRUE(has(list.out, "08:00  nervefloss-remind-0800.timer  enabled\n18:30  "
                              "nervefloss-remind-1830.timer  enabled"))
        << list.out;

    const auto bad = runProgram(home.path(), {"reminders", "set", "08:00", "24:00"}, env);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(has(bad.err, "'24:00' is not a time of day")) << bad.err;
    EXPECT_TRUE(std::filesystem::exists(units / "nervefloss-remind-1830.timer"));

    const auto off = runProgram(home.path(), {"reminders", "off"}, env);
    EXPECT_TRUE(has(off.out, "Reminders off: removed 2 timers")) << off.out;
    EXPECT_FALSE(std::filesystem::exists(units / "nervefloss-remind-1830.timer"));
    EXPECT_FALSE(has(readFile(home / "config" / "nervefloss" / "settings.toml"), "reminders"));
}

TEST(PlanCli, RemindWithoutASessionBusSaysSoInOneLine) {
    TempDir home;
    const auto r =
        runProgram(home.path(), {"remind", "--wait", "0"},
                   {{"DBUS_SESSION_BUS_ADDRESS", "unix:path=" + (home / "no-bus").string()}});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(has(r.out, "Nerve flossing: 1st of 2 today")) << r.out;
    EXPECT_TRUE(has(r.err, "no desktop session bus, so no notification")) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}
