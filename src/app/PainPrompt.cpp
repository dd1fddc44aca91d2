#include "app/PainPrompt.hpp"

#include "core/SessionEvent.hpp"

#include <cctype>
#include <string>
#include <unistd.h>

namespace nf {
namespace {

constexpr int kTries = 3;

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}

std::optional<int> painFromText(const std::string& text) {
    if (text.empty() || text.size() > 2)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return validPain(value) ? std::optional<int>(value) : std::nullopt;
}

// Reads one line (without its newline) into `line`; false when the input ended before any of it.
bool readLine(std::FILE* in, std::string& line) {
    line.clear();
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line += static_cast<char>(c);
    return c != EOF || !line.empty();
}

} // namespace

bool stdinIsTerminal() {
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<bool> askYesNoLine(std::FILE* in, std::FILE* out, const char* question) {
    for (int attempt = 0; attempt < kTries; ++attempt) {
        std::fprintf(out, "%s [y/n] ", question);
        std::fflush(out);
        std::string line;
        if (!readLine(in, line)) {
            std::fputc('\n', out);
            return std::nullopt;
        }
        std::string answer = trim(line);
        for (char& ch : answer)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (answer == "y" || answer == "yes")
            return true;
        if (answer == "n" || answer == "no")
            return false;
    }
    return std::nullopt;
}

std::optional<int> askPain(std::FILE* in, std::FILE* out, const char* when) {
    for (int attempt = 0; attempt < kTries; ++attempt) {
        std::fprintf(out, "Calf pain %s the session, 0-10 (Enter skips): ", when);
        std::fflush(out);
        std::string line;
        if (!readLine(in, line)) {
            std::fputc('\n', out);
            return std::nullopt;
        }
        const std::string answer = trim(line);
        if (answer.empty())
            return std::nullopt;
        if (auto pain = painFromText(answer))
            return pain;
        std::fprintf(out,
                     "Please type a whole number from 0 (none) to 10 (worst), or press Enter.\n");
    }
    return std::nullopt;
}

} // namespace nf
