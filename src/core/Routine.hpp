#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

// Which leg a step is for. None means the exercise is symmetric (knee rolls, bridge).
enum class Side { None, Left, Right };

// The user's choice of leg for a run: the affected leg, or both legs one after the other.
enum class SideChoice { Left, Right, Both };

// How an exercise treats sides.
enum class SideRule {
    None,     // symmetric: no side at all
    Affected, // the chosen (affected) leg; with SideChoice::Both, each leg in turn
    Each,     // always each side in turn (left, then right), whatever the choice
};

// Whether a phase's length follows the user's "hold" setting.
enum class HoldKind {
    Adjustable, // a held posture: the dose's hold seconds replace it
    Fixed,      // a movement or transition whose length is part of the exercise
};

// One posture (or movement) of a rep: what it is called, what is spoken, how long it lasts.
struct Phase {
    std::string name;     // shown in large type, e.g. "Point toes, chin down"
    std::string cue;      // spoken at its start; defaults to the name
    double seconds = 3.0; // how long the posture is held
    HoldKind holdKind = HoldKind::Adjustable;
    std::string posture; // key of the figure pose to draw, e.g. "floss-a"
};

// One exercise: its phases make one rep; reps make a set; sets are separated by rests.
struct Exercise {
    std::string name;
    std::string figure; // key of the figure family, e.g. "seated-floss"
    std::vector<Phase> phases;
    int reps = 1;
    int sets = 1;
    double restSeconds = 30.0;
    SideRule sideRule = SideRule::None;
    std::vector<std::string> setup;  // how to get into position, said once
    std::vector<std::string> stopIf; // when to stop
    // The name of a harder variant of this exercise in the routine's `variants`, which a plan
    // may suggest once the reps reach their cap (core/Progression.hpp); empty for none.
    std::string harder;
    // For a variant: it tensions the nerve rather than sliding it, so only a plan that a
    // clinician switched tensioners on for may suggest it.
    bool tensioner = false;
};

// A whole routine as written in a routine file, before the user's dose is applied.
struct Routine {
    std::string id;   // file stem, e.g. "nerve-floss"
    std::string name; // "Nerve flossing"
    std::string description;
    double leadInSeconds = 5.0;
    double switchSeconds = 10.0;     // changing sides
    double transitionSeconds = 10.0; // moving to the next exercise
    std::vector<std::string> setup;
    std::vector<std::string> stopIf;
    std::vector<Exercise> exercises;
    // Whether the set-up lines are spoken (the voice is on). Only then do the lead-in and each
    // new exercise's transition last as long as their words, then their own countdown; with
    // tones or silence the countdown is the whole step. Set by the shell, not in routine files.
    bool setupSpoken = true;
    // Exercises not run unless chosen: each is the `harder` of an exercise above.
    std::vector<Exercise> variants;
};

// The id an exercise is named by on the command line and in the settings: its name in lower
// case, each run of other characters one hyphen ("Side-lying leg lift" -> "side-lying-leg-lift").
std::string exerciseId(const Exercise& exercise);

// The user's own numbers for one exercise of a routine. An empty field keeps the value the
// routine-wide dose (or else the routine) gives it.
struct ExerciseDose {
    std::optional<int> reps;
    std::optional<int> sets;
    std::optional<double> holdSeconds; // adjustable phases only
    std::optional<double> restSeconds;

    bool empty() const { return !reps && !sets && !holdSeconds && !restSeconds; }
    ExerciseDose overriddenBy(const ExerciseDose& over) const;
    friend bool operator==(const ExerciseDose&, const ExerciseDose&) = default;
};

// The routine with each exercise whose name is in `harderFor` replaced by its harder variant;
// names without a variant are left alone.
Routine withHarderVariants(Routine routine, const std::vector<std::string>& harderFor);

// The user's own numbers for a routine. An empty field keeps the routine's value. Reps, sets,
// hold and rest apply to every exercise of the routine (hold only to adjustable phases), except
// where `exercises` gives an exercise its own.
struct Dose {
    std::optional<int> reps;
    std::optional<int> sets;
    std::optional<double> holdSeconds;
    std::optional<double> restSeconds;
    std::optional<double> leadInSeconds;
    std::optional<SideChoice> side;
    std::map<std::string, ExerciseDose> exercises; // by exerciseId()

    bool empty() const {
        return !reps && !sets && !holdSeconds && !restSeconds && !leadInSeconds && !side &&
               exercises.empty();
    }
    // Fields set in `over` win. A routine-wide field set in `over` also replaces that field of
    // every exercise here ("--reps 11" for the routine means 11 for each exercise); `over`'s own
    // exercise fields win over everything.
    Dose overriddenBy(const Dose& over) const;
};

// The routine with a dose applied: every number in force.
Routine applyDose(Routine routine, const Dose& dose);

// The hold a dose's holdSeconds changes: the length of the first adjustable phase (of the
// exercise; of the routine's exercises in order), or nothing when every phase is a movement of
// fixed length.
std::optional<double> adjustableHold(const Exercise& exercise);
std::optional<double> adjustableHold(const Routine& routine);

// The side a run uses when neither the settings nor the command line say.
inline constexpr SideChoice kDefaultSide = SideChoice::Right;

// What a routine file says that is well-formed but unsafe or self-contradictory, one sentence
// each: a phase whose words pair "chin down" with "toes up" (that tensions the nerve instead of
// sliding it), or whose words disagree with its posture (a flossing posture "floss-a" is toes
// pointed and chin down, "floss-b" toes up and look up).
std::vector<std::string> routineWarnings(const Routine& routine);

std::string toString(Side side);       // "left", "right", "" for none
std::string toString(SideChoice side); // "left", "right", "both"
// The leg or legs worked, as said to the person: "left leg", "right leg", "both legs".
std::string legWords(SideChoice side);
std::optional<SideChoice> sideChoiceFromString(std::string_view text);

} // namespace nf
