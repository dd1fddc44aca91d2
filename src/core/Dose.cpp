#include "core/Dose.hpp"

#include <cmath>
#include <sstream>

namespace nf {
namespace {

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::optional<std::string> checkInt(const char* what, long long v, int lo, int hi) {
    if (v < lo || v > hi)
        return std::string(what) + " must be a whole number from " + std::to_string(lo) + " to " +
               std::to_string(hi) + ", got " + std::to_string(v);
    return std::nullopt;
}

std::optional<std::string> checkSeconds(const char* what, double v, double lo, double hi) {
    if (!std::isfinite(v) || v < lo || v > hi)
        return std::string(what) + " must be from " + number(lo) + " to " + number(hi) +
               " seconds, got " + number(v);
    return std::nullopt;
}

} // namespace

std::optional<std::string> checkReps(long long v) {
    return checkInt("reps", v, Limits::kRepsMin, Limits::kRepsMax);
}
std::optional<std::string> checkSets(long long v) {
    return checkInt("sets", v, Limits::kSetsMin, Limits::kSetsMax);
}
std::optional<std::string> checkHold(double v) {
    return checkSeconds("hold", v, Limits::kHoldMin, Limits::kHoldMax);
}
std::optional<std::string> checkRest(double v) {
    return checkSeconds("rest", v, Limits::kRestMin, Limits::kRestMax);
}
std::optional<std::string> checkLeadIn(double v) {
    return checkSeconds("lead-in", v, Limits::kLeadInMin, Limits::kLeadInMax);
}

std::optional<std::string> validateDose(const Dose& d) {
    if (d.reps)
        if (auto e = checkReps(*d.reps))
            return e;
    if (d.sets)
        if (auto e = checkSets(*d.sets))
            return e;
    if (d.holdSeconds)
        if (auto e = checkHold(*d.holdSeconds))
            return e;
    if (d.restSeconds)
        if (auto e = checkRest(*d.restSeconds))
            return e;
    if (d.leadInSeconds)
        if (auto e = checkLeadIn(*d.leadInSeconds))
            return e;
    for (const auto& [id, x] : d.exercises) {
        Dose own;
        own.reps = x.reps;
        own.sets = x.sets;
        own.holdSeconds = x.holdSeconds;
        own.restSeconds = x.restSeconds;
        if (auto e = validateDose(own))
            return id + ": " + *e;
    }
    return std::nullopt;
}

} // namespace nf
