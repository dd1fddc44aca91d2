#include "app/Files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace nf {

std::string readTextFile(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw std::runtime_error(path.string() + ": is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot open (" + std::strerror(errno) + ")");
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) throw std::runtime_error(path.string() + ": read error");
    return s.str();
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& contents) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        throw std::runtime_error(path.parent_path().string() + ": cannot create folder (" +
                                 ec.message() + ")");
    const std::filesystem::path tmp = path.string() + ".tmp" + std::to_string(::getpid());
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw std::runtime_error(tmp.string() + ": cannot write (" + std::strerror(errno) + ")");
    const bool written = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size() &&
                         std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const int err = errno;
    std::fclose(f);
    if (!written) {
        std::filesystem::remove(tmp, ec);
        throw std::runtime_error(path.string() + ": cannot write (" + std::strerror(err) + ")");
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw std::runtime_error(path.string() + ": cannot replace (" + ec.message() + ")");
    }
}

Parsed<std::string> readUserFile(const std::filesystem::path& path) {
    try {
        return readTextFile(path);
    } catch (const std::runtime_error& e) {
        // readTextFile's message already starts with "path: "; keep only the reason.
        std::string why = e.what();
        const std::string prefix = path.string() + ": ";
        if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
        return ParseError{path.string(), 0, 0, why};
    }
}

} // namespace nf
