#include "core/SelfCheck.hpp"

#include <algorithm>
#include <utility>

namespace nf {
namespace {

std::vector<Side> legOrder(SideChoice first) {
    if (first == SideChoice::Left) return {Side::Left, Side::Right};
    return {Side::Right, Side::Left};
}

std::string legName(Side leg) { return leg == Side::Left ? "left" : "right"; }

std::string capital(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
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

SelfCheckOutcome evaluateSelfCheck(const std::vector<LegAnswers>& legs) {
    SelfCheckOutcome r;
    if (legs.empty() || !std::all_of(legs.begin(), legs.end(), [](auto& l) { return l.complete(); })) {
        r.overall = SelfCheckVerdict::Incomplete;
        r.lines.push_back("The check was not finished, so it says nothing either way.");
        return r;
    }
    const bool any = std::any_of(legs.begin(), legs.end(), [](auto& l) { return l.allYes(); });
    r.overall = any ? SelfCheckVerdict::SuggestsNerve : SelfCheckVerdict::NotSuggestive;
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
    if (!any)
        r.lines.push_back("Calf pain has other causes too (muscle, tendon, circulation). If it "
                          "goes on or gets worse, ask a clinician.");
    r.lines.push_back("Most people, healthy ones too, feel a pull behind the knee in this test: "
                      "that alone means nothing.");
    r.lines.push_back("This is a screen, not a diagnosis.");
    return r;
}

std::vector<Side> selfCheckLegs(SideChoice first) { return legOrder(first); }

Routine selfCheckRoutine(SideChoice firstLeg, double stepSeconds) {
    Routine r;
    r.id = "self-check";
    r.name = "Slump self-check";
    r.description = "A guided screen for nerve-related calf pain; not a diagnosis";
    r.leadInSeconds = 5.0;
    r.transitionSeconds = 5.0;
    r.setup = {"Sit on the edge of a table or a firm chair, thighs supported.",
               "Move slowly into each position and hold it. No bouncing."};
    r.stopIf = {"Stop at the first symptom (press S), and answer the questions about it."};
    auto phase = [stepSeconds](std::string text, std::string posture) {
        Phase p;
        p.name = text;
        p.cue = std::move(text);
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
        ex.phases = {phase("Sit tall, hands behind your back", "slump-tall"),
                     phase("Slump your back, keep your chin level", "slump-slumped"),
                     phase("Chin to chest", "slump-chin"),
                     phase("Slowly straighten your " + name + " knee", "slump-knee-" + name),
                     phase("Pull your " + name + " toes up", "slump-toes-" + name),
                     phase("Look up, and notice any change", "slump-lookup-" + name),
                     phase("Relax", "slump-relax")};
        r.exercises.push_back(std::move(ex));
    }
    return r;
}

SelfCheckQuestions::SelfCheckQuestions(SideChoice firstLeg) {
    for (Side side : legOrder(firstLeg)) {
        LegAnswers a;
        a.leg = side;
        m_answers.push_back(a);
    }
}

Side SelfCheckQuestions::leg() const { return done() ? Side::None : m_answers[m_leg].leg; }

std::optional<SelfCheckQuestion> SelfCheckQuestions::question() const {
    if (done()) return std::nullopt;
    return static_cast<SelfCheckQuestion>(m_question);
}

const std::string& SelfCheckQuestions::text() const {
    static const std::string none;
    return done() ? none : questionText(*question(), leg());
}

void SelfCheckQuestions::answer(bool yes) {
    if (done()) return;
    m_answers[m_leg].answers[static_cast<std::size_t>(m_question)] = yes;
    if (++m_question == kSelfCheckQuestions) {
        m_question = 0;
        ++m_leg;
    }
}

} // namespace nf
