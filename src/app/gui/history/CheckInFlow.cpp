#include "app/gui/history/CheckInFlow.hpp"

#include "app/gui/kit/Layout.hpp"
#include "core/Plan.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace nf::gui {
namespace {

// The where-felt answers, from the back down the leg, then "not felt" (kNotFelt).
constexpr std::array<Reach, 3> kReaches{Reach::Buttock, Reach::Thigh, Reach::Calf};

// "3 Nov" ("today" for today): short enough for five scores on one line of a small window.
std::string shortDay(Date day, Date today) {
    if (day == today)
        return "today";
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const unsigned month = std::clamp(static_cast<unsigned>(day.month()), 1u, 12u);
    return std::to_string(static_cast<unsigned>(day.day())) + " " + kMonths[month - 1];
}

} // namespace

int CheckInFlow::questionCount() const {
    switch (m_kind) {
    case CheckInKind::Where:
        return 1;
    case CheckInKind::Urgent:
        return kUrgentQuestions;
    case CheckInKind::Sbi:
        return kSbiItems;
    }
    return 1;
}

int CheckInFlow::answerCount() const {
    switch (m_kind) {
    case CheckInKind::Where:
        return static_cast<int>(kReaches.size()) + 1;
    case CheckInKind::Urgent:
        return 2;
    case CheckInKind::Sbi:
        return kSbiMax + 1;
    }
    return 0;
}

std::string CheckInFlow::answerLabel(int index) const {
    switch (m_kind) {
    case CheckInKind::Where: {
        static const char* const kWords[] = {"Buttock", "Thigh", "Calf", "Not felt"};
        return index >= 0 && index < 4 ? kWords[index] : "";
    }
    case CheckInKind::Urgent:
        return index == 0 ? "Yes" : "No";
    case CheckInKind::Sbi:
        return std::to_string(index);
    }
    return "";
}

std::string CheckInFlow::question() const {
    const std::size_t i = std::min(m_given.size(), static_cast<std::size_t>(questionCount() - 1));
    switch (m_kind) {
    case CheckInKind::Where:
        return "How far down the leg did you feel it in this session?";
    case CheckInKind::Urgent:
        return std::string(urgentQuestions()[i]);
    case CheckInKind::Sbi:
        return std::string(sbiQuestions()[i]); // the hint asks how bothersome
    }
    return "";
}

std::string CheckInFlow::progress() const {
    const int n = questionCount();
    if (n == 1)
        return "";
    const int i = std::min(static_cast<int>(m_given.size()), n - 1);
    const std::string what = m_kind == CheckInKind::Urgent ? "Weekly check" : "Every two weeks";
    return what + ": " + std::to_string(i + 1) + " of " + std::to_string(n);
}

std::string CheckInFlow::hint() const {
    switch (m_kind) {
    case CheckInKind::Where:
        return "Switch on T first if there was new tingling or numbness.";
    case CheckInKind::Urgent:
        return "Since last week. A yes shows what to do now.";
    case CheckInKind::Sbi:
        return "How bothersome over the last week? 0 not at all, 6 extremely.";
    }
    return "";
}

void CheckInFlow::answer(int index) {
    if (m_finished || index < 0 || index >= answerCount())
        return;
    m_given.push_back(index);
    if (static_cast<int>(m_given.size()) == questionCount())
        m_finished = true;
}

bool CheckInFlow::back() {
    if (!canGoBack())
        return false;
    m_given.pop_back();
    return true;
}

std::optional<WhereFelt> CheckInFlow::whereFelt(LocalTime at) const {
    if (m_kind != CheckInKind::Where || !m_finished || m_given.front() == kNotFelt)
        return std::nullopt;
    return WhereFelt{at, kReaches[static_cast<std::size_t>(m_given.front())], m_tingling};
}

std::optional<UrgentCheck> CheckInFlow::urgentCheck(Date day) const {
    if (m_kind != CheckInKind::Urgent || !m_finished)
        return std::nullopt;
    UrgentCheck check;
    check.day = day;
    for (std::size_t i = 0; i < m_given.size(); ++i)
        check.yes[i] = m_given[i] == 0;
    return check;
}

std::optional<SbiScore> CheckInFlow::sbiScore(Date day) const {
    if (m_kind != CheckInKind::Sbi || !m_finished)
        return std::nullopt;
    SbiScore score;
    score.day = day;
    for (std::size_t i = 0; i < m_given.size(); ++i)
        score.ratings[i] = m_given[i];
    return score;
}

std::vector<std::string> whereResult(const std::optional<WhereFelt>& previous,
                                     const std::optional<WhereFelt>& now) {
    if (!now)
        return {"Not felt in this session: nothing to record."};
    std::string line = "Down to the " + toString(now->reach);
    if (previous) {
        const Trend trend = whereTrend(previous, *now);
        // Worse without reaching further down is the new tingling or numbness: say so, not the
        // place.
        const bool furtherDown = static_cast<int>(now->reach) > static_cast<int>(previous->reach);
        const std::string why = trend == Trend::Worse && !furtherDown ? "new tingling or numbness"
                                                                      : toString(previous->reach);
        line += trend == Trend::Same ? ": the same as last time"
                                     : ": " + toString(trend) + " than last time (" + why + ")";
    }
    std::vector<std::string> out{line + ". Recorded."};
    if (now->newTinglingOrNumbness)
        out.push_back(
            "New tingling or numbness: do less next time, and contact your physiotherapist or GP "
            "if it lasts.");
    return out;
}

std::string urgentResult(const UrgentCheck& check) {
    return check.anyYes() ? "You answered yes to an urgent sign. Recorded."
                          : "No urgent signs this week. Recorded.";
}

std::vector<std::string> sbiResult(const SbiScore& score, const std::vector<SbiScore>& all) {
    std::vector<std::string> out{"Bothersomeness " + std::to_string(score.total()) +
                                 " of 24. Recorded."};
    if (auto advice = sbiAdvice(all))
        out.push_back(*advice);
    return out;
}

std::string sbiHistoryLine(const std::vector<SbiScore>& scores, Date today, int most) {
    if (scores.empty())
        return "";
    std::vector<SbiScore> sorted = scores;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const SbiScore& a, const SbiScore& b) { return a.day < b.day; });
    const std::size_t from =
        sorted.size() > static_cast<std::size_t>(most) ? sorted.size() - most : 0;
    std::string line = "Bothersomeness (of 24, lower is better):";
    for (std::size_t i = from; i < sorted.size(); ++i)
        line += (i == from ? " " : ", ") + std::to_string(sorted[i].total()) + " " +
                (sorted[i].day == today ? "today" : "on " + shortDay(sorted[i].day, today));
    return line;
}

std::optional<std::string> sbiHistoryAdvice(const std::vector<SbiScore>& scores) {
    if (!sbiAdvice(scores))
        return std::nullopt;
    return "No better than six weeks before: see your GP or physiotherapist.";
}

std::optional<CheckInKind> nextCheckIn(const CheckInsDue& due, const CheckInsAsked& asked) {
    if (due.sessionJustEnded && !asked.where)
        return CheckInKind::Where;
    if (!due.anySession)
        return std::nullopt;
    if (due.urgentDue && !asked.urgent)
        return CheckInKind::Urgent;
    if (due.sbiDue && !asked.sbi)
        return CheckInKind::Sbi;
    return std::nullopt;
}

std::string planShort(const PlanItem& item) {
    const std::string last = item.doneAt.empty() ? "" : formatTimeOfDay(item.doneAt.back());
    switch (item.state) {
    case PlanState::Due:
        if (!item.doneAt.empty())
            return std::to_string(item.doneAt.size()) + " of " + std::to_string(item.wanted) +
                   " done " + last;
        return item.slot && !item.slotPassed ? "due " + formatTimeOfDay(*item.slot) : "due";
    case PlanState::Done:
        return "done " + last;
    case PlanState::Resting:
        return "rest day";
    case PlanState::AsWanted:
        return last.empty() ? "" : "done " + last;
    case PlanState::Off:
        return "off today";
    }
    return "";
}

CheckInLayout layoutCheckIn(Size window, int answers, bool withToggle) {
    const PageLayout P = layoutPage(window);
    CheckInLayout L;
    L.toolbar = P.toolbar;
    const Rect& b = P.body;
    L.progress = {P.heading.x, P.heading.y, P.heading.w, std::round(P.heading.h * 0.5)};
    L.question = {b.x, L.progress.bottom(), b.w,
                  std::round(P.heading.bottom() - L.progress.bottom() + b.h * 0.22)};
    L.hint = {b.x, L.question.bottom() + std::round(b.h * 0.02), b.w, std::round(b.h * 0.08)};
    const double top = L.hint.bottom() + std::round(b.h * 0.05);
    double bottom = b.bottom();
    if (withToggle) {
        const double h = std::round(std::max(b.h * 0.14, 34.0));
        L.toggle = {b.x, b.bottom() - h, b.w, h};
        bottom = L.toggle.y - std::round(b.h * 0.04);
    }
    const int n = std::max(answers, 1);
    // Seven ratings side by side stay wide enough for a finger; two answers do not fill a wide
    // window edge to edge.
    const double gap = std::round(b.w * (n > 4 ? 0.015 : 0.03));
    L.answers = splitRow({b.x, top, b.w, std::max(0.0, bottom - top)}, n, gap);
    return L;
}

} // namespace nf::gui
