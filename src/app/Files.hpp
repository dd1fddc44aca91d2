#pragma once

#include "core/ParseError.hpp"

#include <filesystem>
#include <string>

namespace nf {

// Whole-file reads and safe writes. Errors are exceptions (std::runtime_error) whose message is
// one line naming the file and the reason; main() and the screens catch them.
std::string readTextFile(const std::filesystem::path& path);
// A user file's text, or why it cannot be read as a ParseError at line 0 naming the file, so a
// file that cannot be read is reported like one that does not parse.
Parsed<std::string> readUserFile(const std::filesystem::path& path);
// Writes to a temporary file beside `path`, flushes, then renames over it, so a crash never
// leaves a half-written settings file. Creates missing parent folders.
void writeFileAtomically(const std::filesystem::path& path, const std::string& contents);

} // namespace nf
