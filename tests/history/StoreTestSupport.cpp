#include "StoreTestSupport.hpp"

#include "app/history/HistoryStore.hpp"

#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace nf::test {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "nf-store-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << bytes;
}

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

void tonesOnlyUnlessSet(const std::filesystem::path& home) {
    // With the voice on, a lead-in lasts as long as its spoken set-up (about half a minute)
    // before its countdown, and an unread safety notice is printed before every run; these
    // runs time short lead-ins and read the output.
    const auto settings = home / "config" / "nervefloss" / "settings.toml";
    if (std::filesystem::exists(settings)) return;
    std::filesystem::create_directories(settings.parent_path());
    std::ofstream(settings) << "[audio]\nmode = \"tones\"\n[app]\nsafety_acknowledged = true\n";
}

namespace {

void execProgram(const std::filesystem::path& home, const std::vector<std::string>& args,
                 const std::map<std::string, std::string>& env) {
    ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    ::setenv("NERVEFLOSS_ASSETS", NERVEFLOSS_SOURCE_ASSETS, 1);
    ::setenv("ALSOFT_DRIVERS", "null", 1);
    for (const auto& [name, value] : env) {
        if (value.empty())
            ::unsetenv(name.c_str());
        else
            ::setenv(name.c_str(), value.c_str(), 1);
    }
    std::vector<char*> argv{const_cast<char*>(NERVEFLOSS_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(NERVEFLOSS_BINARY, argv.data());
    ::_exit(127);
}

} // namespace

pid_t startProgram(const std::filesystem::path& home, const std::vector<std::string>& args) {
    tonesOnlyUnlessSet(home);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        for (int fd = 0; fd <= 2; ++fd) ::dup2(null, fd);
        execProgram(home, args, {});
    }
    return pid;
}

RunResult runProgram(const std::filesystem::path& home, const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& env) {
    const auto outFile = home / "stdout.txt", errFile = home / "stderr.txt";
    tonesOnlyUnlessSet(home);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        execProgram(home, args, env);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readFile(outFile);
    r.err = readFile(errFile);
    return r;
}

namespace {

constexpr const char* kFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

// Under AddressSanitizer (scripts/sanitize.sh) the preloaded libfaketime comes before the ASan
// runtime, which ASan refuses by default; the order does not matter for what these tests check.
std::string asanOptions() {
    const char* given = std::getenv("ASAN_OPTIONS");
    return std::string(given ? given : "") + (given && *given ? ":" : "") + "verify_asan_link_order=0";
}

} // namespace

RunResult runAt(const std::filesystem::path& home, const std::string& when, const std::string& zone,
                const std::vector<std::string>& args) {
    return runProgram(home, args,
                      {{"LD_PRELOAD", kFaketime},
                       {"ASAN_OPTIONS", asanOptions()},
                       {"FAKETIME", "@" + when},
                       {"FAKETIME_DONT_FAKE_MONOTONIC", "1"},
                       {"TZ", zone}});
}

TimeZoneForTest::TimeZoneForTest(const std::string& zone) {
    if (const char* tz = std::getenv("TZ")) m_previous = tz;
    ::setenv("TZ", zone.c_str(), 1);
    ::tzset();
}

TimeZoneForTest::~TimeZoneForTest() {
    if (m_previous)
        ::setenv("TZ", m_previous->c_str(), 1);
    else
        ::unsetenv("TZ");
    ::tzset();
}

RunResult at(const TempDir& home, const std::string& when, const std::vector<std::string>& args) {
    return runAt(home.path(), when, "UTC0", args);
}

void addSession(const TempDir& home, const std::string& routine, Date day, int hour, std::optional<int> before,
                std::optional<int> after) {
    const TimeZoneForTest utc("UTC0"); // the zone the program runs in
    HistoryStore store(historyIn(home.path()));
    SessionStartInfo s;
    s.start = {day, hour, 0, 0};
    s.routineId = routine;
    s.routineName = routine == "nerve-floss" ? "Nerve flossing" : routine == "strengthening" ? "Strengthening" : routine;
    s.side = "right";
    s.repsPerSet = 25;
    s.setsPlanned = 3;
    s.holdSeconds = 3;
    s.restSeconds = 30;
    s.painBefore = before;
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
    if (after) store.setPainAfter(id, *after);
    store.endSession(id, {day, hour, 20, 0}, SessionOutcome::Completed);
}

} // namespace nf::test
