#pragma once

#include <filesystem>
#include <string>

namespace nf::test {

// A fresh folder under the system's temporary folder, removed with everything in it at the end
// of a test.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

  private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& file);
// Writes `bytes` to `file`, creating its folders.
void writeFile(const std::filesystem::path& file, const std::string& bytes);

} // namespace nf::test
