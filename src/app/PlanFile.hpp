#pragma once

#include "app/RoutineCatalog.hpp"
#include "core/Plan.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace nf {

// The plan in force: the user's plan.toml ($XDG_CONFIG_HOME/nervefloss/plan.toml) when there is
// one, else the built-in default. A plan file that does not parse is an error (ParseError with
// its path, line and column), not a silent fall back to the default: it is the clinician's.
struct LoadedPlan {
    Plan plan;
    std::optional<std::filesystem::path> file; // empty: the built-in plan
};
Parsed<LoadedPlan> loadPlan(const RoutineCatalog& catalog);
// Reads and checks a plan file against the catalog's routines.
Parsed<Plan> readPlanFile(const std::filesystem::path& path, const RoutineCatalog& catalog);

// Routine id -> the name shown, for every routine of the catalog.
std::map<std::string, std::string> routineNames(const RoutineCatalog& catalog);

} // namespace nf
