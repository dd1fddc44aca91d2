#pragma once

#include "core/ParseError.hpp"
#include "core/Routine.hpp"

#include <string>
#include <string_view>

namespace nf {

// Routine file text (TOML, see docs/routine-format.md) -> a Routine, or the first problem with
// its line and column. Reads no file: the shell hands it the text and the name to report.
// `id` is the routine's id (the file stem); an `id` key in the file is not used.
Parsed<Routine> parseRoutine(std::string_view text, std::string_view source, std::string id);

// Checks that hold whatever the file format: at least one exercise, each with phases, and
// every number within Limits. Returns a message or nothing.
std::optional<std::string> validateRoutine(const Routine& routine);

} // namespace nf
