#include "app/Paths.hpp"

#include <cstdlib>

namespace nf {
namespace {

std::filesystem::path xdg(const char* var, const char* fallback) {
    if (const char* v = std::getenv(var); v && *v && std::filesystem::path(v).is_absolute())
        return std::filesystem::path(v) / "nervefloss";
    const char* home = std::getenv("HOME");
    std::filesystem::path base = home && *home ? home : ".";
    return base / fallback / "nervefloss";
}

} // namespace

std::filesystem::path Paths::configDir() { return xdg("XDG_CONFIG_HOME", ".config"); }
std::filesystem::path Paths::dataDir() { return xdg("XDG_DATA_HOME", ".local/share"); }

} // namespace nf
