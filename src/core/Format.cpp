#include "core/Format.hpp"

#include <array>
#include <cstdio>

namespace nf {

std::string formatClock(Micros d) {
    const long long total = (d.count() + 500'000) / 1'000'000;
    const long long h = total / 3600, m = (total % 3600) / 60, s = total % 60;
    char buf[32];
    if (h > 0)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", h, m, s);
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", m, s);
    return buf;
}

std::string formatDuration(Micros d) {
    const long long total = (d.count() + 500'000) / 1'000'000;
    const long long h = total / 3600, m = (total % 3600) / 60, s = total % 60;
    if (h > 0)
        return std::to_string(h) + " h " + std::to_string(m) + " min";
    if (m > 0)
        return s > 0 ? std::to_string(m) + " min " + std::to_string(s) + " s"
                     : std::to_string(m) + " min";
    return std::to_string(s) + " s";
}

std::string formatSeconds(double seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", seconds);
    std::string s = buf;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string pauseText(PauseReason reason, Micros gap) {
    return reason == PauseReason::Gap ? "The computer was away for " + formatDuration(gap)
                                      : "Paused";
}

std::string numberWord(int n) {
    static constexpr std::array<const char*, 21> kWords = {
        "zero",     "one",     "two",     "three",     "four",     "five",     "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    if (n >= 0 && n <= 20)
        return kWords[static_cast<std::size_t>(n)];
    return std::to_string(n);
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        char buf[16];
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else if (c == 0xc2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            // U+0080-U+009F, the C1 controls: U+009B alone starts an escape sequence
            std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned char>(text[i + 1]));
            out += buf;
            ++i;
        } else if (c == 0xe2 && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   ((static_cast<unsigned char>(text[i + 2]) >= 0x8b &&
                     static_cast<unsigned char>(text[i + 2]) <= 0x8f) ||
                    static_cast<unsigned char>(text[i + 2]) == 0xa8 ||
                    static_cast<unsigned char>(text[i + 2]) == 0xa9)) {
            // U+200B-U+200F (zero-width and direction marks), U+2028/U+2029 (line breaks)
            std::snprintf(buf, sizeof buf, "<U+20%02X>",
                          static_cast<unsigned char>(text[i + 2]) - 0x80);
            out += buf;
            i += 2;
        } else if (c == 0xef && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0xbb &&
                   static_cast<unsigned char>(text[i + 2]) == 0xbf) {
            out += "<U+FEFF>";
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string holdPattern(const Exercise& ex) {
    const std::size_t n = ex.phases.size();
    // The shortest period that repeats through every phase.
    std::size_t period = n;
    for (std::size_t p = 1; p < n; ++p) {
        if (n % p != 0)
            continue;
        bool repeats = true;
        for (std::size_t i = p; i < n && repeats; ++i)
            repeats = ex.phases[i].seconds == ex.phases[i - p].seconds;
        if (repeats) {
            period = p;
            break;
        }
    }
    std::string s;
    for (std::size_t i = 0; i < period; ++i)
        s += (i ? " + " : "") + formatSeconds(ex.phases[i].seconds) + " s";
    return s;
}

} // namespace nf
