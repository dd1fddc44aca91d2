#include "app/PlanFile.hpp"

#include "app/Files.hpp"
#include "app/Paths.hpp"

namespace nf {

Parsed<Plan> readPlanFile(const std::filesystem::path& path, const RoutineCatalog& catalog) {
    auto text = readUserFile(path);
    if (auto* err = std::get_if<ParseError>(&text))
        return *err;
    return parsePlan(std::get<std::string>(text), path.string(), catalog.ids());
}

Parsed<LoadedPlan> loadPlan(const RoutineCatalog& catalog) {
    const std::filesystem::path file = Paths::planFile();
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return LoadedPlan{defaultPlan(), std::nullopt};
    auto parsed = readPlanFile(file, catalog);
    if (auto* err = std::get_if<ParseError>(&parsed))
        return *err;
    return LoadedPlan{std::get<Plan>(std::move(parsed)), file};
}

std::map<std::string, std::string> routineNames(const RoutineCatalog& catalog) {
    std::map<std::string, std::string> names;
    for (const Routine& r : catalog.routines())
        names[r.id] = r.name;
    return names;
}

} // namespace nf
