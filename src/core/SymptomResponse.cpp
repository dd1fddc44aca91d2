#include "core/SymptomResponse.hpp"

namespace nf {
namespace {

constexpr int kMeaningfulRise = 2;

const SessionRecord* risenOn(const std::vector<SessionRecord>& records, Date day) {
    for (const SessionRecord& r : records)
        if (r.day() == day && r.painBefore && r.painAfter &&
            *r.painAfter - *r.painBefore >= kMeaningfulRise)
            return &r;
    return nullptr;
}

bool worseMorningAfter(const std::vector<MorningRecord>& mornings, Date day) {
    for (const MorningRecord& m : mornings)
        if (m.sessionDay == day && m.check == MorningCheck::Worse) return true;
    return false;
}

} // namespace

bool amberDay(const std::vector<SessionRecord>& records, const std::vector<MorningRecord>& mornings,
              Date day) {
    return risenOn(records, day) != nullptr || worseMorningAfter(mornings, day);
}

std::optional<std::string> amberReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date day) {
    if (const SessionRecord* r = risenOn(records, day))
        return "pain rose from " + std::to_string(*r->painBefore) + " to " + std::to_string(*r->painAfter) +
               " after " + r->routineName;
    if (worseMorningAfter(mornings, day)) return std::string("the next morning was worse");
    return std::nullopt;
}

std::optional<std::string> flareReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date today) {
    for (int ago = 0; ago <= 1; ++ago) {
        if (const SessionRecord* r = risenOn(records, addDays(today, -ago)))
            return "pain rose from " + std::to_string(*r->painBefore) + " to " +
                   std::to_string(*r->painAfter) + " after " + r->routineName + " " +
                   (ago == 0 ? "today" : "yesterday") + ": no flossing today";
    }
    // A worse morning is amber on that morning's day and the next: the mornings after the
    // sessions of yesterday (this morning) and of the day before (yesterday morning).
    for (int ago = 1; ago <= 2; ++ago) {
        if (worseMorningAfter(mornings, addDays(today, -ago)))
            return std::string(ago == 1 ? "this" : "yesterday") +
                   " morning was worse than before: no flossing today";
    }
    return std::nullopt;
}

} // namespace nf
