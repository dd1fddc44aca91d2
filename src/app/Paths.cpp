#include "app/Paths.hpp"

#include <cstdlib>
#include <pwd.h>
#include <stdexcept>
#include <unistd.h>

namespace nf {
namespace {

std::filesystem::path xdgBase(const char* var, const char* fallback) {
    if (const char* v = std::getenv(var); v && *v && std::filesystem::path(v).is_absolute())
        return v;
    return Paths::homeDir() / fallback;
}

std::filesystem::path xdg(const char* var, const char* fallback) {
    return xdgBase(var, fallback) / "nervefloss";
}

} // namespace

std::filesystem::path Paths::homeDir() {
    if (const char* home = std::getenv("HOME");
        home && *home && std::filesystem::path(home).is_absolute())
        return home;
    // HOME unset (a service, `env -i`): the password database knows the user's home. Never the
    // current folder: the history would be scattered wherever the program was started.
    if (const passwd* pw = ::getpwuid(::getuid());
        pw && pw->pw_dir && *pw->pw_dir && std::filesystem::path(pw->pw_dir).is_absolute())
        return pw->pw_dir;
    throw std::runtime_error("HOME is not set and the user has no home folder in the password "
                             "database; set HOME or XDG_CONFIG_HOME and XDG_DATA_HOME");
}

std::filesystem::path Paths::configDir() {
    return xdg("XDG_CONFIG_HOME", ".config");
}
std::filesystem::path Paths::systemdUserDir() {
    return xdgBase("XDG_CONFIG_HOME", ".config") / "systemd" / "user";
}
std::filesystem::path Paths::dataDir() {
    return xdg("XDG_DATA_HOME", ".local/share");
}

} // namespace nf
