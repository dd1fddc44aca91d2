// The words a person hears and reads: set-up lines spoken in the lead-in and before each new
// exercise, sides named plainly, the safety notice's lists.

#include "core/Cues.hpp"
#include "core/RoutineFile.hpp"
#include "core/Safety.hpp"
#include "core/Timeline.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include <algorithm>

using namespace nf;
using namespace std::chrono_literals;

namespace {

Routine twoExercises(double leadIn = 10.0) {
    Routine r;
    r.id = "strengthening";
    r.name = "Strengthening";
    r.leadInSeconds = leadIn;
    r.transitionSeconds = 10.0;
    r.switchSeconds = 10.0;
    r.setup = {"Use a mat."};
    r.stopIf = {"Stop if pain spreads."};
    Exercise bridge;
    bridge.name = "Glute bridge";
    bridge.setup = {"Lie on your back."};
    bridge.phases = {Phase{"Lift", "Lift", 2.0, HoldKind::Fixed, "bridge-up"}};
    Exercise clam;
    clam.name = "Clamshell";
    clam.sideRule = SideRule::Each;
    clam.setup = {"Lie on your {other} side; open the {side} knee."};
    clam.phases = {Phase{"Open", "Open", 2.0, HoldKind::Fixed, "clam-open"}};
    r.exercises = {bridge, clam};
    return r;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

TEST(Guidance, TheLeadInSpeaksTheSetUpAndStopLines) {
    const Timeline t(twoExercises(), SideChoice::Right);
    ASSERT_EQ(t[0].kind, StepKind::LeadIn);
    EXPECT_EQ(t[0].cue, "Get ready. Use a mat. Lie on your back. Stop if pain spreads.");
    EXPECT_TRUE(has(t[0].setup, "Lie on your back."));
    EXPECT_TRUE(has(t[0].stopIf, "Stop if pain spreads."));
}

TEST(Guidance, TheLeadInLastsItsWordsThenTheCountdown) {
    const Timeline t(twoExercises(10.0), SideChoice::Right);
    EXPECT_EQ(t[0].duration, fromSeconds(std::ceil(spokenSeconds(t[0].cue)) + 10.0));
    // --lead-in still fixes the countdown part.
    const Timeline fixed(twoExercises(3.0), SideChoice::Right);
    EXPECT_EQ(fixed[0].duration, fromSeconds(std::ceil(spokenSeconds(fixed[0].cue)) + 3.0));
}

TEST(Guidance, ALeadInWithoutWordsIsOnlyItsCountdown) {
    Routine r = twoExercises(5.0);
    r.setup.clear();
    r.stopIf.clear();
    r.exercises[0].setup.clear();
    const Timeline t(r, SideChoice::Right);
    EXPECT_EQ(t[0].duration, 5s);
    EXPECT_EQ(t[0].cue, "Get ready");
}

TEST(Guidance, EachNewExerciseShowsAndSaysItsSetUpBeforeItsFirstRep) {
    const Timeline t(twoExercises(), SideChoice::Right);
    const auto tr = std::find_if(t.steps().begin(), t.steps().end(),
                                 [](const Step& s) { return s.kind == StepKind::Transition; });
    ASSERT_NE(tr, t.steps().end());
    EXPECT_EQ(tr->setup, std::vector<std::string>{"Lie on your right side; open the left knee."});
    EXPECT_EQ(tr->cue, "Next, Clamshell. Lie on your right side; open the left knee.");
    EXPECT_EQ(tr->duration, fromSeconds(10.0 + std::ceil(spokenSeconds(tr->cue))));
    EXPECT_EQ((tr + 1)->kind, StepKind::Phase);
}

TEST(Guidance, ASwitchSaysTheSetUpForTheNewSide) {
    const Timeline t(twoExercises(), SideChoice::Right);
    const auto sw = std::find_if(t.steps().begin(), t.steps().end(),
                                 [](const Step& s) { return s.kind == StepKind::Switch; });
    ASSERT_NE(sw, t.steps().end());
    EXPECT_EQ(sw->setup, std::vector<std::string>{"Lie on your left side; open the right knee."});
    EXPECT_NE(sw->cue.find("Lie on your left side; open the right knee."), std::string::npos);
}

TEST(Guidance, EverySpokenTextIsSynthesizedAhead) {
    const Timeline t(twoExercises(), SideChoice::Right);
    const auto all = allSpokenTexts(t);
    EXPECT_NE(std::find(all.begin(), all.end(), t[0].cue), all.end());
}

TEST(Guidance, SideWordsAreFilledIn) {
    EXPECT_EQ(withSide("Cross the {side} ankle over the {other} knee", Side::Right),
              "Cross the right ankle over the left knee");
    EXPECT_EQ(withSide("Lie on your {other} side; lift the {side} leg", Side::Right),
              "Lie on your left side; lift the right leg");
    EXPECT_EQ(withSide("Lift the {side} foot", Side::None), "Lift the affected foot");
}

TEST(Guidance, SpokenSecondsGrowWithWordsAndSentences) {
    EXPECT_DOUBLE_EQ(spokenSeconds(""), 0.0);
    EXPECT_GT(spokenSeconds("One two three."), spokenSeconds("One two three"));
    EXPECT_GT(spokenSeconds("one two three four"), spokenSeconds("one two"));
}

namespace {
Routine onePhase(const std::string& name, const std::string& posture) {
    Routine r;
    Exercise ex;
    ex.name = "Nerve flossing";
    ex.phases = {Phase{name, name, 3.0, HoldKind::Adjustable, posture}};
    r.exercises = {ex};
    return r;
}
} // namespace

TEST(RoutineWarnings, ChinDownWithToesUpIsFlagged) {
    const auto w = routineWarnings(onePhase("Toes up, chin down", "floss-b"));
    ASSERT_FALSE(w.empty());
    EXPECT_NE(w[0].find("pairs chin down with toes up"), std::string::npos);
}

TEST(RoutineWarnings, WordsThatDisagreeWithThePostureAreFlagged) {
    EXPECT_EQ(routineWarnings(onePhase("Toes up, look up", "floss-a")).size(), 1u);
    EXPECT_EQ(routineWarnings(onePhase("Point toes, chin down", "floss-b")).size(), 1u);
}

TEST(RoutineWarnings, TheBuiltInPosturesAgreeWithTheirWords) {
    EXPECT_TRUE(routineWarnings(onePhase("Point toes, chin down", "floss-a")).empty());
    EXPECT_TRUE(routineWarnings(onePhase("Toes up, look up", "floss-b")).empty());
}
