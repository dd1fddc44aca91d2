#include "app/Files.hpp"

#include "app/Paths.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace nf {
namespace {

std::string reason(int err) {
    return std::strerror(err);
}

// The files a careless output path must never replace, with what to call them.
std::vector<std::pair<std::filesystem::path, std::string>> ownFiles() {
    const std::filesystem::path history = Paths::historyFile();
    std::vector<std::pair<std::filesystem::path, std::string>> out = {
        {Paths::settingsFile(), "the settings file"},
        {history, "the history"},
    };
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        out.emplace_back(history.string() + suffix, "the history's journal");
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(Paths::userRoutinesDir(), ec))
        out.emplace_back(e.path(), "a routine file");
    return out;
}

ssize_t systemWrite(int fd, const void* data, std::size_t size) {
    return ::write(fd, data, size);
}

ssize_t writeAll(OutputFile::WriteFn writeFn, int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = writeFn(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC; // a write that makes no progress: treat as a full disk
            return -1;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

} // namespace

std::string readTextFile(const std::filesystem::path& path) {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; it is refused just below.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error(path.string() + ": cannot open (" + reason(errno) + ")");
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        throw std::runtime_error(path.string() + ": cannot read (" + reason(errno) + ")");
    if (S_ISDIR(st.st_mode))
        throw std::runtime_error(path.string() + ": is a folder, not a file");
    if (!S_ISREG(st.st_mode))
        throw std::runtime_error(path.string() +
                                 ": is not a regular file (a device, pipe or socket)");
    if (static_cast<std::uintmax_t>(st.st_size) > kMaxTextFileBytes)
        throw std::runtime_error(path.string() + ": too large (" + std::to_string(st.st_size) +
                                 " bytes; at most " + std::to_string(kMaxTextFileBytes) + ")");
    // The size can change while we read: read at most one byte more than the cap to know.
    std::string text;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw std::runtime_error(path.string() + ": cannot read (" + reason(errno) + ")");
        if (n == 0)
            break;
        text.append(buf, static_cast<std::size_t>(n));
        if (text.size() > kMaxTextFileBytes)
            throw std::runtime_error(path.string() + ": too large (more than " +
                                     std::to_string(kMaxTextFileBytes) + " bytes)");
    }
    return text;
}

void checkOutputTarget(const std::filesystem::path& target, OutputKind kind) {
    struct stat st {};
    if (::stat(target.c_str(), &st) != 0) {
        if (errno == ENOENT) {
            struct stat link {};
            if (::lstat(target.c_str(), &link) == 0)
                throw std::runtime_error(
                    target.string() + ": is a symbolic link to nothing; refusing to write there");
            if (kind == OutputKind::OwnFile)
                return; // a new name
            // A new name may still be where one of ours will be (the settings before the first
            // `set`): what was written there would be read as ours from then on.
            std::error_code ec;
            const auto where = std::filesystem::weakly_canonical(target, ec);
            for (const auto& [own, name] : ownFiles())
                if (!ec && where == std::filesystem::weakly_canonical(own, ec) && !ec)
                    throw std::runtime_error(target.string() + ": is where nervefloss keeps " +
                                             name + " (" + own.string() +
                                             "); refusing to write there");
            return;
        }
        throw std::runtime_error(target.string() + ": cannot write (" + reason(errno) + ")");
    }
    if (S_ISDIR(st.st_mode))
        throw std::runtime_error(target.string() + ": is a folder");
    if (!S_ISREG(st.st_mode))
        throw std::runtime_error(target.string() +
                                 ": exists and is not a regular file; refusing to replace it");
    if (kind == OutputKind::OwnFile)
        return;
    for (const auto& [own, name] : ownFiles()) {
        struct stat o {};
        if (::stat(own.c_str(), &o) == 0 && o.st_dev == st.st_dev && o.st_ino == st.st_ino)
            throw std::runtime_error(target.string() + ": is " + name + " of nervefloss (" +
                                     own.string() + "); refusing to overwrite it");
    }
}

OutputFile::OutputFile(const std::filesystem::path& target, OutputKind kind, WriteFn writeFn)
    : m_target(target), m_write(writeFn ? writeFn : systemWrite) {
    checkOutputTarget(target, kind);
    std::error_code ec;
    // Write through a symlink: the file it names is replaced, the link itself stays.
    if (std::filesystem::is_symlink(target, ec)) {
        m_target = std::filesystem::canonical(target, ec);
        if (ec)
            throw std::runtime_error(target.string() + ": cannot follow the link (" + ec.message() +
                                     ")");
    }
    ec.clear();
    const std::filesystem::path dir = m_target.has_parent_path() ? m_target.parent_path() : ".";
    // Our own folders are made when missing; an export into a folder that is not there is more
    // likely a typing mistake, and is refused by the open below.
    if (kind == OutputKind::OwnFile)
        std::filesystem::create_directories(dir, ec);
    if (ec)
        throw std::runtime_error(dir.string() + ": cannot create the folder (" + ec.message() +
                                 ")");
    static std::atomic<int> counter{0};
    m_temp = dir / ("." + m_target.stem().string() + ".tmp" + std::to_string(::getpid()) + "-" +
                    std::to_string(counter++) + m_target.extension().string());
    // 0666 less the umask, as any new file; an existing file's own mode is copied below.
    m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (m_fd < 0) {
        const int err = errno;
        throw std::runtime_error(target.string() + ": cannot write (" + reason(err) + ")");
    }
    struct stat old {};
    if (::stat(m_target.c_str(), &old) == 0)
        ::fchmod(m_fd, old.st_mode & 07777);
}

OutputFile::~OutputFile() {
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed)
        ::unlink(m_temp.c_str());
}

void OutputFile::fail(const std::string& what, int err) {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    ::unlink(m_temp.c_str());
    m_committed = true; // nothing left to remove
    throw std::runtime_error(m_target.string() + ": " + what + " (" + reason(err) +
                             "); the old file, if any, is unchanged");
}

void OutputFile::write(std::string_view data) {
    if (writeAll(m_write, m_fd, data) != 0)
        fail("cannot write", errno);
}

void OutputFile::commit() {
    if (::fsync(m_fd) != 0)
        fail("cannot write", errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(m_temp.c_str());
        m_committed = true;
        throw std::runtime_error(m_target.string() + ": cannot write (" + reason(err) +
                                 "); the old file, if any, is unchanged");
    }
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        fail("cannot replace", errno);
    m_committed = true;
    // The rename is durable once the folder is synced too.
    const std::filesystem::path dir = m_target.has_parent_path() ? m_target.parent_path() : ".";
    if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
        ::fsync(d);
        ::close(d);
    }
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& contents,
                         OutputKind kind, OutputFile::WriteFn writeFn) {
    OutputFile file(path, kind, writeFn);
    file.write(contents);
    file.commit();
}

void ensureStandardStreams() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        const int n = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (n >= 0 && n != fd) {
            ::dup2(n, fd);
            ::close(n);
        }
    }
}

Parsed<std::string> readUserFile(const std::filesystem::path& path) {
    try {
        return readTextFile(path);
    } catch (const std::runtime_error& e) {
        // readTextFile's message already starts with "path: "; keep only the reason.
        std::string why = e.what();
        const std::string prefix = path.string() + ": ";
        if (why.rfind(prefix, 0) == 0)
            why.erase(0, prefix.size());
        return ParseError{path.string(), 0, 0, why};
    }
}

} // namespace nf
