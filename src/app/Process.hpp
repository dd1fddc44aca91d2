#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nf {

// Runs a program found on PATH with `args` (args[0] is its name), its output kept off ours, and
// waits for it. Returns its exit status, 127 when it cannot be started, 128 + N for signal N.
int runQuietly(const std::vector<std::string>& args);

// This program's own file (/proc/self/exe), for units and actions that run it again.
std::filesystem::path ownProgram();

// Replaces this process with this program run with `args` (without argv[0]); returns only
// when that fails, with the errno text.
std::string execOwnProgram(const std::vector<std::string>& args);

} // namespace nf
