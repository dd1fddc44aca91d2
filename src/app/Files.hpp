#pragma once

#include <filesystem>
#include <string>

namespace nf {

// Whole-file reads and safe writes. Errors are exceptions (std::runtime_error) whose message is
// one line naming the file and the reason; main() and the screens catch them.
std::string readTextFile(const std::filesystem::path& path);
// Writes to a temporary file beside `path`, flushes, then renames over it, so a crash never
// leaves a half-written settings file. Creates missing parent folders.
void writeFileAtomically(const std::filesystem::path& path, const std::string& contents);

} // namespace nf
