#pragma once

#include "core/Routine.hpp"
#include "core/Time.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

enum class StepKind {
    LeadIn,     // the count before the first rep; the set-up is shown during it
    Phase,      // one posture of one rep
    Rest,       // between two sets of the same exercise and side
    Switch,     // changing to the other leg
    Transition, // moving to the next exercise
};

// One timed step of the flat timeline. `start` is its planned offset from the session's start
// when nothing is paused or skipped; the session shifts it as commands are given.
struct Step {
    StepKind kind = StepKind::Phase;
    Micros start{0};
    Micros duration{0};
    int exercise = 0; // index into Routine::exercises (the next one, for a lead-in or transition)
    int set = 0;      // 1-based; 0 when the step belongs to no set
    int sets = 0;     // sets of this exercise
    int rep = 0;      // 1-based; 0 outside reps
    int reps = 0;     // reps in a set
    int phase = -1;   // index into Exercise::phases; -1 outside reps
    Side side = Side::None;
    std::string label; // what the screen says in large type
    std::string cue;   // what is spoken at its start
    // Lead-in, transition and switch: how to get into position and when to stop, with the
    // side words filled in. Shown during the step and spoken in its cue, since the person is
    // often not looking at the screen while getting into position.
    std::vector<std::string> setup;
    std::vector<std::string> stopIf;

    Micros end() const { return start + duration; }
    // Getting into a position that is shown and said with its set-up: the lead-in, or a switch
    // or transition to a new position. Space there starts at once rather than pausing.
    bool isSetUp() const {
        return kind == StepKind::LeadIn ||
               ((kind == StepKind::Switch || kind == StepKind::Transition) &&
                (!setup.empty() || !stopIf.empty()));
    }
    bool isLastPhaseOfRep(int phaseCount) const {
        return kind == StepKind::Phase && phase == phaseCount - 1;
    }
};

// A routine with its dose applied, expanded once into every step of the session in order.
// Sets and reps are data here, so the session needs only a handful of states.
// Zero-length steps (a rest of 0 s, a lead-in of 0 s) are left out, so nothing beeps for them.
class Timeline {
  public:
    Timeline() = default;
    Timeline(Routine routine, SideChoice side);

    const Routine& routine() const { return m_routine; }
    SideChoice side() const { return m_side; }
    const std::vector<Step>& steps() const { return m_steps; }
    std::size_t size() const { return m_steps.size(); }
    const Step& operator[](std::size_t i) const { return m_steps[i]; }
    Micros total() const { return m_steps.empty() ? Micros{0} : m_steps.back().end(); }

    int phaseCount(const Step& step) const;
    // The index of the first step of the set `step` belongs to (its first phase).
    std::size_t firstStepOfSet(std::size_t index) const;
    // The index of the first step after the set `index` belongs to, or size() if none.
    std::size_t stepAfterSet(std::size_t index) const;
    // The next step that is a phase, rest, switch or transition, for "what comes next".
    const Step* next(std::size_t index) const;
    // Total reps and sets the whole timeline plans (per side counted separately).
    int plannedReps() const;
    int plannedSets() const;

  private:
    Routine m_routine;
    SideChoice m_side = kDefaultSide;
    std::vector<Step> m_steps;
};

std::string toString(StepKind kind);

// A generous estimate of how long `text` takes to say at the speech rate the app uses (about
// 165 words a minute, with a pause at each sentence end). A step that speaks its set-up lasts
// this long plus its own countdown, so the words end before the count does.
double spokenSeconds(std::string_view text);

// A set-up line with its side words filled in: "{side}" becomes the side worked ("left"),
// "{other}" the other one. For a step with no side, "{side}" is "affected" and "{other}"
// "other", so a symmetric exercise's text still reads.
std::string withSide(std::string line,
                     Side side); // "lead_in", "phase", "rest", "switch", "transition"

// The legs a timeline works, as the history records them: "left", "right", "both" when it works
// each in turn (whatever the side chosen), or "" when no posture has a side.
std::string sidesWorked(const Timeline& timeline);

} // namespace nf
