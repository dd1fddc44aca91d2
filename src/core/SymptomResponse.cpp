#include "core/SymptomResponse.hpp"

#include "core/HistoryRules.hpp"

#include <algorithm>

namespace nf {
namespace {

std::optional<AmberDay> amberOn(const std::vector<SessionRecord>& records,
                                const std::vector<MorningRecord>& mornings, Date day) {
    for (const AmberDay& a : amberDays(records, mornings))
        if (a.day == day)
            return a;
    return std::nullopt;
}

} // namespace

bool amberDay(const std::vector<SessionRecord>& records, const std::vector<MorningRecord>& mornings,
              Date day) {
    return amberOn(records, mornings, day).has_value();
}

std::optional<std::string> amberReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date day) {
    if (auto a = amberOn(records, mornings, day))
        return a->why;
    return std::nullopt;
}

std::optional<std::string> flareReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date today,
                                       const CheckIns& checkIns) {
    const auto response = symptomResponse(records, mornings, today, checkIns);
    if (!response || !response->restFromFlossing)
        return std::nullopt;
    if (response->level == ResponseLevel::Urgent)
        return "an urgent sign in the weekly check: do not floss; call your emergency number or "
               "get seen the same day";
    // Red from the check-ins: symptomResponse says so before it weighs the flare-ups.
    if (response->level == ResponseLevel::Red &&
        symptomResponse(records, mornings, today, {}).value_or(SymptomResponse{}).level !=
            ResponseLevel::Red)
        return "new tingling or numbness: contact your physiotherapist or GP before flossing "
               "again";
    if (response->level == ResponseLevel::Red)
        return "two flare-ups within a week: contact your physiotherapist or GP before flossing "
               "again";
    // Amber: the latest amber began today or yesterday, and lasts today.
    for (int ago = 0; ago <= 1; ++ago) {
        const auto a = amberOn(records, mornings, addDays(today, -ago));
        if (!a)
            continue;
        if (a->cause == AmberCause::PainRose)
            return a->why + (ago == 0 ? " today" : " yesterday") + ": no flossing today";
        return std::string(ago == 0 ? "this" : "yesterday") +
               " morning was worse than before: no flossing today";
    }
    return std::nullopt;
}

} // namespace nf
