#pragma once

#include "core/ParseError.hpp"
#include "core/Routine.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nf {

// The routines a user can run: the built-in ones from the assets folder, then the user's own from
// $XDG_CONFIG_HOME/nervefloss/routines (a user file with a built-in's id replaces it). A broken
// user file does not hide the others: it is listed in problems().
class RoutineCatalog {
  public:
    static RoutineCatalog load(const std::filesystem::path& builtinDir,
                               const std::filesystem::path& userDir);

    const std::vector<Routine>& routines() const { return m_routines; }
    const Routine* find(const std::string& id) const;
    std::vector<std::string> ids() const;
    const std::vector<ParseError>& problems() const { return m_problems; }
    // The problem of a user file that would have given routine `id` (its file's stem), if any:
    // a broken file meant to override a built-in must not let the built-in run unnoticed.
    const ParseError* problemFor(const std::string& id) const;

  private:
    std::vector<Routine> m_routines; // nerve-floss first, then built-ins, then the user's
    std::vector<ParseError> m_problems;
};

// Reads and parses one routine file; the id is the file's stem.
Parsed<Routine> loadRoutineFile(const std::filesystem::path& path);

} // namespace nf
