#pragma once

#include "core/Settings.hpp"

#include <filesystem>

namespace nf {

// Reads and writes settings.toml. A missing file is the defaults. A malformed one is never
// overwritten: load() throws with "path:line:column: problem" so the user can fix it.
class SettingsStore {
  public:
    explicit SettingsStore(std::filesystem::path file) : m_file(std::move(file)) {}

    Settings load() const;
    void save(const Settings& settings) const;
    const std::filesystem::path& file() const { return m_file; }

  private:
    std::filesystem::path m_file;
};

} // namespace nf
