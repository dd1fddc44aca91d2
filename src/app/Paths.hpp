#pragma once

#include <filesystem>

namespace nf {

// Where the user's files live, following the XDG base directory rules:
// $XDG_CONFIG_HOME/nervefloss (default ~/.config/nervefloss) for settings and routines,
// $XDG_DATA_HOME/nervefloss (default ~/.local/share/nervefloss) for history.
struct Paths {
    // $HOME, or the password database's home when HOME is unset; throws when neither is known.
    static std::filesystem::path homeDir();
    static std::filesystem::path configDir();
    static std::filesystem::path dataDir();
    static std::filesystem::path settingsFile() { return configDir() / "settings.toml"; }
    static std::filesystem::path planFile() { return configDir() / "plan.toml"; }
    static std::filesystem::path userRoutinesDir() { return configDir() / "routines"; }
    static std::filesystem::path historyFile() { return dataDir() / "history.sqlite3"; }
    // Where systemd looks for the user's own units: $XDG_CONFIG_HOME/systemd/user.
    static std::filesystem::path systemdUserDir();
};

} // namespace nf
