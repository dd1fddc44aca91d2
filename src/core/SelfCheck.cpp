#include "core/SelfCheck.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace nf {
namespace {

std::vector<Side> legOrder(SideChoice first) {
    if (first == SideChoice::Left)
        return {Side::Left, Side::Right};
    return {Side::Right, Side::Left};
}

std::string legName(Side leg) {
    return leg == Side::Left ? "left" : "right";
}

std::string capital(std::string s) {
    if (!s.empty())
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

} // namespace

const std::string& questionText(SelfCheckQuestion q, Side leg) {
    static const std::array<std::string, 3> left = {
        "Left leg: was it your usual calf sensation?",
        "Left leg: was it clearly different from the other leg?",
        "Left leg: did it ease when you looked up?"};
    static const std::array<std::string, 3> right = {
        "Right leg: was it your usual calf sensation?",
        "Right leg: was it clearly different from the other leg?",
        "Right leg: did it ease when you looked up?"};
    return (leg == Side::Left ? left : right)[static_cast<std::size_t>(q)];
}

bool LegAnswers::complete() const {
    return std::all_of(answers.begin(), answers.end(), [](auto a) { return a.has_value(); });
}

bool LegAnswers::allYes() const {
    return std::all_of(answers.begin(), answers.end(), [](auto a) { return a.value_or(false); });
}

namespace {

// Symptoms in both legs: not a reason to floss but to be seen urgently.
void urgentLines(SelfCheckOutcome& r, std::string why) {
    r.overall = SelfCheckVerdict::Urgent;
    r.lines.push_back(std::move(why) + " Symptoms in both legs are not a reason to floss.");
    r.lines.push_back("See a doctor urgently, today. Call your emergency number (999 in the UK) "
                      "or go to A&E now if you also have numbness around the genitals or back "
                      "passage, changes in bladder or bowel control, or weakness in both legs "
                      "(see the safety notice).");
    r.lines.push_back("This is a screen, not a diagnosis.");
}

} // namespace

SelfCheckOutcome evaluateSelfCheck(const std::vector<LegAnswers>& legs,
                                   const std::vector<Side>& symptomLegs) {
    SelfCheckOutcome r;
    const auto felt = [&](Side s) {
        return std::find(symptomLegs.begin(), symptomLegs.end(), s) != symptomLegs.end();
    };
    if (felt(Side::Left) && felt(Side::Right)) {
        urgentLines(r, "You felt your usual symptom in both legs.");
        return r;
    }
    if (legs.empty() ||
        !std::all_of(legs.begin(), legs.end(), [](auto& l) { return l.complete(); })) {
        r.overall = SelfCheckVerdict::Incomplete;
        r.lines.push_back("The check was not finished, so it says nothing either way.");
        return r;
    }
    const auto yesLegs =
        std::count_if(legs.begin(), legs.end(), [](auto& l) { return l.allYes(); });
    if (yesLegs >= 2) {
        // Sciatica in both legs is on the emergency list: never "a reasonable thing to try".
        urgentLines(r, "Both legs: yes to all three.");
        return r;
    }
    r.overall = yesLegs > 0 ? SelfCheckVerdict::SuggestsNerve : SelfCheckVerdict::NotSuggestive;
    for (const LegAnswers& l : legs) {
        const std::string leg = capital(legName(l.leg)) + " leg: ";
        if (l.allYes())
            r.lines.push_back(leg + "yes to all three. This suggests the calf pain on this side "
                                    "may come from the nerve, and nerve flossing is a reasonable "
                                    "thing to try.");
        else
            r.lines.push_back(leg + "not yes to all three. The check does not point to the nerve "
                                    "on this side.");
    }
    if (yesLegs == 0)
        r.lines.push_back("Calf pain has other causes too (muscle, tendon, circulation). If it "
                          "goes on or gets worse, ask a clinician.");
    r.lines.push_back("Most people, healthy ones too, feel a pull behind the knee in this test: "
                      "that alone means nothing.");
    r.lines.push_back("This is a screen, not a diagnosis.");
    return r;
}

const std::vector<std::string>& selfCheckWarnings() {
    static const std::vector<std::string> s = {
        "Do not lean forward as well; keep the slump while lifting the foot.",
        "Healthy people also feel a pull behind the knee."};
    return s;
}

std::vector<Side> selfCheckLegs(SideChoice first) {
    return legOrder(first);
}

Routine selfCheckRoutine(SideChoice firstLeg, double stepSeconds) {
    Routine r;
    r.id = "self-check";
    r.name = "Slump self-check";
    r.description = "A guided screen for nerve-related calf pain; not a diagnosis";
    r.leadInSeconds = 5.0;
    r.transitionSeconds = 5.0;
    r.setup = {"Sit on the edge of a table or a firm chair, thighs supported.",
               "Move slowly into each position and hold it. No bouncing."};
    r.setup.insert(r.setup.end(), selfCheckWarnings().begin(), selfCheckWarnings().end());
    r.stopIf = {"Stop at your usual symptom and press S: go no further, then look up."};
    // The name is shown; the cue is spoken, with the stop line where the tension grows.
    auto phase = [stepSeconds](std::string text, std::string posture,
                               const char* spokenAfter = "") {
        Phase p;
        p.name = text;
        p.cue = std::move(text) + spokenAfter;
        p.seconds = stepSeconds;
        p.holdKind = HoldKind::Fixed;
        p.posture = std::move(posture);
        return p;
    };
    for (Side leg : legOrder(firstLeg)) {
        const std::string name = legName(leg);
        Exercise ex;
        ex.name = capital(name) + " leg";
        ex.figure = "slump";
        ex.reps = 1;
        ex.sets = 1;
        ex.restSeconds = 0;
        ex.sideRule = SideRule::None;
        ex.phases = {
            phase("Sit tall, hands behind your back", "slump-tall"),
            phase("Slump your back, keep your chin level", "slump-slumped"),
            phase("Chin to chest", "slump-chin"),
            phase("Slowly straighten your " + name + " knee", "slump-knee-" + name,
                  ". Keep the slump. Stop at your usual symptom."),
            phase("Pull your " + name + " toes up", "slump-toes-" + name,
                  ". Stop at your usual symptom."),
            phase("Look up (release the neck), and notice any change", "slump-lookup-" + name),
            phase("Relax", "slump-relax")};
        r.exercises.push_back(std::move(ex));
    }
    return r;
}

SelfCheckGuide::SelfCheckGuide(SideChoice firstLeg) : m_order(legOrder(firstLeg)) {}

Side SelfCheckGuide::legOf(const Step& step) const {
    const auto i = static_cast<std::size_t>(step.exercise);
    return i < m_order.size() ? m_order[i] : Side::None;
}

void SelfCheckGuide::reached(std::size_t step, const Timeline& timeline) {
    for (std::size_t i = 0; i <= step && i < timeline.size(); ++i) {
        const Step& s = timeline[i];
        const Side leg = legOf(s);
        if (s.kind == StepKind::Phase && s.phase == kSelfCheckLookUpPhase && leg != Side::None &&
            std::find(m_tested.begin(), m_tested.end(), leg) == m_tested.end())
            m_tested.push_back(leg);
    }
}

std::optional<std::size_t> SelfCheckGuide::symptomAt(std::size_t current,
                                                     const Timeline& timeline) {
    if (current >= timeline.size())
        return std::nullopt;
    const Step& s = timeline[current];
    const Side leg = legOf(s);
    if (leg == Side::None)
        return std::nullopt;
    if (std::find(m_symptoms.begin(), m_symptoms.end(), leg) == m_symptoms.end())
        m_symptoms.push_back(leg);
    // A lead-in or a transition belongs to the leg that comes next, so its look-up is ahead.
    if (s.kind == StepKind::Phase && s.phase >= kSelfCheckLookUpPhase)
        return std::nullopt;
    for (std::size_t i = current + 1; i < timeline.size(); ++i) {
        const Step& t = timeline[i];
        if (t.kind == StepKind::Phase && t.exercise == s.exercise &&
            t.phase == kSelfCheckLookUpPhase)
            return i;
    }
    return std::nullopt;
}

SelfCheckQuestions::SelfCheckQuestions(std::vector<Side> testedLegs, std::vector<Side> symptomLegs)
    : m_symptomLegs(std::move(symptomLegs)) {
    for (Side side : testedLegs) {
        LegAnswers a;
        a.leg = side;
        m_answers.push_back(a);
    }
}

Side SelfCheckQuestions::leg() const {
    return done() ? Side::None : m_answers[m_leg].leg;
}

std::optional<SelfCheckQuestion> SelfCheckQuestions::question() const {
    if (done())
        return std::nullopt;
    return static_cast<SelfCheckQuestion>(m_question);
}

const std::string& SelfCheckQuestions::text() const {
    static const std::string none;
    return done() ? none : questionText(*question(), leg());
}

void SelfCheckQuestions::answer(bool yes) {
    if (done())
        return;
    m_answers[m_leg].answers[static_cast<std::size_t>(m_question)] = yes;
    if (++m_question == kSelfCheckQuestions) {
        m_question = 0;
        ++m_leg;
    }
}

} // namespace nf
