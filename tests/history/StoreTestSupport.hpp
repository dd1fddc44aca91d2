#pragma once

#include "app/history/HistoryStore.hpp"
#include "core/History.hpp"
#include "support/Program.hpp"
#include "support/TempDir.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nf::test {

// What the history's tests share beyond tests/support: hand-built history rows and the history's
// place in a scratch home.

// The day the history's tests record on, unless a test needs another.
inline constexpr Date kDay{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{21}};

// Whether `text` holds `part` anywhere.
inline bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The start of a flossing session as the tests record it: 3 sets of 25 reps, right leg.
SessionStartInfo flossStart(LocalTime start, std::optional<int> painBefore = std::nullopt);

// Where the program keeps its history under `home`.
std::filesystem::path historyIn(const std::filesystem::path& home);

// Runs the program as if the local time were `when` ("2026-11-21 09:00:00"), in UTC, with
// Debian's libfaketime preloaded.
RunResult at(const TempDir& home, const std::string& when, const std::vector<std::string>& args);

// Records a completed session of `routine` on `day` at `hour` in the history under `home`
// (25 reps x 3 sets planned, every set done in full), with the pain ratings given.
void addSession(const TempDir& home, const std::string& routine, Date day, int hour,
                std::optional<int> before = std::nullopt, std::optional<int> after = std::nullopt);

} // namespace nf::test
