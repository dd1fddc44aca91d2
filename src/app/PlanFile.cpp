#include "app/PlanFile.hpp"

#include "app/Files.hpp"
#include "app/Paths.hpp"

namespace nf {

Parsed<Plan> readPlanFile(const std::filesystem::path& path, const RoutineCatalog& catalog) {
    std::string text;
    try {
        text = readTextFile(path);
    } catch (const std::runtime_error& e) {
        std::string why = e.what();
        const std::string prefix = path.string() + ": ";
        if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
        return ParseError{path.string(), 0, 0, why};
    }
    return parsePlan(text, path.string(), catalog.ids());
}

Parsed<LoadedPlan> loadPlan(const RoutineCatalog& catalog) {
    const std::filesystem::path file = Paths::planFile();
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return LoadedPlan{defaultPlan(), std::nullopt};
    auto parsed = readPlanFile(file, catalog);
    if (auto* err = std::get_if<ParseError>(&parsed)) return *err;
    return LoadedPlan{std::get<Plan>(std::move(parsed)), file};
}

std::map<std::string, std::string> routineNames(const RoutineCatalog& catalog) {
    std::map<std::string, std::string> names;
    for (const Routine& r : catalog.routines()) names[r.id] = r.name;
    return names;
}

} // namespace nf
