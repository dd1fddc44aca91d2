// Issue 12, end to end against the built program on scratch folders: outputs that would destroy
// our own files or devices are refused, a full disk leaves the old file and no temporary, a
// history we may not write is left where it is and can still be read, reads of FIFOs and
// devices neither hang nor exhaust memory, and stdout errors are reported.

#include "app/history/HistoryStore.hpp"

#include "StoreTestSupport.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nf;
using namespace nf::test;

namespace {

const std::vector<std::string> kOneRep{"run", "nerve-floss", "--headless", "--reps",
                                       "1",   "--hold",      "0.5",        "--sets",
                                       "1",   "--lead-in",   "0",          "--quiet"};

std::filesystem::path configIn(const std::filesystem::path& home) {
    return home / "config" / "nervefloss";
}

int lineCount(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

bool anyNameContains(const std::filesystem::path& dir, const std::string& part) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().filename().string().find(part) != std::string::npos)
            return true;
    return false;
}

// Waits up to 20 s for `text` to show in `file` (a trace the program writes as it goes).
bool waitForText(const std::filesystem::path& file, const std::string& text) {
    for (int i = 0; i < 2000; ++i) {
        if (readFile(file).find(text) != std::string::npos)
            return true;
        ::usleep(10'000);
    }
    return false;
}

// Runs `command` with sh, the program's folders in `home`; returns the exit status.
int shell(const std::filesystem::path& home, const std::string& command) {
    return runShell(home, command).exitCode;
}

// A tmpfs of `size` mounted on `dir`, unmounted at the end; only root can mount one.
class SmallDisk {
  public:
    SmallDisk(const std::filesystem::path& dir, const std::string& size) : m_dir(dir) {
        std::filesystem::create_directories(dir);
        m_mounted = ::geteuid() == 0 &&
                    ::mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
    }
    ~SmallDisk() {
        if (m_mounted)
            ::umount2(m_dir.c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    bool mounted() const { return m_mounted; }
    bool makeReadOnly() {
        return ::mount(nullptr, m_dir.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    // Fills what is left with one file, so the next write fails with ENOSPC; or all but about
    // `room` bytes, so a write fails half way.
    void fill(std::size_t room = 0) const {
        const int fd = ::open((m_dir / "filler").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const std::string block(4096, 'x');
        while (free() > room && ::write(fd, block.data(), block.size()) > 0) {
        }
        ::close(fd);
    }
    std::size_t free() const { return std::filesystem::space(m_dir).available; }

  private:
    std::filesystem::path m_dir;
    bool m_mounted = false;
};

#define NEED_SMALL_DISK(disk)                                                                      \
    if (!(disk).mounted())                                                                         \
    GTEST_SKIP() << "needs root to mount a small tmpfs (mount -t tmpfs -o size=64k); skipped"

class NothingLost : public ::testing::Test {
  protected:
    TempDir home;

    int sessionsRecorded() {
        HistoryStore store(historyIn(home.path()), HistoryAccess::ReadOnly);
        return static_cast<int>(store.sessions().size());
    }
    void recordOneSession() { ASSERT_EQ(runProgram(home.path(), kOneRep).exitCode, 0); }
};

} // namespace

// --- Data loss: outputs aimed at our own files or at devices -------------------------------

TEST_F(NothingLost, TraceAimedAtTheHistoryIsRefusedAndTheHistoryKept) {
    recordOneSession();
    auto args = kOneRep;
    args.insert(args.end(), {"--trace", historyIn(home.path()).string()});
    const RunResult r = runProgram(home.path(), args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("refusing to overwrite"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_EQ(sessionsRecorded(), 1);
}

TEST_F(NothingLost, CsvOutAimedAtTheSettingsOrTheHistoryIsRefused) {
    recordOneSession();
    writeFile(configIn(home.path()) / "settings.toml", "[app]\nsafety_acknowledged = true\n");
    for (const auto& target : {configIn(home.path()) / "settings.toml", historyIn(home.path())}) {
        const RunResult r = runProgram(home.path(), {"history", "--csv", "--out", target.string()});
        EXPECT_EQ(r.exitCode, 2) << target;
        EXPECT_NE(r.err.find("refusing to overwrite"), std::string::npos) << r.err;
    }
    EXPECT_EQ(readFile(configIn(home.path()) / "settings.toml"),
              "[app]\nsafety_acknowledged = true\n");
    EXPECT_EQ(sessionsRecorded(), 1);
}

// Before the first `set` there is no settings file: a CSV written under its name would be read
// as the settings from then on, and every command would fail.
TEST_F(NothingLost, CsvOutAimedAtTheSettingsNameBeforeItExistsIsRefused) {
    recordOneSession();
    const auto settings = configIn(home.path()) / "settings.toml";
    std::filesystem::remove(settings); // as before the first `set`
    const auto err = home / "err.txt";
    for (const auto& target :
         {settings, settings.parent_path() / ".." / "nervefloss" / "settings.toml"}) {
        // Through sh, not runProgram: nothing may write a settings file before this command.
        const int status = shell(home.path(), "\"$NF\" history --csv --out " + target.string() +
                                                  " 2>" + err.string());
        EXPECT_EQ(status, 2) << target << readFile(err);
        EXPECT_NE(readFile(err).find("refusing to write there"), std::string::npos)
            << readFile(err);
        EXPECT_EQ(lineCount(readFile(err)), 1) << readFile(err);
        EXPECT_FALSE(std::filesystem::exists(settings)) << target;
    }
}

TEST_F(NothingLost, CsvOutAimedAtADeviceIsRefusedAndTheDeviceStays) {
    // A FIFO of our own stands for any node that is not a regular file (a device as root).
    const auto fifo = home / "node";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string& target : {std::string("/dev/null"), fifo.string()}) {
        const RunResult r = runProgram(home.path(), {"history", "--csv", "--out", target});
        EXPECT_EQ(r.exitCode, 2) << target;
        EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
    }
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST_F(NothingLost, ASymlinkedSettingsFileIsWrittenThroughAndKeepsItsMode) {
    const auto real = home / "dotfiles" / "nervefloss.toml";
    writeFile(real, "[app]\nsafety_acknowledged = true\n");
    ASSERT_EQ(::chmod(real.c_str(), 0600), 0);
    std::filesystem::create_directories(configIn(home.path()));
    std::filesystem::create_symlink(real, configIn(home.path()) / "settings.toml");
    const RunResult r = runProgram(home.path(), {"set", "nerve-floss", "--reps", "12"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(std::filesystem::is_symlink(configIn(home.path()) / "settings.toml"));
    EXPECT_NE(readFile(real).find("reps = 12"), std::string::npos) << readFile(real);
    struct stat st {};
    ASSERT_EQ(::stat(real.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(NothingLost, SetForARoutineWhoseIdNeedsQuotesReadsBack) {
    const std::string routine =
        readFile(std::filesystem::path(NERVEFLOSS_SOURCE_ASSETS) / "routines" / "knee-rolls.toml");
    writeFile(configIn(home.path()) / "routines" / "mike's-rolls.toml", routine);
    RunResult r = runProgram(home.path(), {"list"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_NE(r.out.find("mike's-rolls"), std::string::npos) << r.out << r.err;
    r = runProgram(home.path(), {"set", "mike's-rolls", "--reps", "7"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runProgram(home.path(), {"list"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("7 reps"), std::string::npos) << r.out;
}

// A routine id that TOML cannot hold (a file name that is not UTF-8): the new settings are read
// back before they replace the old, so `set` refuses and every command still works.
TEST_F(NothingLost, SetRefusesSettingsThatWouldNotReadBackAndKeepsTheOld) {
    const std::string routine =
        readFile(std::filesystem::path(NERVEFLOSS_SOURCE_ASSETS) / "routines" / "knee-rolls.toml");
    writeFile(configIn(home.path()) / "routines" / "bad\xff.toml", routine);
    harnessSettingsUnlessSet(home.path());
    const std::string before = readFile(configIn(home.path()) / "settings.toml");
    RunResult r = runProgram(home.path(), {"set", "bad\xff", "--reps", "7"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("would not read back"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_EQ(readFile(configIn(home.path()) / "settings.toml"), before);
    r = runProgram(home.path(), {"list"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

// --- Data loss: a full disk --------------------------------------------------------------------

// A full disk, or one that fills while the file is being written: SFML's .ogg and .flac
// encoders say nothing then, so the file is read back, and an incomplete one never replaces
// the old.
TEST_F(NothingLost, ExportAudioOnAFullDiskKeepsTheOldFileAndLeavesNoTemporary) {
    SmallDisk disk(home / "disk", "512k");
    NEED_SMALL_DISK(disk);
    // Room left on the disk, and the reps: 48 KiB is about a third of 25 reps as .ogg.
    const std::vector<std::pair<std::size_t, std::string>> cases{{0, "2"}, {48 * 1024, "25"}};
    for (const auto& [room, reps] : cases) {
        for (const char* ext : {".wav", ".ogg", ".flac"}) {
            const auto target = home / "disk" / (std::string("track") + ext);
            writeFile(target, "the older, good file");
            disk.fill(room);
            const RunResult r =
                runProgram(home.path(), {"export-audio", "nerve-floss", target.string(), "--audio",
                                         "tones", "--reps", reps, "--sets", "1"});
            EXPECT_EQ(r.exitCode, 2) << ext << " " << room << ": " << r.out << r.err;
            EXPECT_EQ(lineCount(r.err), 1) << r.err;
            EXPECT_EQ(r.out.find("Wrote"), std::string::npos) << r.out;
            EXPECT_EQ(readFile(target), "the older, good file") << ext << " " << room;
            EXPECT_FALSE(anyNameContains(home / "disk", ".tmp")) << ext;
            EXPECT_FALSE(anyNameContains(home / "disk", ".part")) << ext;
            std::filesystem::remove(home / "disk" / "filler");
        }
    }
}

TEST_F(NothingLost, CsvAndSettingsOnAFullDiskKeepTheOldFiles) {
    SmallDisk disk(home / "config", "64k");
    NEED_SMALL_DISK(disk);
    recordOneSession();
    const auto settings = configIn(home.path()) / "settings.toml";
    writeFile(settings, "[app]\nsafety_acknowledged = true\n");
    writeFile(home / "config" / "old.csv", "old");
    disk.fill();
    RunResult r = runProgram(home.path(),
                             {"history", "--csv", "--out", (home / "config" / "old.csv").string()});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(readFile(home / "config" / "old.csv"), "old");
    r = runProgram(home.path(), {"set", "nerve-floss", "--reps", "9"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_EQ(readFile(settings), "[app]\nsafety_acknowledged = true\n");
    EXPECT_FALSE(anyNameContains(configIn(home.path()), ".tmp"));
    EXPECT_FALSE(anyNameContains(home / "config", ".tmp"));
}

// `chart` and `render` wrote truncated pictures on a full disk and said nothing.
TEST_F(NothingLost, ChartAndRenderOnAFullDiskKeepTheOldPicture) {
    if (!std::getenv("DISPLAY"))
        GTEST_SKIP() << "chart and render need a display (run under xvfb-run)";
    SmallDisk disk(home / "disk", "256k");
    NEED_SMALL_DISK(disk);
    recordOneSession();
    const auto target = home / "disk" / "picture.png";
    const std::vector<std::vector<std::string>> commands{
        {"chart", target.string()}, {"render", "nerve-floss", target.string(), "--at", "3"}};
    // Both open an OpenGL context: under scripts/sanitize.sh they are treated as the tests
    // labelled gl are (memory errors checked, leaks not: Mesa's allocations alive at exit cannot
    // be suppressed by name, its driver is unloaded by then). Outside ASan the option is unread.
    const char* asan = std::getenv("ASAN_OPTIONS");
    const std::map<std::string, std::string> env{
        {"ASAN_OPTIONS", std::string(asan ? asan : "") + ":detect_leaks=0"}};
    for (const auto& args : commands) {
        for (const std::size_t room : {std::size_t{0}, std::size_t{8 * 1024}}) {
            writeFile(target, "the older, good picture");
            disk.fill(room);
            const RunResult r = runProgram(home.path(), args, env);
            EXPECT_EQ(r.exitCode, 2) << args[0] << " " << room << ": " << r.out << r.err;
            EXPECT_EQ(lineCount(r.err), 1) << r.err;
            EXPECT_NE(r.err.find("the old file, if any, is unchanged"), std::string::npos) << r.err;
            EXPECT_EQ(readFile(target), "the older, good picture") << args[0] << " " << room;
            EXPECT_FALSE(anyNameContains(home / "disk", ".tmp")) << args[0];
            std::filesystem::remove(home / "disk" / "filler");
        }
    }
}

// The rename over the old file fails (the target is a mount point: EBUSY). The message said
// "cannot replace (Success)": the error code was read after it had been reset.
TEST_F(NothingLost, AReplaceThatFailsSaysWhyAndKeepsTheOldFile) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to bind-mount a file over the target; skipped";
    recordOneSession();
    const auto target = home / "old.csv";
    writeFile(target, "old");
    writeFile(home / "mounted.csv", "old");
    ASSERT_EQ(::mount((home / "mounted.csv").c_str(), target.c_str(), nullptr, MS_BIND, nullptr),
              0);
    const RunResult r = runProgram(home.path(), {"history", "--csv", "--out", target.string()});
    ::umount2(target.c_str(), MNT_DETACH);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("cannot replace (Device or resource busy)"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("Success"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_EQ(readFile(target), "old");
    EXPECT_FALSE(anyNameContains(home.path(), ".tmp"));
}

// --- Data loss: a history we may not open is not "corrupt" ----------------------------------

TEST_F(NothingLost, AFolderInPlaceOfTheJournalIsNamedAndTheHistoryStays) {
    recordOneSession();
    std::filesystem::create_directory(historyIn(home.path()).string() + "-wal");
    const RunResult r = runProgram(home.path(), {"history"});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("-wal is not a regular file"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_FALSE(anyNameContains(historyIn(home.path()).parent_path(), "corrupt"));
    std::filesystem::remove(historyIn(home.path()).string() + "-wal");
    EXPECT_EQ(sessionsRecorded(), 1);
}

// A history the user may not read is named as such and left in place, never called corrupt.
// Root reads it anyway, so as root the program runs as nobody (setpriv).
TEST_F(NothingLost, AHistoryWeMayNotReadIsNamedAndLeftInPlace) {
    recordOneSession();
    const auto history = historyIn(home.path());
    std::string as;
    if (::geteuid() == 0) {
        if (shell(home.path(), "command -v setpriv >/dev/null") != 0)
            GTEST_SKIP() << "as root this needs setpriv (util-linux) to run as nobody";
        ASSERT_EQ(::chmod(home.path().c_str(), 0755), 0); // nobody may reach the folders
        ASSERT_EQ(::chmod(history.c_str(), 0600), 0);
        as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    } else {
        ASSERT_EQ(::chmod(history.c_str(), 0), 0);
    }
    for (const char* command : {"history", "today", "history --csv"}) {
        const RunResult r = runShell(home.path(), as + "\"$NF\" " + command);
        EXPECT_EQ(r.exitCode, 1) << command << ": " << r.err;
        EXPECT_NE(r.err.find("cannot open the history (cannot read it: Permission denied); it "
                             "was left as it is"),
                  std::string::npos)
            << r.err;
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
    }
    const RunResult run = runShell(home.path(), as + "\"$NF\" run nerve-floss --headless --reps 1 "
                                                     "--hold 0.5 --sets 1 --lead-in 0 --quiet");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("Permission denied"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("this session will not be recorded"), std::string::npos) << run.err;
    EXPECT_FALSE(anyNameContains(history.parent_path(), "corrupt"));
    ASSERT_EQ(::chmod(history.c_str(), 0644), 0);
    EXPECT_EQ(sessionsRecorded(), 1);
}

TEST_F(NothingLost, AReadOnlyHistoryCanStillBeRead) {
    SmallDisk disk(home / "data", "1m");
    NEED_SMALL_DISK(disk);
    recordOneSession();
    ASSERT_TRUE(disk.makeReadOnly());
    RunResult r = runProgram(home.path(), {"history"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Nerve"), std::string::npos) << r.out;
    r = runProgram(home.path(), {"history", "--csv"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lineCount(r.out), 2) << r.out;
    r = runProgram(home.path(), {"today"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    r = runProgram(home.path(), {"plan", "show"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    // A session cannot be recorded: said once, the session still runs with the plan applied
    // (read from the history as it is), nothing is moved.
    r = runProgram(home.path(), kOneRep);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("will not be recorded"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_FALSE(anyNameContains(historyIn(home.path()).parent_path(), "corrupt"));
}

// --- Hangs: a history held by another program ------------------------------------------------

// Another program (the sqlite3 shell, say) holds the history's write lock from before the start
// until after the first set. The session's timing does not wait for it: no pause as if the
// computer had been away, no step late by seconds; once the lock goes, the session is recorded
// whole, with its sets.
TEST_F(NothingLost, ALockedHistoryNeitherStallsTheSessionNorLosesIt) {
    recordOneSession();
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(historyIn(home.path()).c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto trace = home / "trace.jsonl";
    const pid_t pid =
        startProgram(home.path(), {"run", "nerve-floss", "--headless", "--quiet", "--lead-in", "0",
                                   "--reps", "2", "--sets", "2", "--rest", "0", "--hold", "0.5",
                                   "--trace", trace.string()});
    ASSERT_GT(pid, 0);
    const bool firstSet = waitForText(trace, "\"set_done\"");
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(firstSet) << readFile(trace);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    const std::string lines = readFile(trace);
    EXPECT_EQ(lines.find("\"paused\""), std::string::npos) << lines;
    EXPECT_NE(lines.find("\"reason\":\"completed\""), std::string::npos) << lines;
    // Each line starts {"t":ACTUAL,"planned":PLANNED: a write waiting out the lock (5 s by
    // SQLite's default here) would make the next step that late.
    double latest = 0;
    std::size_t at = 0;
    while ((at = lines.find("{\"t\":", at)) != std::string::npos) {
        double t = 0, planned = 0;
        if (std::sscanf(lines.c_str() + at, "{\"t\":%lf,\"planned\":%lf", &t, &planned) == 2)
            latest = std::max(latest, t - planned);
        ++at;
    }
    EXPECT_LT(latest, 2.0) << lines;
    HistoryStore store(historyIn(home.path()), HistoryAccess::ReadOnly);
    const std::vector<SessionRecord> sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 2u);
    const SessionRecord& r = sessions[1];
    EXPECT_EQ(r.outcome, SessionOutcome::Completed);
    EXPECT_EQ(r.setsDone, 2);
    EXPECT_EQ(r.repsDone, 4);
}

// --- Hangs: FIFOs, devices and huge values ---------------------------------------------------

TEST_F(NothingLost, AFifoAsSettingsOrRoutineDoesNotHang) {
    std::filesystem::create_directories(configIn(home.path()) / "routines");
    ASSERT_EQ(::mkfifo((configIn(home.path()) / "routines" / "pipe.toml").c_str(), 0600), 0);
    RunResult r = runProgram(home.path(), {"list"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("pipe.toml: is not a regular file"), std::string::npos) << r.err;
    // runProgram wrote a tones-only settings file for the first run; a FIFO takes its place.
    std::filesystem::remove(configIn(home.path()) / "settings.toml");
    ASSERT_EQ(::mkfifo((configIn(home.path()) / "settings.toml").c_str(), 0600), 0);
    r = runProgram(home.path(), {"list"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
}

TEST_F(NothingLost, CheckDevZeroIsRefusedNotAnAllocationFailure) {
    const RunResult r = runProgram(home.path(), {"check", "/dev/zero"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("/dev/zero"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
}

TEST_F(NothingLost, AHugeRoutineFileIsRefusedWithItsSize) {
    writeFile(home / "big.toml", "# " + std::string(2 * 1024 * 1024, 'x') + "\n");
    const RunResult r = runProgram(home.path(), {"check", (home / "big.toml").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("too large"), std::string::npos) << r.err;
}

TEST_F(NothingLost, TheLongestExportIsOneClearLineNotAnAllocationFailure) {
    const RunResult r =
        runProgram(home.path(), {"export-audio", "nerve-floss", (home / "t.wav").string(), "--reps",
                                 "200", "--sets", "20", "--hold", "120"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("export-audio writes sessions of up to"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(home / "t.wav"));
}

// --- Honest outcomes -------------------------------------------------------------------------

TEST_F(NothingLost, ABrokenUserFileOverridingABuiltinIsRefused) {
    writeFile(configIn(home.path()) / "routines" / "nerve-floss.toml", "name = \n");
    const RunResult r = runProgram(home.path(), kOneRep);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("nerve-floss.toml:1"), std::string::npos) << r.err;
}

TEST_F(NothingLost, RunningABrokenUserRoutineNamesTheParseError) {
    writeFile(configIn(home.path()) / "routines" / "mine.toml", "name = \n");
    const RunResult r = runProgram(home.path(), {"run", "mine", "--headless"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("mine.toml:1"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("unknown routine"), std::string::npos) << r.err;
}

TEST_F(NothingLost, AnUnreadableRoutinesFolderIsOneWarning) {
    writeFile(configIn(home.path()) / "routines", "a file where the folder should be");
    const RunResult r = runProgram(home.path(), {"list"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("cannot read the folder"), std::string::npos) << r.err;
}

// A routine file's text reaches the terminal in a run and in the history: every control
// character in it (a colour escape, a carriage return, a bell, a line break) is shown, not obeyed.
TEST_F(NothingLost, RoutineTextReachesTheTerminalWithControlCharactersEscaped) {
    writeFile(configIn(home.path()) / "routines" / "odd.toml",
              "name = \"Odd\\u001b[31m\\nroutine\"\n"
              "stop_if = [\"stop\\u001b[0m\"]\nswitch = 0.5\ntransition = 0.5\n"
              "[[exercise]]\nname = \"first\\u001b[2J\"\nsetup = [\"set\\u0007up\"]\n"
              "side = \"each\"\n"
              "[[exercise.phase]]\nname = \"a\\rb\\u009b1m\"\nhold = 3\n"
              "[[exercise]]\nname = \"second\\u001b[2J\"\nsetup = [\"then\\u0007\"]\n"
              "[[exercise.phase]]\nname = \"c\"\nhold = 3\n");
    const auto controls = [](const std::string& text) {
        std::string found;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if ((c < 0x20 && c != '\n') || c == 0x7f ||
                (c == 0xc2 && i + 1 < text.size() &&
                 static_cast<unsigned char>(text[i + 1]) <= 0x9f))
                found += "byte " + std::to_string(c) + " at " + std::to_string(i) + "; ";
        }
        return found;
    };
    RunResult r = runProgram(home.path(), {"run", "odd", "--headless", "--reps", "1", "--sets", "1",
                                           "--hold", "0.5", "--lead-in", "0", "--quiet"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(controls(r.out), "") << r.out;
    EXPECT_NE(r.out.find("Odd\\x1b[31m\\nroutine"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("A\\x0dB<U+009B>1M"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("second\\x1b[2J"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("then\\x07"), std::string::npos) << r.out;
    r = runProgram(home.path(), {"history"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(controls(r.out), "") << r.out;
    EXPECT_NE(r.out.find("Odd\\x1b[31m"), std::string::npos) << r.out;
}

// A byte-order mark is invisible on a terminal: a message about one shows it where it stands.
TEST_F(NothingLost, AByteOrderMarkInAFileIsShownInTheMessage) {
    writeFile(home / "bom.toml", "name = \"x\"\n\xef\xbb\xbfreps = 3\n");
    const RunResult r = runProgram(home.path(), {"check", (home / "bom.toml").string()});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("bom.toml:2:1: '<U+FEFF>'"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("\xef\xbb\xbf"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
}

TEST_F(NothingLost, StdoutWriteErrorsAreStatusOneWithOneLine) {
    recordOneSession();
    for (const char* cmd :
         {"\"$NF\" history --csv >/dev/full 2>err.txt", "\"$NF\" list >/dev/full 2>err.txt"}) {
        const std::string inDir = std::string("cd \"") + home.path().string() + "\" && " + cmd;
        EXPECT_EQ(shell(home.path(), inDir), 1) << cmd;
        const std::string err = readFile(home / "err.txt");
        EXPECT_NE(err.find("cannot write to standard output"), std::string::npos) << err;
        EXPECT_EQ(lineCount(err), 1) << err;
    }
}

// At a terminal with stdout redirected to a file, the pain questions are asked on the terminal
// (stderr), and the file holds the session's own lines.
TEST_F(NothingLost, ThePainQuestionsGoToTheTerminalNotIntoARedirectedStdout) {
    harnessSettingsUnlessSet(home.path());
    int terminal = -1, slave = -1;
    ASSERT_EQ(::openpty(&terminal, &slave, nullptr, nullptr, nullptr), 0);
    const auto outFile = home / "out.txt";
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        const int out = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(slave, 0);
        ::dup2(out, 1);
        ::dup2(slave, 2);
        ::close(terminal);
        ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("NERVEFLOSS_ASSETS", NERVEFLOSS_SOURCE_ASSETS, 1);
        ::setenv("ALSOFT_DRIVERS", "null", 1);
        ::execl(NERVEFLOSS_BINARY, NERVEFLOSS_BINARY, "run", "nerve-floss", "--headless", "--reps",
                "1", "--hold", "0.5", "--sets", "1", "--lead-in", "0", nullptr);
        ::_exit(127);
    }
    ::close(slave);
    std::string seen;
    int answered = 0, status = 0;
    bool ended = false;
    // 20 s at most; poll() returns at once when the terminal hangs up, so the time is counted.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!ended && std::chrono::steady_clock::now() < deadline) {
        pollfd p{terminal, POLLIN, 0};
        ssize_t n = 0;
        char buf[512];
        if (::poll(&p, 1, 50) > 0)
            n = ::read(terminal, buf, sizeof buf);
        if (n > 0)
            seen.append(buf, static_cast<std::size_t>(n));
        else
            ::usleep(20'000);
        const auto asked = [&seen](const char* when) {
            return seen.find(std::string("pain ") + when) != std::string::npos;
        };
        if (answered == 0 && asked("before")) {
            ::write(terminal, "4\n", 2);
            answered = 1;
        } else if (answered == 1 && asked("after")) {
            ::write(terminal, "2\n", 2);
            answered = 2;
        }
        ended = ::waitpid(pid, &status, WNOHANG) == pid;
    }
    if (!ended) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ::close(terminal);
    ASSERT_TRUE(ended) << "the run did not end; the terminal showed:\n" << seen;
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << seen;
    EXPECT_EQ(answered, 2) << seen;
    const std::string file = readFile(outFile);
    EXPECT_NE(file.find("Session complete."), std::string::npos) << file;
    EXPECT_EQ(file.find("0-10"), std::string::npos) << file;
    HistoryStore store(historyIn(home.path()), HistoryAccess::ReadOnly);
    ASSERT_EQ(store.sessions().size(), 1u);
    EXPECT_EQ(store.sessions()[0].painBefore, 4);
    EXPECT_EQ(store.sessions()[0].painAfter, 2);
}

TEST_F(NothingLost, WithStdoutClosedTheTraceDoesNotBecomeStdout) {
    harnessSettingsUnlessSet(home.path()); // tones only: no spoken set-up in the lead-in
    const std::string cmd = "\"$NF\" run nerve-floss --headless --reps 1 --hold 0.5 --sets 1 "
                            "--lead-in 0 --quiet --trace \"" +
                            (home / "t.jsonl").string() + "\" >&-";
    EXPECT_EQ(shell(home.path(), cmd), 0);
    const std::string trace = readFile(home / "t.jsonl");
    EXPECT_EQ(trace.find("Session complete"), std::string::npos) << "terminal text in the trace:\n"
                                                                 << trace;
    EXPECT_EQ(trace.rfind("{", 0), 0u) << trace;
    EXPECT_EQ(trace.find("\n{", 0) == std::string::npos, false) << trace;
    EXPECT_EQ(trace.find("\n\n"), std::string::npos) << trace;
}

TEST_F(NothingLost, WithoutHomeThePasswordDatabaseHomeIsUsedNotTheCurrentFolder) {
    // A broken settings file where a current-folder fallback would look: it must not be read.
    writeFile(home / ".config" / "nervefloss" / "settings.toml", "this is not toml = = =\n");
    const std::string cmd = "cd \"" + home.path().string() +
                            "\" && env -u HOME -u XDG_CONFIG_HOME -u XDG_DATA_HOME \"$NF\" list "
                            ">/dev/null 2>err.txt";
    EXPECT_EQ(shell(home.path(), cmd), 0) << readFile(home / "err.txt");
}

TEST_F(NothingLost, NotANumberIsRefusedWhereSecondsAreAsked) {
    for (const char* v : {"nan", "inf", "-nan"}) {
        RunResult r = runProgram(home.path(), {"export-audio", "nerve-floss",
                                               (home / "t.wav").string(), "--pre-roll", v});
        EXPECT_EQ(r.exitCode, 2) << v << r.err;
        EXPECT_NE(r.err.find("--pre-roll"), std::string::npos) << r.err;
        r = runProgram(home.path(),
                       {"render", "nerve-floss", (home / "f.png").string(), "--at", v});
        EXPECT_EQ(r.exitCode, 2) << v << r.err;
        EXPECT_NE(r.err.find("--at"), std::string::npos) << r.err;
    }
}

// espeak-ng trusts its data: a file cut short makes it crash, hang or print its own complaints.
// Each damage below falls back to tones with exactly one line of ours on stderr.
TEST_F(NothingLost, DamagedEspeakDataFallsBackToTonesWithOneLineOfOurs) {
    const std::filesystem::path system = "/usr/lib/x86_64-linux-gnu/espeak-ng-data";
    if (!std::filesystem::exists(system / "phontab"))
        GTEST_SKIP() << "no espeak-ng data at " << system;
    const std::vector<std::pair<std::string, std::uintmax_t>> damages{
        {"phontab", 0},      // half of it (0 = half): caught by the size check
        {"phondata", 10},    // espeak-ng crashes on it, or loops (the alarm ends the trial)
        {"phondata", 30000}, // espeak-ng crashes on it
        {"phonindex", 50},   // espeak-ng prints "Invalid instruction" lines, then crashes
        {"en_dict", 100},    // espeak-ng prints "Empty _dict file"
    };
    for (const auto& [file, size] : damages) {
        const auto data = home / "espeak" / "espeak-ng-data";
        std::filesystem::remove_all(data);
        std::filesystem::create_directories(data);
        for (const char* name : {"phontab", "phonindex", "phondata", "intonations", "en_dict"})
            std::filesystem::copy_file(system / name, data / name);
        std::filesystem::copy(system / "voices", data / "voices",
                              std::filesystem::copy_options::recursive);
        std::filesystem::copy(system / "lang", data / "lang",
                              std::filesystem::copy_options::recursive);
        std::filesystem::resize_file(data / file,
                                     size ? size : std::filesystem::file_size(data / file) / 2);
        writeFile(configIn(home.path()) / "settings.toml",
                  "[audio]\nmode = \"voice\"\n[app]\nsafety_acknowledged = true\n");
        const RunResult r = runProgram(home.path(),
                                       {"export-audio", "nerve-floss", (home / "t.wav").string(),
                                        "--reps", "1", "--sets", "1"},
                                       {{"NERVEFLOSS_ESPEAK_DATA", (home / "espeak").string()}});
        EXPECT_EQ(r.exitCode, 0) << file << ": " << r.err;
        EXPECT_EQ(r.err.rfind("nervefloss: espeak-ng data damaged", 0), 0u)
            << file << ": " << r.err;
        EXPECT_NE(r.err.find("spoken cues are off, tones only"), std::string::npos) << r.err;
        EXPECT_EQ(lineCount(r.err), 1) << file << ": " << r.err;
        EXPECT_NE(r.out.find("tones only"), std::string::npos) << r.out;
    }
}

// The libraries' own lines (OpenAL Soft's ALSA and PulseAudio complaints without a sound card,
// SFML's) stay off the terminal: OpenAL is left to find a device itself here, not given the null
// one, and everything on stderr is ours.
TEST_F(NothingLost, OnlyOurOwnLinesReachStderrWhateverTheSoundDevice) {
    const RunResult r = runProgram(home.path(), kOneRep, {{"ALSOFT_DRIVERS", ""}});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::size_t start = 0;
    while (start < r.err.size()) {
        const std::size_t end = r.err.find('\n', start);
        const std::string line = r.err.substr(start, end - start);
        EXPECT_EQ(line.rfind("nervefloss: ", 0), 0u) << "not ours: " << line << "\n" << r.err;
        start = end == std::string::npos ? r.err.size() : end + 1;
    }
    EXPECT_LE(lineCount(r.err), 1) << r.err;
}

// A display without OpenGL (GLX) made SFML crash with nothing said.
TEST_F(NothingLost, ADisplayWithoutOpenGlIsOneLineNotACrash) {
    if (shell(home.path(), "command -v xvfb-run >/dev/null") != 0)
        GTEST_SKIP() << "no xvfb-run";
    const auto err = home / "err.txt";
    const auto status = home / "status.txt";
    // The program's own status, written inside xvfb-run: xvfb-run's status is its own (it exits 5
    // when it cannot clean up its folder in /tmp, which a busy machine sometimes makes it do).
    shell(home.path(), "xvfb-run -a -s \"-screen 0 640x480x24 -extension GLX\" sh -c '\"$NF\" "
                       "run nerve-floss 2>" +
                           err.string() + "; echo $? >" + status.string() + "'");
    EXPECT_EQ(readFile(status), "2\n") << readFile(err);
    EXPECT_EQ(readFile(err).rfind("nervefloss: the display ", 0), 0u) << readFile(err);
    EXPECT_NE(readFile(err).find("has no OpenGL (GLX)"), std::string::npos) << readFile(err);
    EXPECT_EQ(lineCount(readFile(err)), 1) << readFile(err);
}

// --- Honest outcomes: every signal ends the session as stopped, with its own status ----------

TEST_F(NothingLost, SignalsEndAHeadlessRunAsStoppedWithTheShellsStatus) {
    for (const auto& [sig, expected] : {std::pair{SIGINT, 130}, {SIGTERM, 143}, {SIGHUP, 129}}) {
        TempDir scratch;
        const auto trace = scratch / "trace.jsonl";
        const pid_t pid = startProgram(scratch.path(),
                                       {"run", "nerve-floss", "--headless", "--quiet", "--lead-in",
                                        "0", "--hold", "0.5", "--trace", trace.string()});
        ASSERT_GT(pid, 0);
        const bool started = waitForText(trace, "\"rep_done\"");
        ::kill(pid, sig);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ASSERT_TRUE(started) << sig;
        ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
        EXPECT_EQ(WEXITSTATUS(status), expected) << sig;
        EXPECT_NE(readFile(trace).find("\"event\":\"session_end\",\"reason\":\"stopped\""),
                  std::string::npos)
            << sig << readFile(trace);
        HistoryStore store(historyIn(scratch.path()), HistoryAccess::ReadOnly);
        ASSERT_EQ(store.sessions().size(), 1u);
        EXPECT_EQ(store.sessions()[0].outcome, SessionOutcome::Stopped) << sig;
    }
}

TEST_F(NothingLost, AClosedPipeOnStdoutDoesNotKillTheSession) {
    harnessSettingsUnlessSet(home.path()); // tones only: no spoken set-up in the lead-in
    const std::string cmd =
        "\"$NF\" run nerve-floss --headless --reps 2 --hold 0.5 --sets 1 --lead-in 0 "
        "--quiet --trace \"" +
        (home / "t.jsonl").string() + "\" | true";
    EXPECT_EQ(shell(home.path(), "set -e; " + cmd), 0);
    EXPECT_NE(readFile(home / "t.jsonl").find("\"reason\":\"completed\""), std::string::npos)
        << readFile(home / "t.jsonl");
}
