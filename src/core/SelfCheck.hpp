#pragma once

#include "core/Routine.hpp"
#include "core/Timeline.hpp"

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
// goes on sooner, and a symptom (S) goes no further into tension but on to "look up" for that
// leg (SelfCheckGuide). Every step's instruction is spoken: the chin is on the chest.
Routine selfCheckRoutine(SideChoice firstLeg = SideChoice::Right, double stepSeconds = 5.0);
// The legs in the order the routine checks them.
std::vector<Side> selfCheckLegs(SideChoice firstLeg);
// The step of each leg at which it counts as tested ("look up"), as a phase index.
inline constexpr int kSelfCheckLookUpPhase = 5;

// Follows the guide's session: which legs were tested (in the order tested) and at which legs a
// symptom was felt. It decides where a symptom leads; the session carries out the jump.
class SelfCheckGuide {
  public:
    explicit SelfCheckGuide(SideChoice firstLeg = SideChoice::Right);

    // The guide has reached step `step` (the session only moves forward): every leg whose
    // "look up" step is at or before it counts as tested, in the order of the timeline.
    void reached(std::size_t step, const Timeline& timeline);
    // A symptom at step `current`: the step to go on to ("look up" for the leg being checked,
    // so no further straightening and no toes up), or nothing when the guide is already at or
    // past it for that leg. The leg is remembered as one with a symptom.
    std::optional<std::size_t> symptomAt(std::size_t current, const Timeline& timeline);

    const std::vector<Side>& testedLegs() const { return m_tested; }
    const std::vector<Side>& symptomLegs() const { return m_symptoms; }

  private:
    Side legOf(const Step& step) const;
    std::vector<Side> m_order;
    std::vector<Side> m_tested;
    std::vector<Side> m_symptoms;
};

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

// Urgent: yes to all three on both legs, which is not a reason to floss but to be seen by a
// clinician urgently (sciatica in both legs is on the emergency list). Only ever the overall
// verdict; each leg on its own is one of the other three.
enum class SelfCheckVerdict { SuggestsNerve, NotSuggestive, Incomplete, Urgent };

// What the answers mean, in careful words; never a diagnosis.
struct SelfCheckOutcome {
    SelfCheckVerdict overall = SelfCheckVerdict::Incomplete;
    std::vector<std::string> lines; // the sentences shown and printed
};

// `symptomLegs`: the legs at which the usual symptom was felt in the guide (S). Felt in both
// legs, it is sciatica in both legs, on the emergency list: urgent whatever the answers (with
// both legs alike, "clearly different from the other leg" is no for each) and even unfinished.
SelfCheckOutcome evaluateSelfCheck(const std::vector<LegAnswers>& legs,
                                   const std::vector<Side>& symptomLegs = {});

// What is said before the steps, shown and spoken in the guide's lead-in.
const std::vector<std::string>& selfCheckWarnings();

// The questions after the guide: three for each leg that was tested, in the order tested, then
// the result. A leg never tested is never asked about.
class SelfCheckQuestions {
  public:
    explicit SelfCheckQuestions(std::vector<Side> testedLegs, std::vector<Side> symptomLegs = {});

    bool done() const { return m_leg >= m_answers.size(); }
    // The leg and question being asked; empty once done.
    Side leg() const;
    std::optional<SelfCheckQuestion> question() const;
    const std::string& text() const;
    // Y or N for the current question; ignored once done.
    void answer(bool yes);
    const std::vector<LegAnswers>& answers() const { return m_answers; }
    SelfCheckOutcome result() const { return evaluateSelfCheck(m_answers, m_symptomLegs); }

  private:
    std::vector<LegAnswers> m_answers;
    std::vector<Side> m_symptomLegs;
    std::size_t m_leg = 0;
    int m_question = 0;
};

} // namespace nf
