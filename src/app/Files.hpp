#pragma once

#include "core/ParseError.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace nf {

// The one way the program reads its text files (settings, routines, `check FILE`): regular
// files only, at most this many bytes, so a FIFO, a device or /dev/zero can neither hang a
// command nor exhaust memory. Errors are exceptions (std::runtime_error) whose message is one
// line naming the file and the reason; main() and the screens catch them.
inline constexpr std::size_t kMaxTextFileBytes = std::size_t{1024} * 1024;
std::string readTextFile(const std::filesystem::path& path);
// A user file's text, or why it cannot be read as a ParseError at line 0 naming the file, so a
// file that cannot be read is reported like one that does not parse.
Parsed<std::string> readUserFile(const std::filesystem::path& path);

// What is being written: an export the user named (a trace, a CSV, a picture, a track), which
// must never be one of the program's own files, or one of those files itself (the settings).
enum class OutputKind { Export, OwnFile };

// Refuses (std::runtime_error, one line) an output target that must not be written: a name
// that exists and is not a regular file (a device, a FIFO, a folder), and for an export one of
// the program's own files (same device and inode as the settings, the history or its
// journals, a user routine). A new name is fine.
void checkOutputTarget(const std::filesystem::path& target, OutputKind kind = OutputKind::Export);

// The one way the program writes a whole file. It writes a temporary file in the target's
// folder, checks every write, the fsync and the close, then renames it over the target; on any
// failure the temporary is removed and the old file is kept as it was. A symlinked target is
// written through (the link stays), and an existing file's mode is kept. Libraries that write
// by name (SFML's encoders) write to tempPath(); the caller then checks their work and commits.
class OutputFile {
  public:
    // The write call, replaceable so tests can inject a full disk.
    using WriteFn = ssize_t (*)(int fd, const void* data, std::size_t size);

    // Checks the target (checkOutputTarget), creates the temporary and, for our own files only,
    // missing parent folders.
    explicit OutputFile(const std::filesystem::path& target, OutputKind kind = OutputKind::Export,
                        WriteFn writeFn = nullptr);
    ~OutputFile(); // removes the temporary unless committed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    const std::filesystem::path& target() const { return m_target; }
    // The temporary's name; it ends with the target's extension, for libraries that pick a
    // format by extension.
    const std::filesystem::path& tempPath() const { return m_temp; }

    void write(std::string_view data);
    // fsync, close, rename over the target. Throws on failure (the temporary is removed).
    void commit();

  private:
    [[noreturn]] void fail(const std::string& what, int err);

    std::filesystem::path m_target; // symlinks resolved: the file that is replaced
    std::filesystem::path m_temp;
    WriteFn m_write;
    int m_fd = -1;
    bool m_committed = false;
};

// Writes `contents` with an OutputFile.
void writeFileAtomically(const std::filesystem::path& path, const std::string& contents,
                         OutputKind kind = OutputKind::Export,
                         OutputFile::WriteFn writeFn = nullptr);

// Makes sure file descriptors 0, 1 and 2 are open (on /dev/null when they were closed), so a
// file the program opens later never becomes its stdout or stderr by accident.
void ensureStandardStreams();

} // namespace nf
