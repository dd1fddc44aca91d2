#pragma once

#include "core/History.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

// The check-ins around the sessions (../shared/REHAB.md): where the symptoms reached after a
// session, the weekly urgent-signs questions and the two-weekly Sciatica Bothersomeness Index.
// Values and rules only; the shell asks the questions and keeps the answers.

// How far down the leg the symptoms reached, from the back down. Further down is worse.
enum class Reach { Buttock, Thigh, Calf };
std::string toString(Reach reach); // "buttock", "thigh", "calf"
std::optional<Reach> reachFromString(std::string_view text);

struct WhereFelt {
    LocalTime at;
    Reach reach = Reach::Calf;
    bool newTinglingOrNumbness = false;
};

enum class Trend { Better, Same, Worse };
std::string toString(Trend trend); // "better", "same", "worse"

// Against the previous answer: reaching further down the leg, or new tingling or numbness, is
// worse; retreating toward the back is better. The first answer is the same (nothing to compare).
Trend whereTrend(const std::optional<WhereFelt>& previous, const WhereFelt& now);
// The trend of the latest answer against the one before it, if there are two.
std::optional<Trend> latestWhereTrend(const std::vector<WhereFelt>& answers);

// The weekly urgent-signs questions, in the order asked.
inline constexpr int kUrgentQuestions = 5;
const std::array<std::string_view, kUrgentQuestions>& urgentQuestions();
struct UrgentCheck {
    Date day{};
    std::array<bool, kUrgentQuestions> yes{}; // one answer for each question
    bool anyYes() const;
};

// The Sciatica Bothersomeness Index: four 0-6 ratings, total 0-24 (lower is better).
inline constexpr int kSbiItems = 4;
inline constexpr int kSbiMax = 6;
const std::array<std::string_view, kSbiItems>& sbiQuestions();
struct SbiScore {
    Date day{};
    std::array<int, kSbiItems>
        ratings{}; // leg pain, numbness or tingling, weakness, pain on sitting
    int total() const;
};
// A problem with a rating (outside 0-6) as one sentence, or nothing.
std::optional<std::string> checkSbi(const std::array<int, kSbiItems>& ratings);

// How often the check-ins come round.
inline constexpr int kUrgentEveryDays = 7;
inline constexpr int kSbiEveryDays = 14;
inline constexpr int kNoImprovementDays = 42; // six weeks

// Due when never answered, or the last answer is `everyDays` or more days old.
bool checkInDue(std::optional<Date> lastAnswered, Date today, int everyDays);
template <typename T> std::optional<Date> lastDay(const std::vector<T>& answers) {
    std::optional<Date> best;
    for (const T& a : answers)
        if (!best || *best < a.day)
            best = a.day;
    return best;
}

// "See your GP or physiotherapist" when the latest score is no lower than the latest one at
// least six weeks before it; nothing otherwise (or with too short a record).
std::optional<std::string> sbiAdvice(const std::vector<SbiScore>& scores);

} // namespace nf
