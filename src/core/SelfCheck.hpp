#pragma once

#include "core/Routine.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace nf {

// The guided part of the slump self-check (REHAB.md section 2) as a routine: one exercise per
// leg, each step a fixed phase of `stepSeconds` with its own figure pose ("slump-tall",
// "slump-slumped", "slump-chin", "slump-knee-LEG", "slump-toes-LEG", "slump-lookup-LEG",
// "slump-relax", LEG being left or right) in the figure family "slump".
// So the guide runs on the same Session, cues, sound and trace as every routine: Space (skip)
// goes on sooner, and stopping the session at the first symptom leads to the questions.
Routine selfCheckRoutine(SideChoice firstLeg = SideChoice::Right, double stepSeconds = 5.0);
// The legs in the order the routine checks them.
std::vector<Side> selfCheckLegs(SideChoice firstLeg);

// The three questions asked for each leg after its steps.
enum class SelfCheckQuestion { UsualSensation, DifferentFromOtherLeg, EasedLookingUp };
inline constexpr int kSelfCheckQuestions = 3;
const std::string& questionText(SelfCheckQuestion q, Side leg);

// The answers for one leg; empty until answered.
struct LegAnswers {
    Side leg = Side::None;
    std::array<std::optional<bool>, kSelfCheckQuestions> answers{};
    bool complete() const;
    bool allYes() const;
};

enum class SelfCheckVerdict { SuggestsNerve, NotSuggestive, Incomplete };

// What the answers mean, in careful words; never a diagnosis.
struct SelfCheckOutcome {
    SelfCheckVerdict overall = SelfCheckVerdict::Incomplete;
    std::vector<std::string> lines; // the sentences shown and printed
};

SelfCheckOutcome evaluateSelfCheck(const std::vector<LegAnswers>& legs);

// The questions after the guide: three per leg, in order, then the result.
class SelfCheckQuestions {
public:
    explicit SelfCheckQuestions(SideChoice firstLeg = SideChoice::Right);

    bool done() const { return m_leg >= m_answers.size(); }
    // The leg and question being asked; empty once done.
    Side leg() const;
    std::optional<SelfCheckQuestion> question() const;
    const std::string& text() const;
    // Y or N for the current question; ignored once done.
    void answer(bool yes);
    const std::vector<LegAnswers>& answers() const { return m_answers; }
    SelfCheckOutcome result() const { return evaluateSelfCheck(m_answers); }

private:
    std::vector<LegAnswers> m_answers;
    std::size_t m_leg = 0;
    int m_question = 0;
};

} // namespace nf
