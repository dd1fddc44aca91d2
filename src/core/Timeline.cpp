#include "core/Timeline.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace nf {
namespace {

std::vector<Side> sidesFor(SideRule rule, SideChoice choice) {
    switch (rule) {
    case SideRule::None:
        return {Side::None};
    case SideRule::Each:
        return {Side::Left, Side::Right};
    case SideRule::Affected:
        if (choice == SideChoice::Left)
            return {Side::Left};
        if (choice == SideChoice::Right)
            return {Side::Right};
        return {Side::Left, Side::Right};
    }
    return {Side::None};
}

bool sameSet(const Step& a, const Step& b) {
    return a.kind == StepKind::Phase && b.kind == StepKind::Phase && a.exercise == b.exercise &&
           a.side == b.side && a.set == b.set;
}

std::vector<std::string> sided(const std::vector<std::string>& lines, Side side) {
    std::vector<std::string> out;
    out.reserve(lines.size());
    for (const auto& l : lines)
        out.push_back(withSide(l, side));
    return out;
}

// The step's label, then its set-up and stop-if lines, as one phrase; and the step made long
// enough to say them before its own countdown.
void speakWords(Step& step, double countdownSeconds, bool spoken) {
    std::string words;
    for (const auto* lines : {&step.setup, &step.stopIf})
        for (const auto& l : *lines)
            words += (words.empty() ? "" : " ") + l;
    if (!words.empty())
        step.cue += ". " + words;
    const bool wait = spoken && !words.empty();
    // Whole seconds for the words: every later boundary then falls on a whole second of the
    // session, with the clock and the bar for the whole session, so the window changes once a
    // second, not twice (a frame is the costly thing on a software renderer).
    step.duration =
        fromSeconds(countdownSeconds + (wait ? std::ceil(spokenSeconds(step.cue)) : 0.0));
}

template <typename T> std::vector<T> joined(std::vector<T> a, const std::vector<T>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

double spokenSeconds(std::string_view text) {
    // espeak-ng at 165 words a minute says a word in about 0.36 s, pauses included: the
    // nerve-floss lead-in's 71 words took 23 s. 0.36 s a word and 0.3 s more a sentence leave a
    // few seconds to spare.
    int words = 0, sentences = 0;
    bool inWord = false;
    for (char c : text) {
        const bool letter = c != ' ' && c != '\n' && c != '\t';
        if (letter && !inWord)
            ++words;
        inWord = letter;
        if (c == '.' || c == ';' || c == ':' || c == '?' || c == '!')
            ++sentences;
    }
    return words * 0.36 + sentences * 0.3;
}

std::string withSide(std::string line, Side side) {
    const std::string worked = side == Side::None ? "affected" : toString(side);
    const std::string other = side == Side::Left ? "right" : side == Side::Right ? "left" : "other";
    for (const auto& [key, word] :
         {std::pair<std::string, std::string>{"{side}", worked}, {"{other}", other}})
        for (auto at = line.find(key); at != std::string::npos;
             at = line.find(key, at + word.size()))
            line.replace(at, key.size(), word);
    return line;
}

Timeline::Timeline(Routine routine, SideChoice side) : m_routine(std::move(routine)), m_side(side) {
    Micros t{0};
    auto push = [&](Step s) {
        if (s.duration <= Micros{0})
            return; // a zero-length step would still beep: leave it out
        s.start = t;
        t += s.duration;
        m_steps.push_back(std::move(s));
    };

    const auto& exercises = m_routine.exercises;
    if (!exercises.empty()) {
        Step lead;
        lead.kind = StepKind::LeadIn;
        lead.duration = fromSeconds(m_routine.leadInSeconds);
        lead.exercise = 0;
        lead.side = sidesFor(exercises[0].sideRule, side).front();
        lead.label = "Get ready";
        lead.cue = "Get ready";
        const Exercise& first = exercises.front();
        lead.setup = sided(joined(m_routine.setup, first.setup), lead.side);
        lead.stopIf = sided(joined(m_routine.stopIf, first.stopIf), lead.side);
        speakWords(lead, m_routine.leadInSeconds, m_routine.setupSpoken);
        push(lead);
    }

    for (int ei = 0; ei < static_cast<int>(exercises.size()); ++ei) {
        const Exercise& ex = exercises[static_cast<std::size_t>(ei)];
        const auto sides = sidesFor(ex.sideRule, side);
        const char* limb = ex.sideRule == SideRule::Each ? "side" : "leg";
        if (ei > 0) {
            Step tr;
            tr.kind = StepKind::Transition;
            tr.duration = fromSeconds(m_routine.transitionSeconds);
            tr.exercise = ei;
            tr.side = sides.front();
            tr.label = "Next: " + ex.name;
            tr.cue = "Next, " + ex.name;
            // Each new exercise says how to get into its position before its first rep.
            tr.setup = sided(ex.setup, tr.side);
            tr.stopIf = sided(ex.stopIf, tr.side);
            speakWords(tr, m_routine.transitionSeconds, m_routine.setupSpoken);
            push(tr);
        }
        for (std::size_t si = 0; si < sides.size(); ++si) {
            if (si > 0) {
                Step sw;
                sw.kind = StepKind::Switch;
                sw.duration = fromSeconds(m_routine.switchSeconds);
                sw.exercise = ei;
                sw.side = sides[si];
                sw.label = "Switch to the " + toString(sides[si]) + " " + limb;
                sw.cue = sw.label;
                // The position changes with the side ("Lie on your right side; lift the left
                // leg"), so a set-up that names a side is said again for the new one.
                if (std::any_of(ex.setup.begin(), ex.setup.end(), [](const std::string& l) {
                        return l.find("{side}") != std::string::npos ||
                               l.find("{other}") != std::string::npos;
                    }))
                    sw.setup = sided(ex.setup, sides[si]);
                speakWords(sw, m_routine.switchSeconds, m_routine.setupSpoken);
                push(sw);
            }
            for (int set = 1; set <= ex.sets; ++set) {
                for (int rep = 1; rep <= ex.reps; ++rep) {
                    for (int p = 0; p < static_cast<int>(ex.phases.size()); ++p) {
                        const Phase& ph = ex.phases[static_cast<std::size_t>(p)];
                        Step st;
                        st.kind = StepKind::Phase;
                        st.duration = fromSeconds(ph.seconds);
                        st.exercise = ei;
                        st.set = set;
                        st.sets = ex.sets;
                        st.rep = rep;
                        st.reps = ex.reps;
                        st.phase = p;
                        st.side = sides[si];
                        st.label = ph.name;
                        st.cue = ph.cue.empty() ? ph.name : ph.cue;
                        push(st);
                    }
                }
                if (set < ex.sets) {
                    Step rest;
                    rest.kind = StepKind::Rest;
                    rest.duration = fromSeconds(ex.restSeconds);
                    rest.exercise = ei;
                    rest.set = set;
                    rest.sets = ex.sets;
                    rest.side = sides[si];
                    rest.label = "Rest";
                    rest.cue = "Rest";
                    push(rest);
                }
            }
        }
    }
}

int Timeline::phaseCount(const Step& step) const {
    if (step.exercise < 0 || step.exercise >= static_cast<int>(m_routine.exercises.size()))
        return 0;
    return static_cast<int>(
        m_routine.exercises[static_cast<std::size_t>(step.exercise)].phases.size());
}

std::size_t Timeline::firstStepOfSet(std::size_t index) const {
    if (index >= m_steps.size())
        return index;
    if (m_steps[index].kind != StepKind::Phase)
        return index;
    while (index > 0 && sameSet(m_steps[index - 1], m_steps[index]))
        --index;
    return index;
}

std::size_t Timeline::stepAfterSet(std::size_t index) const {
    if (index >= m_steps.size())
        return m_steps.size();
    if (m_steps[index].kind != StepKind::Phase)
        return index + 1;
    while (index + 1 < m_steps.size() && sameSet(m_steps[index], m_steps[index + 1]))
        ++index;
    return index + 1;
}

const Step* Timeline::next(std::size_t index) const {
    return index + 1 < m_steps.size() ? &m_steps[index + 1] : nullptr;
}

int Timeline::plannedReps() const {
    int n = 0;
    for (const Step& s : m_steps)
        if (s.isLastPhaseOfRep(phaseCount(s)))
            ++n;
    return n;
}

int Timeline::plannedSets() const {
    int n = 0;
    for (std::size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].kind == StepKind::Phase && stepAfterSet(i) == i + 1)
            ++n;
    return n;
}

std::string toString(StepKind kind) {
    switch (kind) {
    case StepKind::LeadIn:
        return "lead_in";
    case StepKind::Phase:
        return "phase";
    case StepKind::Rest:
        return "rest";
    case StepKind::Switch:
        return "switch";
    case StepKind::Transition:
        return "transition";
    }
    return "";
}

std::string sidesWorked(const Timeline& timeline) {
    bool left = false, right = false;
    for (const Step& s : timeline.steps()) {
        left = left || s.side == Side::Left;
        right = right || s.side == Side::Right;
    }
    if (left && right)
        return "both";
    return left ? "left" : right ? "right" : "";
}

} // namespace nf
