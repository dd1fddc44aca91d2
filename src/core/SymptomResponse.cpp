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
    switch (response->cause) {
    case ResponseCause::UrgentSign:
        return "an urgent sign in the weekly check: do not floss; call your emergency number or "
               "get seen the same day";
    case ResponseCause::NewTinglingOrNumbness:
        return "new tingling or numbness: contact your physiotherapist or GP before flossing "
               "again";
    case ResponseCause::TwoFlareUps:
        return "two flare-ups within a week: contact your physiotherapist or GP before flossing "
               "again";
    case ResponseCause::FlareUp:
    case ResponseCause::Settled:
        break;
    }
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
