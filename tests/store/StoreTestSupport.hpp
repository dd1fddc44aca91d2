#pragma once

#include <filesystem>
#include <map>
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

// Where the program keeps its history under `home`.
std::filesystem::path historyIn(const std::filesystem::path& home);

} // namespace nf::test
