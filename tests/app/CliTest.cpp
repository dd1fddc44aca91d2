// Runs the real executable, as a user would, with its own config and data folders.

#include "support/Program.hpp"
#include "support/TempDir.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <thread>

namespace {

using Result = nf::test::RunResult;

class Cli : public ::testing::Test {
  protected:
    nf::test::TempDir dir;

    // The harness settings (tones only, the notice read) unless a test writes its own.
    void SetUp() override { nf::test::writeHarnessSettings(dir.path()); }

    // `args` as a shell reads them; no display.
    Result run(const std::string& args, const std::string& stdinFile = "/dev/null") {
        return nf::test::runShell(dir.path(), "\"$NF\" " + args + " <" + stdinFile,
                                  {{"DISPLAY", ""}});
    }
    static std::string slurp(const std::filesystem::path& p) { return nf::test::readFile(p); }
    void write(const std::string& name, const std::string& text) {
        nf::test::writeFile(dir / name, text);
    }
    static int lines(const std::string& s) {
        return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
    }
};

} // namespace

TEST_F(Cli, VersionPrintsTheCMakeVersion) {
    Result r = run("--version");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("nervefloss 0."), std::string::npos) << r.out;
}

TEST_F(Cli, EveryCommandListedInHelpHasItsOwnHelp) {
    // The commands as `--help` lists them (main.cpp adds them), each then asked for its help.
    const Result top = run("--help");
    ASSERT_EQ(top.exitCode, 0);
    std::istringstream lines(top.out);
    std::vector<std::string> commands;
    bool listing = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("Subcommands:", 0) == 0)
            listing = true;
        else if (listing && line.rfind("  ", 0) == 0)
            commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    }
    ASSERT_GE(commands.size(), 12u) << top.out;
    for (const std::string& cmd : commands) {
        const Result r = run(cmd + " --help");
        EXPECT_EQ(r.exitCode, 0) << cmd;
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd << ": " << r.out;
    }
}

TEST_F(Cli, ListShowsBuiltinsWithDurations) {
    Result r = run("list");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("nerve-floss"), 0u) << "nerve flossing comes first:\n" << r.out;
    EXPECT_NE(r.out.find("25 reps x 3 sets, hold 3 s, rest 30 s"), std::string::npos) << r.out;
    // 10 s lead-in countdown (tones only: no spoken set-up), 3 x 25 x 6 s, two 30 s rests.
    EXPECT_NE(r.out.find("8 min 40 s"), std::string::npos) << r.out;
    for (const char* id : {"glute-stretch", "knee-rolls", "strengthening"})
        EXPECT_NE(r.out.find(id), std::string::npos) << id;
}

TEST_F(Cli, SetIsRememberedAndShownByList) {
    Result s = run("set nerve-floss --reps 20 --hold 4 --side left");
    ASSERT_EQ(s.exitCode, 0) << s.err;
    Result l = run("list");
    EXPECT_NE(l.out.find("20 reps x 3 sets, hold 4 s, rest"), std::string::npos) << l.out;
    EXPECT_NE(l.out.find("left leg"), std::string::npos) << l.out;
    Result more = run("set nerve-floss --sets 2");
    ASSERT_EQ(more.exitCode, 0);
    EXPECT_NE(run("list").out.find("20 reps x 2 sets"), std::string::npos) << "earlier values kept";
    ASSERT_EQ(run("set nerve-floss --reset").exitCode, 0);
    EXPECT_NE(run("list").out.find("25 reps x 3 sets, hold 3 s, rest"), std::string::npos);
}

TEST_F(Cli, SetWithNothingToSetIsAnError) {
    Result r = run("set nerve-floss");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1);
}

TEST_F(Cli, OutOfRangeValuesAreOneLineAndStatusTwo) {
    for (const char* args :
         {"run nerve-floss --headless --reps 0", "run nerve-floss --headless --reps 201",
          "run nerve-floss --headless --sets 21", "run nerve-floss --headless --hold 0.2",
          "run nerve-floss --headless --hold 121", "run nerve-floss --headless --rest -1",
          "run nerve-floss --headless --lead-in 61", "set nerve-floss --reps 500",
          "run nerve-floss --headless --side middle",
          "run nerve-floss --headless --pain-before 11"}) {
        Result r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_EQ(lines(r.err), 1) << args << ": " << r.err;
        EXPECT_EQ(r.err.rfind("nervefloss: ", 0), 0u) << r.err;
        EXPECT_TRUE(r.out.empty()) << args;
    }
}

TEST_F(Cli, EmptyOrBlankValuesAreRefusedNotTakenAsTheDefault) {
    for (const char* args :
         {"run nerve-floss --headless --reps ''", "run nerve-floss --headless --reps ' '",
          "run nerve-floss --headless --hold ''", "run nerve-floss --headless --sets '\t'",
          "run nerve-floss --headless --rest ''", "run nerve-floss --headless --lead-in ''",
          "run nerve-floss --headless --side ''", "run nerve-floss --headless --side '  '",
          "run nerve-floss --headless --pain-before ''", "run nerve-floss --headless --reps=",
          "set nerve-floss --reps ''", "set strengthening --reps 3 --exercise ''",
          "history --limit ''", "self-check --headless --step ''", "self-check --first-leg ''"}) {
        Result r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_EQ(lines(r.err), 1) << args << ": " << r.err;
        // The line names the flag ("--reps: needs a value, got an empty one").
        const std::string a(args);
        const auto flag = a.substr(a.rfind(" --") + 1,
                                   a.find_first_of(" =", a.rfind(" --") + 1) - a.rfind(" --") - 1);
        EXPECT_NE(r.err.find(flag + ": "), std::string::npos) << args << ": " << r.err;
        EXPECT_TRUE(r.out.empty()) << args << ": " << r.out;
    }
}

TEST_F(Cli, SetForOneExerciseChangesItAlone) {
    Result s = run("set strengthening --exercise clamshell --reps 11");
    ASSERT_EQ(s.exitCode, 0) << s.err;
    ASSERT_EQ(run("set strengthening --exercise glute-bridge --hold 5").exitCode, 0);
    const std::string l = run("list").out;
    EXPECT_NE(l.find("Glute bridge [glute-bridge]: 10 reps x 3 sets, hold 2 s + 5 s + 2 s"),
              std::string::npos)
        << l;
    EXPECT_NE(l.find("Clamshell [clamshell]: 11 reps x 3 sets, hold 2 s, rest 60 s"),
              std::string::npos)
        << l;
    EXPECT_NE(l.find("Side-lying leg lift [side-lying-leg-lift]: 10 reps"), std::string::npos) << l;
    // A value for the whole routine applies to each exercise, and says so.
    Result all = run("set strengthening --sets 2");
    EXPECT_NE(all.out.find("apply to every exercise"), std::string::npos) << all.out;
    const std::string l2 = run("list").out;
    EXPECT_NE(l2.find("Clamshell [clamshell]: 11 reps x 2 sets"), std::string::npos) << l2;
    EXPECT_NE(l2.find("Glute bridge [glute-bridge]: 10 reps x 2 sets"), std::string::npos) << l2;
}

TEST_F(Cli, SetForAnUnknownExerciseNamesTheKnownOnes) {
    Result r = run("set strengthening --exercise clam --reps 11");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("glute-bridge, clamshell, side-lying-leg-lift"), std::string::npos)
        << r.err;
    Result lead = run("set strengthening --exercise clamshell --lead-in 3");
    EXPECT_EQ(lead.exitCode, 2);
    EXPECT_EQ(lines(lead.err), 1) << lead.err;
    // The clamshell's postures are movements of a fixed length: there is no hold to set.
    Result hold = run("set strengthening --exercise clamshell --hold 3");
    EXPECT_EQ(hold.exitCode, 2);
    EXPECT_NE(hold.err.find("no held posture"), std::string::npos) << hold.err;
}

TEST_F(Cli, ListShowsAHoldPatternAsItIs) {
    EXPECT_NE(run("list").out.find("Knee rolls: 8 reps x 1 set, hold 2 s + 1.5 s"),
              std::string::npos);
}

TEST_F(Cli, NonNumbersAreOneLineAndStatusTwo) {
    for (const char* args :
         {"run nerve-floss --headless --reps ten", "run nerve-floss --headless --hold 3s",
          "run nerve-floss --headless --reps 2.5"}) {
        Result r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_EQ(lines(r.err), 1) << args << ": " << r.err;
    }
}

TEST_F(Cli, UnknownRoutineListsTheKnownOnes) {
    Result r = run("run nerve-flos --headless");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown routine 'nerve-flos'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nerve-floss, glute-stretch"), std::string::npos) << r.err;
}

TEST_F(Cli, CheckSaysOkForABuiltin) {
    Result r =
        run(std::string("check '") + NERVEFLOSS_SOURCE_ASSETS + "/routines/nerve-floss.toml'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("ok"), std::string::npos);
}

// A slider never pairs chin down with toes up: `check` says so for a phase named that way.
TEST_F(Cli, CheckWarnsWhenAPhasePairsChinDownWithToesUp) {
    write("tensioner.toml", "name = \"x\"\n[[exercise]]\nname = \"Nerve flossing\"\n"
                            "[[exercise.phase]]\nname = \"toes up, chin down\"\nhold = 3.0\n"
                            "posture = \"floss-b\"\n");
    Result r = run("check '" + (dir / "tensioner.toml").string() + "'");
    EXPECT_EQ(r.exitCode, 0) << r.err; // a warning, not a refusal
    EXPECT_NE(r.err.find("tensioner.toml: warning: exercise \"Nerve flossing\", phase \"toes up, "
                         "chin down\": pairs chin down with toes up"),
              std::string::npos)
        << r.err;
}

TEST_F(Cli, CheckReportsPathLineAndColumn) {
    write("bad.toml", "name = \"x\"\n[[exercise]]\nname = \"e\"\nreps = \"ten\"\n");
    Result r = run("check '" + (dir / "bad.toml").string() + "'");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("bad.toml:4:8: 'reps' must be a whole number"), std::string::npos)
        << r.err;
    EXPECT_EQ(lines(r.err), 1);
}

TEST_F(Cli, CheckMissingEmptyAndBinaryFiles) {
    write("empty.toml", "");
    std::ofstream(dir / "bin.toml", std::ios::binary).write("\0\1\2\3", 4);
    for (const char* f : {"missing.toml", "empty.toml", "bin.toml"}) {
        Result r = run("check '" + (dir / f).string() + "'");
        EXPECT_EQ(r.exitCode, 2) << f;
        EXPECT_EQ(lines(r.err), 1) << f << ": " << r.err;
        EXPECT_NE(r.err.find(f), std::string::npos) << r.err;
    }
}

TEST_F(Cli, MalformedSettingsFileIsNamedAndKept) {
    write("config/nervefloss/settings.toml", "[routines.nerve-floss]\nreps = \"many\"\n");
    Result r = run("list");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("settings.toml:2:"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1);
    Result s = run("set nerve-floss --reps 10");
    EXPECT_EQ(s.exitCode, 2);
    EXPECT_EQ(slurp(dir / "config/nervefloss/settings.toml"),
              "[routines.nerve-floss]\nreps = \"many\"\n");
}

TEST_F(Cli, UserRoutinesAreListedAndRun) {
    write("config/nervefloss/routines/my-floss.toml",
          "name = \"My floss\"\nlead_in = 0\n[[exercise]]\nname = \"Mine\"\nreps = 1\n"
          "[[exercise.phase]]\nname = \"Only\"\nhold = 0.5\n");
    EXPECT_NE(run("list").out.find("my-floss"), std::string::npos);
    Result r = run("run my-floss --headless --quiet");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("ONLY"), std::string::npos) << r.out;
}

TEST_F(Cli, BrokenUserRoutineIsSkippedWithOneLine) {
    write("config/nervefloss/routines/broken.toml", "name = ");
    Result r = run("list");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.err.find("broken.toml:1:"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("nerve-floss"), std::string::npos);
}

// The printer, the bell and the trace are tested in simulated time (SessionRunTest.cpp); this is
// the one real-time run of the terminal from start to end, through main.cpp's wiring.
TEST_F(Cli, HeadlessRunPrintsTracesAndFinishes) {
    const auto trace = dir / "trace.jsonl";
    Result r = run("run nerve-floss --headless --quiet --reps 1 --sets 2 --hold 0.5 --rest 0.5 "
                   "--lead-in 0 --trace '" +
                   trace.string() + "'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("[set 2/2  right]  TOES UP, LOOK UP"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Done: 2 sets, 2 reps"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find('\a'), std::string::npos) << "--quiet rings no bell";
    const std::string t = slurp(trace);
    EXPECT_EQ(t.rfind("{\"t\":", 0), 0u);
    EXPECT_NE(t.find("\"reason\":\"completed\""), std::string::npos);
}

TEST_F(Cli, UnwritableTraceIsOneLine) {
    Result r = run("run nerve-floss --headless --trace /nonexistent-dir/t.jsonl");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("/nonexistent-dir/t.jsonl"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.err), 1);
}

TEST_F(Cli, WindowRunWithoutDisplayIsOneLine) {
    Result r = run("run nerve-floss");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("--headless"), std::string::npos) << r.err;
}

TEST_F(Cli, CtrlCEndsAHeadlessRunCleanly) {
    const auto trace = dir / "trace.jsonl";
    const pid_t pid =
        nf::test::startProgram(dir.path(), {"run", "nerve-floss", "--headless", "--quiet",
                                            "--lead-in", "0", "--trace", trace.string()});
    ASSERT_GT(pid, 0);
    // Wait (with a deadline) until the first posture has started, then press Ctrl-C.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (slurp(trace).find("\"kind\":\"phase\"") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::kill(pid, SIGINT);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 130) << "the shell's status for SIGINT";
    EXPECT_NE(slurp(trace).find("\"event\":\"session_end\",\"reason\":\"stopped\""),
              std::string::npos)
        << slurp(trace);
}
