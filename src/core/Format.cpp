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
    if (h > 0) return std::to_string(h) + " h " + std::to_string(m) + " min";
    if (m > 0) return s > 0 ? std::to_string(m) + " min " + std::to_string(s) + " s"
                            : std::to_string(m) + " min";
    return std::to_string(s) + " s";
}

std::string formatSeconds(double seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", seconds);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string pauseText(PauseReason reason, Micros gap) {
    return reason == PauseReason::Gap ? "The computer was away for " + formatDuration(gap) : "Paused";
}

std::string numberWord(int n) {
    static constexpr std::array<const char*, 21> kWords = {
        "zero",    "one",     "two",       "three",    "four",     "five",    "six",
        "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    if (n >= 0 && n <= 20) return kWords[static_cast<std::size_t>(n)];
    return std::to_string(n);
}

std::string holdPattern(const Exercise& ex) {
    const std::size_t n = ex.phases.size();
    // The shortest period that repeats through every phase.
    std::size_t period = n;
    for (std::size_t p = 1; p < n; ++p) {
        if (n % p != 0) continue;
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
