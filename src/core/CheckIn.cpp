#include "core/CheckIn.hpp"

#include <algorithm>

namespace nf {
namespace {

// Further down the leg is a larger number.
int depth(Reach r) {
    return static_cast<int>(r);
}

bool byDay(const SbiScore& a, const SbiScore& b) {
    return a.day < b.day;
}

} // namespace

std::string toString(Reach reach) {
    switch (reach) {
    case Reach::Buttock:
        return "buttock";
    case Reach::Thigh:
        return "thigh";
    case Reach::Calf:
        return "calf";
    }
    return "";
}

std::optional<Reach> reachFromString(std::string_view text) {
    if (text == "buttock")
        return Reach::Buttock;
    if (text == "thigh")
        return Reach::Thigh;
    if (text == "calf")
        return Reach::Calf;
    return std::nullopt;
}

std::string toString(Trend trend) {
    switch (trend) {
    case Trend::Better:
        return "better";
    case Trend::Same:
        return "same";
    case Trend::Worse:
        return "worse";
    }
    return "";
}

Trend whereTrend(const std::optional<WhereFelt>& previous, const WhereFelt& now) {
    if (now.newTinglingOrNumbness)
        return Trend::Worse;
    if (!previous)
        return Trend::Same;
    if (depth(now.reach) > depth(previous->reach))
        return Trend::Worse;
    if (depth(now.reach) < depth(previous->reach))
        return Trend::Better;
    return Trend::Same;
}

std::optional<Trend> latestWhereTrend(const std::vector<WhereFelt>& answers) {
    if (answers.empty())
        return std::nullopt;
    std::vector<const WhereFelt*> sorted;
    sorted.reserve(answers.size());
    for (const WhereFelt& a : answers)
        sorted.push_back(&a);
    std::stable_sort(sorted.begin(), sorted.end(), [](const WhereFelt* a, const WhereFelt* b) {
        return formatLocalTime(a->at) < formatLocalTime(b->at);
    });
    const WhereFelt& last = *sorted.back();
    if (sorted.size() == 1)
        return last.newTinglingOrNumbness ? std::optional(Trend::Worse) : std::nullopt;
    return whereTrend(*sorted[sorted.size() - 2], last);
}

const std::array<std::string_view, kUrgentQuestions>& urgentQuestions() {
    static const std::array<std::string_view, kUrgentQuestions> q = {
        "Any change in bladder control, or not noticing when you need to pee?",
        "Any change in bowel control, or not noticing when you need to poo?",
        "Numbness or pins and needles around the genitals, back passage or inner thighs?",
        "New weakness in a leg or foot (tripping, a foot slapping down)?",
        "Pain, numbness or tingling in both legs?",
    };
    return q;
}

bool UrgentCheck::anyYes() const {
    return std::any_of(yes.begin(), yes.end(), [](bool b) { return b; });
}

const std::array<std::string_view, kSbiItems>& sbiQuestions() {
    static const std::array<std::string_view, kSbiItems> q = {
        "Leg pain", "Numbness or tingling in the leg or foot", "Weakness in the leg or foot",
        "Back or leg pain while sitting"};
    return q;
}

int SbiScore::total() const {
    int sum = 0;
    for (int r : ratings)
        sum += r;
    return sum;
}

std::optional<std::string> checkSbi(const std::array<int, kSbiItems>& ratings) {
    for (std::size_t i = 0; i < ratings.size(); ++i)
        if (ratings[i] < 0 || ratings[i] > kSbiMax)
            return std::string(sbiQuestions()[i]) + ": a rating from 0 to " +
                   std::to_string(kSbiMax) + ", got " + std::to_string(ratings[i]);
    return std::nullopt;
}

bool checkInDue(std::optional<Date> lastAnswered, Date today, int everyDays) {
    return !lastAnswered || daysBetween(*lastAnswered, today) >= everyDays;
}

std::optional<std::string> sbiAdvice(const std::vector<SbiScore>& scores) {
    if (scores.size() < 2)
        return std::nullopt;
    std::vector<SbiScore> sorted = scores;
    std::stable_sort(sorted.begin(), sorted.end(), byDay);
    const SbiScore& latest = sorted.back();
    const SbiScore* baseline = nullptr;
    for (const SbiScore& s : sorted)
        if (daysBetween(s.day, latest.day) >= kNoImprovementDays)
            baseline = &s;
    if (!baseline || latest.total() < baseline->total())
        return std::nullopt;
    return "Your bothersomeness score is " + std::to_string(latest.total()) +
           " of 24, no better than " + std::to_string(baseline->total()) + " on " +
           formatDate(baseline->day) + ": see your GP or physiotherapist.";
}

} // namespace nf
