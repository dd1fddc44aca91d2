#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace nf::test {

// The ways the tests run the real program, as a user would, in a scratch home: its config and
// data folders are `home`/config and `home`/data, the assets are the source tree's, OpenAL gets
// its silent null device; DISPLAY is the test's own (an `env` entry {"DISPLAY", ""} removes it).

// The settings every harness starts from (tests/support/harness-settings.toml, shared with the
// Python and shell tests): tones only, the safety notice read, the right leg.
std::string harnessSettings();
void writeHarnessSettings(const std::filesystem::path& home);
// Unless the test wrote its own.
void harnessSettingsUnlessSet(const std::filesystem::path& home);
std::filesystem::path settingsIn(const std::filesystem::path& home);

struct RunResult {
    int exitCode = -1; // or 128 + the signal
    std::string out;
    std::string err;
};

// Runs the program with `args` (with the harness settings unless set), stdin from /dev/null;
// `env` adds or (with an empty value) removes variables. Waits for it to end.
RunResult runProgram(const std::filesystem::path& home, const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& env = {});

// Runs `command` with sh -c, the program's path in $NF, stdin from /dev/null unless the command
// redirects it, for the tests that need a shell's redirections and pipes. Output goes to
// RunResult unless the command redirects it. Writes no settings: a test that needs the harness
// settings calls harnessSettingsUnlessSet first (some check what exists before any is written).
RunResult runShell(const std::filesystem::path& home, const std::string& command,
                   const std::map<std::string, std::string>& env = {});

// Starts the program like runProgram (harness settings unless set), with every standard stream on
// /dev/null, and returns at once with its process id; the caller signals and waits for it.
pid_t startProgram(const std::filesystem::path& home, const std::vector<std::string>& args);

// Runs the program as if the local time were `when` ("2026-11-21 09:00:00") in the time zone
// `zone` (a TZ value such as "UTC0" or "EET-2"), with Debian's libfaketime preloaded.
RunResult runAt(const std::filesystem::path& home, const std::string& when, const std::string& zone,
                const std::vector<std::string>& args);

// Sets this process's time zone (TZ) for its lifetime, and puts the old one back after.
class TimeZoneForTest {
  public:
    explicit TimeZoneForTest(const std::string& zone);
    ~TimeZoneForTest();
    TimeZoneForTest(const TimeZoneForTest&) = delete;
    TimeZoneForTest& operator=(const TimeZoneForTest&) = delete;

  private:
    std::optional<std::string> m_previous;
};

} // namespace nf::test
