#include "app/Process.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nf {
namespace {

std::vector<char*> argv(std::vector<std::string>& args) {
    std::vector<char*> out;
    out.reserve(args.size() + 1);
    for (std::string& a : args)
        out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

} // namespace

int runQuietly(const std::vector<std::string>& args) {
    std::vector<std::string> copy = args;
    std::vector<char*> av = argv(copy);
    const pid_t pid = ::fork();
    if (pid < 0)
        return 127;
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            ::dup2(null, 0);
            ::dup2(null, 1);
            ::dup2(null, 2);
        }
        ::execvp(av[0], av.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return 127;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 127;
}

std::filesystem::path ownProgram() {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path("nervefloss") : self;
}

std::string execOwnProgram(const std::vector<std::string>& args) {
    std::vector<std::string> all{ownProgram().string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> av = argv(all);
    ::execv(av[0], av.data());
    return std::strerror(errno);
}

} // namespace nf
