#pragma once

// Internal to the core: typed reads from a toml++ table that fail with the node's position.
// Shared by RoutineFile.cpp and Settings.cpp; not part of the core's public interface.

#include "core/ParseError.hpp"
#include "core/Plan.hpp"

#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nf::detail {

// Thrown inside the readers only, and turned into a ParseError value before leaving the core.
struct TomlFail {
    int line = 0;
    int column = 0;
    std::string message;
};

[[noreturn]] void fail(const toml::node& at, std::string message);
[[noreturn]] void fail(const toml::table& at, std::string message);

// Rejects keys not in `known`, so a typo ("repz = 20") is reported instead of ignored.
void rejectUnknownKeys(const toml::table& table, std::initializer_list<std::string_view> known,
                       std::string_view where);

std::optional<std::string> readString(const toml::table& t, std::string_view key);
std::string requireString(const toml::table& t, std::string_view key, std::string_view where);
std::optional<long long> readInt(const toml::table& t, std::string_view key);
std::optional<double> readNumber(const toml::table& t, std::string_view key);
std::optional<bool> readBool(const toml::table& t, std::string_view key);
std::vector<std::string> readStrings(const toml::table& t, std::string_view key);
// A list of times of day ["08:00", "18:30"], in order through the day, each once; empty when
// the key is missing.
std::vector<TimeOfDay> readTimesOfDay(const toml::table& t, std::string_view key);

// Runs `check` (one of the Dose.hpp checks) on a value read from `key` and fails at its node.
void checkAt(const toml::table& t, std::string_view key, const std::optional<std::string>& problem);

// Text -> table, with empty and binary text and syntax errors reported as ParseError.
Parsed<toml::table> parseToml(std::string_view text, std::string_view source);

} // namespace nf::detail
