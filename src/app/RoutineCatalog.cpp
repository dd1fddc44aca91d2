#include "app/RoutineCatalog.hpp"

#include "app/Files.hpp"
#include "core/RoutineFile.hpp"

#include <algorithm>
#include <stdexcept>
#include <system_error>

namespace nf {
namespace {

// Built-ins in the order the home screen and `list` show them.
const std::vector<std::string> kBuiltinOrder = {"nerve-floss", "glute-stretch", "knee-rolls",
                                                "strengthening"};

std::vector<std::filesystem::path> tomlFiles(const std::filesystem::path& dir,
                                             std::vector<ParseError>& problems) {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec))
        return out;
    std::filesystem::directory_iterator it(dir, ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".toml")
            out.push_back(it->path());
    // An unreadable folder is one problem, said once; the built-ins still work.
    if (ec)
        problems.push_back(
            ParseError{dir.string(), 0, 0, "cannot read the folder (" + ec.message() + ")"});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

Parsed<Routine> loadRoutineFile(const std::filesystem::path& path) {
    auto text = readUserFile(path);
    if (auto* err = std::get_if<ParseError>(&text))
        return *err;
    return parseRoutine(std::get<std::string>(text), path.string(), path.stem().string());
}

RoutineCatalog RoutineCatalog::load(const std::filesystem::path& builtinDir,
                                    const std::filesystem::path& userDir) {
    RoutineCatalog c;
    auto add = [&c](const std::filesystem::path& file) {
        auto parsed = loadRoutineFile(file);
        if (auto* err = std::get_if<ParseError>(&parsed)) {
            c.m_problems.push_back(*err);
            return;
        }
        Routine r = std::get<Routine>(std::move(parsed));
        auto same = std::find_if(c.m_routines.begin(), c.m_routines.end(),
                                 [&](const Routine& x) { return x.id == r.id; });
        if (same != c.m_routines.end())
            *same = std::move(r);
        else
            c.m_routines.push_back(std::move(r));
    };
    for (const auto& f : tomlFiles(builtinDir, c.m_problems))
        add(f);
    std::stable_sort(c.m_routines.begin(), c.m_routines.end(),
                     [](const Routine& a, const Routine& b) {
                         auto rank = [](const std::string& id) {
                             auto it = std::find(kBuiltinOrder.begin(), kBuiltinOrder.end(), id);
                             return it - kBuiltinOrder.begin();
                         };
                         return rank(a.id) < rank(b.id);
                     });
    for (const auto& f : tomlFiles(userDir, c.m_problems))
        add(f);
    return c;
}

const Routine* RoutineCatalog::find(const std::string& id) const {
    auto it = std::find_if(m_routines.begin(), m_routines.end(),
                           [&](const Routine& r) { return r.id == id; });
    return it == m_routines.end() ? nullptr : &*it;
}

const ParseError* RoutineCatalog::problemFor(const std::string& id) const {
    for (const ParseError& p : m_problems)
        if (std::filesystem::path(p.source).extension() == ".toml" &&
            std::filesystem::path(p.source).stem() == id)
            return &p;
    return nullptr;
}

std::vector<std::string> RoutineCatalog::ids() const {
    std::vector<std::string> out;
    for (const auto& r : m_routines)
        out.push_back(r.id);
    return out;
}

} // namespace nf
