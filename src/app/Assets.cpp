#include "app/Assets.hpp"

#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace nf {
namespace {

std::filesystem::path executableDir() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path{} : exe.parent_path();
}

bool holdsAssets(const std::filesystem::path& dir) {
    std::error_code ec;
    return !dir.empty() && std::filesystem::is_directory(dir / "routines", ec) &&
           std::filesystem::is_directory(dir / "fonts", ec);
}

} // namespace

const Assets& Assets::get() {
    static const Assets assets = [] {
        std::vector<std::filesystem::path> candidates;
        if (const char* env = std::getenv("NERVEFLOSS_ASSETS"); env && *env)
            candidates.emplace_back(env);
        if (auto dir = executableDir(); !dir.empty())
            candidates.push_back(dir.parent_path() / NERVEFLOSS_INSTALL_DATADIR / "nervefloss");
        candidates.emplace_back(NERVEFLOSS_SOURCE_ASSETS);
        for (const auto& c : candidates)
            if (holdsAssets(c))
                return Assets(c);
        std::string tried;
        for (const auto& c : candidates)
            tried += (tried.empty() ? "" : ", ") + c.string();
        throw std::runtime_error("cannot find the nervefloss assets folder (looked in: " + tried +
                                 "); set NERVEFLOSS_ASSETS to it");
    }();
    return assets;
}

std::filesystem::path Assets::require(const std::filesystem::path& relative) const {
    auto p = m_root / relative;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(p, ec))
        throw std::runtime_error(p.string() + ": asset missing");
    return p;
}

} // namespace nf
