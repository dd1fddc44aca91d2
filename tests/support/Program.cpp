#include "support/Program.hpp"

#include "support/TempDir.hpp"

#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace nf::test {

std::filesystem::path settingsIn(const std::filesystem::path& home) {
    return home / "config" / "nervefloss" / "settings.toml";
}

std::string harnessSettings() {
    std::string text = readFile(NERVEFLOSS_HARNESS_SETTINGS);
    if (text.empty())
        throw std::runtime_error(std::string("cannot read ") + NERVEFLOSS_HARNESS_SETTINGS);
    return text;
}

void writeHarnessSettings(const std::filesystem::path& home) {
    writeFile(settingsIn(home), harnessSettings());
}

void harnessSettingsUnlessSet(const std::filesystem::path& home) {
    if (!std::filesystem::exists(settingsIn(home)))
        writeHarnessSettings(home);
}

namespace {

// In the child: the scratch home's environment, then `env`'s changes.
void setEnvironment(const std::filesystem::path& home,
                    const std::map<std::string, std::string>& env) {
    ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    ::setenv("NERVEFLOSS_ASSETS", NERVEFLOSS_SOURCE_ASSETS, 1);
    ::setenv("ALSOFT_DRIVERS", "null", 1);
    ::setenv("NF", NERVEFLOSS_BINARY, 1);
    for (const auto& [name, value] : env) {
        if (value.empty())
            ::unsetenv(name.c_str());
        else
            ::setenv(name.c_str(), value.c_str(), 1);
    }
}

[[noreturn]] void execArgs(const char* program, const std::vector<std::string>& args) {
    std::vector<char*> argv{const_cast<char*>(program)};
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(program, argv.data());
    ::_exit(127);
}

// Forks `program args`, stdin from /dev/null, stdout and stderr into files under `home`, and
// waits for it.
RunResult runWaiting(const std::filesystem::path& home, const char* program,
                     const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& env) {
    const auto outFile = home / "stdout.txt", errFile = home / "stderr.txt";
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        setEnvironment(home, env);
        execArgs(program, args);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readFile(outFile);
    r.err = readFile(errFile);
    return r;
}

} // namespace

RunResult runProgram(const std::filesystem::path& home, const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& env) {
    harnessSettingsUnlessSet(home);
    return runWaiting(home, NERVEFLOSS_BINARY, args, env);
}

RunResult runShell(const std::filesystem::path& home, const std::string& command,
                   const std::map<std::string, std::string>& env) {
    return runWaiting(home, "/bin/sh", {"-c", command}, env);
}

pid_t startProgram(const std::filesystem::path& home, const std::vector<std::string>& args) {
    harnessSettingsUnlessSet(home);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        for (int fd = 0; fd <= 2; ++fd)
            ::dup2(null, fd);
        setEnvironment(home, {});
        execArgs(NERVEFLOSS_BINARY, args);
    }
    return pid;
}

namespace {

constexpr const char* kFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

// Under AddressSanitizer (scripts/sanitize.sh) the preloaded libfaketime comes before the ASan
// runtime, which ASan refuses by default; the order does not matter for what these tests check.
std::string asanOptions() {
    const char* given = std::getenv("ASAN_OPTIONS");
    return std::string(given ? given : "") + (given && *given ? ":" : "") +
           "verify_asan_link_order=0";
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
    if (const char* tz = std::getenv("TZ"))
        m_previous = tz;
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

} // namespace nf::test
