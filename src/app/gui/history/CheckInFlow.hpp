#pragma once

#include "app/gui/kit/Geometry.hpp"
#include "core/CheckIn.hpp"
#include "core/Schedule.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

// The check-ins the window asks (core/CheckIn.hpp): where the symptoms reached after a session,
// the weekly urgent-signs questions, the two-weekly bothersomeness ratings. Values and texts
// only, so every answer and every sentence is tested without a display or a database; the
// screen paints a flow and the history keeps what it gives, as `nervefloss checkin` does.
enum class CheckInKind { Where, Urgent, Sbi };

// One check-in being asked: its questions one at a time, the answers so far, then done.
class CheckInFlow {
  public:
    explicit CheckInFlow(CheckInKind kind) : m_kind(kind) {}

    CheckInKind kind() const { return m_kind; }
    // How many answers the current question offers (buttons and keys), in order: where felt
    // buttock, thigh, calf, not felt; urgent yes, no; bothersomeness 0 to 6.
    int answerCount() const;
    // The words on answer `index`'s button, without its key.
    std::string answerLabel(int index) const;
    // The question being asked ("Where did you feel it in this session?"), and "2 of 5".
    std::string question() const;
    std::string progress() const; // "" for a check-in of one question
    // The small print under the question: what the answers mean.
    std::string hint() const;

    // Answer `index` to the current question; the last answer finishes the check-in.
    // Ignored when finished or out of range.
    void answer(int index);
    // Takes back the last answer; false when there is none (or the check-in is finished).
    bool back();
    bool finished() const { return m_finished; }
    bool canGoBack() const { return !m_finished && !m_given.empty(); }

    // Where felt: new tingling or numbness, switched before the reach is tapped.
    void toggleTingling() { m_tingling = !m_tingling; }
    bool tingling() const { return m_tingling; }

    // What the finished check-in gives to keep: the reach (nothing for "not felt"), the urgent
    // answers, the ratings. Empty before it is finished.
    std::optional<WhereFelt> whereFelt(LocalTime at) const;
    std::optional<UrgentCheck> urgentCheck(Date day) const;
    std::optional<SbiScore> sbiScore(Date day) const;

  private:
    int questionCount() const;

    CheckInKind m_kind;
    std::vector<int> m_given; // the answers' indexes, in order
    bool m_tingling = false;
    bool m_finished = false;
};

// The answer of the where-felt check-in that means "not felt at all": nothing is kept.
inline constexpr int kNotFelt = 3;

// What the window says after a where-felt answer, against the answer before it (as `checkin
// where` does): "Down to the thigh: better than last time (calf)." Not felt: "Not felt in this
// session: nothing to record." A second line about new tingling or numbness when there was some.
std::vector<std::string> whereResult(const std::optional<WhereFelt>& previous,
                                     const std::optional<WhereFelt>& now);
// "No urgent signs this week. Recorded."
std::string urgentResult(const UrgentCheck& check);
// "Bothersomeness 9 of 24, recorded." and, when it applies, sbiAdvice's "see your GP..." line.
std::vector<std::string> sbiResult(const SbiScore& score, const std::vector<SbiScore>& all);

// The bothersomeness scores over time for the history screen, oldest first, at most `most`
// (the latest ones): "Bothersomeness (of 24, lower is better): 14 on 3 Nov, 12 on 17 Nov, 9 today".
// Empty without scores.
std::string sbiHistoryLine(const std::vector<SbiScore>& scores, Date today, int most = 5);
// sbiAdvice in one line for the history screen, when it applies: "No better than six weeks
// before: see your GP or physiotherapist."
std::optional<std::string> sbiHistoryAdvice(const std::vector<SbiScore>& scores);

// Which check-in home asks next, if any, once a window run each: where felt right after a
// session (one that did some reps), then the urgent-signs questions and the bothersomeness
// ratings when due. The weekly ones wait for the first session: at the very first start the
// safety notice has just said the same signs.
struct CheckInsAsked {
    bool where = false;
    bool urgent = false;
    bool sbi = false;
};
struct CheckInsDue {
    bool sessionJustEnded = false; // a session with reps was recorded since home last looked
    bool anySession = false;       // the history has a session
    bool urgentDue = false;        // checkInDue(last urgent answer, today, kUrgentEveryDays)
    bool sbiDue = false;
};
std::optional<CheckInKind> nextCheckIn(const CheckInsDue& due, const CheckInsAsked& asked);

// A short plan word for a home row with no room for the whole line: "due", "due 18:30",
// "1 of 2 done 08:12", "done 18:40", "rest day", "off today"; "" for a routine done as wanted
// and not yet today.
std::string planShort(const PlanItem& item);

// The check-in screen: the question (large), its progress and hint, the answers as big
// buttons side by side, the tingling switch under them (where felt only), and the toolbar.
// The answers stay where they are whatever is answered: nothing moves under the pointer.
struct CheckInLayout {
    Rect question;
    Rect progress;
    Rect hint;
    std::vector<Rect> answers;
    Rect toggle; // empty without the switch
    Rect toolbar;
};
CheckInLayout layoutCheckIn(Size window, int answers, bool withToggle);

} // namespace nf::gui
