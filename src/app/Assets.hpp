#pragma once

#include <filesystem>
#include <string>

namespace nf {

// The asset folder (fonts, built-in routines), resolved once at start-up and never relative to
// the working directory. Looks in order: $NERVEFLOSS_ASSETS; <exe>/../share/nervefloss (an
// installed program, wherever it was installed); the source tree's assets/ (the build tree).
class Assets {
  public:
    // Throws std::runtime_error naming the places searched when none holds the assets.
    static const Assets& get();

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path routinesDir() const { return m_root / "routines"; }
    std::filesystem::path font(const std::string& file) const { return m_root / "fonts" / file; }
    // Throws std::runtime_error naming the file when it is missing.
    std::filesystem::path require(const std::filesystem::path& relative) const;

  private:
    explicit Assets(std::filesystem::path root) : m_root(std::move(root)) {}
    std::filesystem::path m_root;
};

} // namespace nf
