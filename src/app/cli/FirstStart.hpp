#pragma once

#include "app/AppContext.hpp"

#include <optional>

namespace nf::cli {

// What the terminal shows and asks the first time, as the window does: the safety notice, with
// its acknowledgement kept in the same setting, and which leg is affected.

void printSafety();
// Until the notice is acknowledged, prints it before a terminal session; someone at a terminal
// acknowledges it with Enter, and that is saved. A script (no terminal) sees it every time.
void safetyAtFirstStart(AppContext& context);
// When no leg was ever given and someone is at the terminal, asks which leg is affected and
// saves the answer; returns it. Nothing otherwise (the caller keeps its default).
std::optional<SideChoice> askAffectedLegOnce(AppContext& context);

} // namespace nf::cli
