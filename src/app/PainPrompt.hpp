#pragma once

#include <cstdio>
#include <optional>

namespace nf {

// True when stdin is a terminal: only then does a terminal run ask for pain ratings, so scripts
// and pipes are never held up.
bool stdinIsTerminal();

// Asks "Calf pain <when> the session, 0-10 (Enter skips): " on `out` and reads one line from
// `in`. Enter, end of input or three unusable answers skip (nothing). It does not check whether
// `in` is a terminal; the caller does.
std::optional<int> askPain(std::FILE* in, std::FILE* out, const char* when);

// Asks "<question> [y/n] " and reads one line: y or yes, n or no. Nothing after end of input or
// three unusable answers.
std::optional<bool> askYesNoLine(std::FILE* in, std::FILE* out, const char* question);

} // namespace nf
