#pragma once

#include "app/history/HistoryStore.hpp"
#include "core/History.hpp"

#include <filesystem>
#include <optional>
#include <map>
#include <optional>
#include <sys/types.h>
#include <string>
#include <vector>

namespace nf::test {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, const std::string& bytes);

struct RunResult {
    int exitCode = -1; // or 128 + the signal
    std::string out;
    std::string err;
};

// Runs the nervefloss program built beside the tests with `args`, stdin from /dev/null and
// XDG_DATA_HOME / XDG_CONFIG_HOME in `home`; `env` adds or (with an empty value) removes
// variables. Waits for it to end.
// Writes settings with tones only when the test wrote none.
void tonesOnlyUnlessSet(const std::filesystem::path& home);
RunResult runProgram(const std::filesystem::path& home, const std::vector<std::string>& args,
                     const std::map<std::string, std::string>& env = {});

// Starts the program like runProgram, with every standard stream on /dev/null, and returns at
// once with its process id; the caller signals and waits for it.
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

// The start of a flossing session as the tests record it: 3 sets of 25 reps, right leg.
SessionStartInfo flossStart(LocalTime start, std::optional<int> painBefore = std::nullopt);

// Where the program keeps its history under `home`.
std::filesystem::path historyIn(const std::filesystem::path& home);

// Runs the program as if the local time were `when` ("2026-11-21 09:00:00"), in UTC, with
// Debian's libfaketime preloaded.
RunResult at(const TempDir& home, const std::string& when, const std::vector<std::string>& args);

// Records a completed session of `routine` on `day` at `hour` in the history under `home`
// (25 reps x 3 sets planned, none recorded as done).
void addSession(const TempDir& home, const std::string& routine, Date day, int hour,
                std::optional<int> before = std::nullopt, std::optional<int> after = std::nullopt);

} // namespace nf::test
