#pragma once

#include <optional>
#include <string>

namespace nf::gui {

// A 0-10 calf pain rating given with the keys or the mouse. It owns only the typing rules: a digit
// key gives that value, a 1 followed at once by a 0 gives 10, a click gives the clicked value, and
// Enter finishes (a skip when nothing was given). Every change is a value to record at once (a
// later 0 turns a recorded 1 into 10), so nothing waits for the question to be closed; where the
// value goes is the screen's business.
class PainEntry {
  public:
    PainEntry() = default;
    // A value already known (given on the command line): shown, and not asked for again.
    explicit PainEntry(std::optional<int> given);

    // A digit key, 0-9. Returns the rating to record now.
    int digit(int d);
    // A click on a number, 0-10: that value, and the question is finished.
    std::optional<int> choose(int value);
    // Enter: finishes the question. True when it did (the key is used up); false when the
    // question was already finished, so the screen's own Enter applies.
    bool enter();
    // Any other key: a pending "1" can no longer become 10.
    void otherKey() { m_tenPending = false; }

    std::optional<int> value() const { return m_value; }
    bool finished() const { return m_finished; }
    bool skipped() const { return m_finished && !m_value; }
    // The last key was a lone 1: a 0 now makes it 10.
    bool mayBecomeTen() const { return m_tenPending; }

  private:
    std::optional<int> m_value;
    bool m_tenPending = false;
    bool m_finished = false;
};

// Before: in the lead-in; BeforeAtEnd: the pain before asked again on the summary, when the
// lead-in's was skipped or missed; After: on the summary.
enum class PainWhen { Before, BeforeAtEnd, After };

// The ratings of the summary: the pain before again when it is missing (skipped or missed in
// the lead-in), so the rule by symptom response is not silently left without it, then the pain
// after. It owns which question is asked; the screen records each value as it comes.
class EndRatings {
  public:
    EndRatings(std::optional<int> before, std::optional<int> after)
        : m_askBefore(!before), m_before(before), m_after(after) {}

    PainWhen asking() const {
        return m_askBefore && !m_before.finished() ? PainWhen::BeforeAtEnd : PainWhen::After;
    }
    // The entry of the question being asked.
    PainEntry& entry() { return asking() == PainWhen::BeforeAtEnd ? m_before : m_after; }
    const PainEntry& entry() const {
        return asking() == PainWhen::BeforeAtEnd ? m_before : m_after;
    }
    std::optional<int> before() const { return m_before.value(); }
    std::optional<int> after() const { return m_after.value(); }

  private:
    bool m_askBefore;
    PainEntry m_before;
    PainEntry m_after;
};

// The question or the answer, for the strip that shows the rating: "Calf pain now? 0-10",
// "Calf pain before: 5", "Calf pain after: 3 (before: 5)".
std::string painLabel(PainWhen when, const PainEntry& entry,
                      std::optional<int> before = std::nullopt);
// "5 \u2192 3", "5 \u2192 \u2013", "\u2013 \u2192 3", or "" when neither is known.
std::string painPair(std::optional<int> before, std::optional<int> after);

} // namespace nf::gui
