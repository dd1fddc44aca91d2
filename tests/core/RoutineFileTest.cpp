#include "core/RoutineFile.hpp"
#include "core/Dose.hpp"
#include "core/Timeline.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace nf;

namespace {

const char* kGood = R"(
name = "Test routine"
lead_in = 2.5
setup = ["Sit down."]

[[exercise]]
name = "Floss"
reps = 4
sets = 2
rest = 10
side = "affected"

  [[exercise.phase]]
  name = "A"
  hold = 3

  [[exercise.phase]]
  name = "B"
  cue = "Bee"
  hold = 1.5
  fixed = true
)";

ParseError errorOf(std::string_view text) {
    auto p = parseRoutine(text, "r.toml", "r");
    EXPECT_TRUE(std::holds_alternative<ParseError>(p)) << "parsed, but should not have";
    return std::holds_alternative<ParseError>(p) ? std::get<ParseError>(p) : ParseError{};
}

std::string builtin(const std::string& id) {
    std::ifstream in(std::string(NERVEFLOSS_SOURCE_ASSETS) + "/routines/" + id + ".toml");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(RoutineFile, ParsesAGoodFile) {
    auto p = parseRoutine(kGood, "r.toml", "my-routine");
    ASSERT_TRUE(ok(p)) << std::get<ParseError>(p).toString();
    const Routine& r = std::get<Routine>(p);
    EXPECT_EQ(r.id, "my-routine");
    EXPECT_EQ(r.name, "Test routine");
    EXPECT_DOUBLE_EQ(r.leadInSeconds, 2.5);
    ASSERT_EQ(r.exercises.size(), 1u);
    const Exercise& ex = r.exercises[0];
    EXPECT_EQ(ex.reps, 4);
    EXPECT_EQ(ex.sets, 2);
    EXPECT_DOUBLE_EQ(ex.restSeconds, 10.0);
    EXPECT_EQ(ex.sideRule, SideRule::Affected);
    ASSERT_EQ(ex.phases.size(), 2u);
    EXPECT_EQ(ex.phases[0].cue, "A"); // defaults to the name
    EXPECT_EQ(ex.phases[1].cue, "Bee");
    EXPECT_EQ(ex.phases[1].holdKind, HoldKind::Fixed);
    EXPECT_EQ(r.setup, std::vector<std::string>{"Sit down."});
}

TEST(RoutineFile, SyntaxErrorHasLineAndColumn) {
    ParseError e = errorOf("name = \"x\"\nreps = = 3\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_GT(e.column, 0);
    EXPECT_EQ(e.toString().rfind("r.toml:2:", 0), 0u) << e.toString();
}

TEST(RoutineFile, MissingNameIsReported) {
    ParseError e = errorOf("[[exercise]]\nname = \"x\"\n[[exercise.phase]]\nname=\"a\"\nhold=3\n");
    EXPECT_NE(e.message.find("needs a 'name'"), std::string::npos) << e.message;
}

TEST(RoutineFile, MissingExerciseIsReported) {
    ParseError e = errorOf("name = \"x\"\n");
    EXPECT_NE(e.message.find("at least one [[exercise]]"), std::string::npos) << e.message;
}

TEST(RoutineFile, MissingHoldIsReportedAtThePhase) {
    ParseError e =
        errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\n[[exercise.phase]]\nname = \"a\"\n");
    EXPECT_NE(e.message.find("needs 'hold'"), std::string::npos) << e.message;
    EXPECT_GE(e.line, 4);
}

TEST(RoutineFile, WrongTypeNamesTheKeyAndLine) {
    ParseError e = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\nreps = "
                           "\"ten\"\n[[exercise.phase]]\nname=\"a\"\nhold=3\n");
    EXPECT_EQ(e.line, 4);
    EXPECT_NE(e.message.find("'reps' must be a whole number"), std::string::npos) << e.message;
}

TEST(RoutineFile, FractionalRepsAreRejected) {
    ParseError e = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\nreps = "
                           "2.5\n[[exercise.phase]]\nname=\"a\"\nhold=3\n");
    EXPECT_NE(e.message.find("whole number"), std::string::npos);
}

TEST(RoutineFile, OutOfRangeNumbersAreRejected) {
    ParseError e = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\nreps = "
                           "500\n[[exercise.phase]]\nname=\"a\"\nhold=3\n");
    EXPECT_NE(e.message.find("from 1 to 200"), std::string::npos) << e.message;
    ParseError h = errorOf(
        "name = \"x\"\n[[exercise]]\nname = \"e\"\n[[exercise.phase]]\nname=\"a\"\nhold=0.1\n");
    EXPECT_NE(h.message.find("hold"), std::string::npos) << h.message;
}

TEST(RoutineFile, UnknownKeyIsATypo) {
    ParseError e = errorOf("name = \"x\"\nrepz = 3\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_NE(e.message.find("unknown key 'repz'"), std::string::npos) << e.message;
}

TEST(RoutineFile, BadSideRule) {
    ParseError e = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\nside = "
                           "\"up\"\n[[exercise.phase]]\nname=\"a\"\nhold=3\n");
    EXPECT_NE(e.message.find("'side' must be"), std::string::npos) << e.message;
}

TEST(RoutineFile, EmptyFile) {
    ParseError e = errorOf("  \n\n");
    EXPECT_EQ(e.line, 0);
    EXPECT_EQ(e.toString(), "r.toml: the file is empty");
}

TEST(RoutineFile, BinaryFile) {
    const std::string bin("\x7f"
                          "ELF\x02\x01\x00\x00garbage",
                          15);
    ParseError e = errorOf(bin);
    EXPECT_NE(e.message.find("binary"), std::string::npos);
}

TEST(RoutineFile, InvalidUtf8IsAnError) {
    ParseError e = errorOf("name = \"\xff\xfe\"\n");
    EXPECT_GT(e.line, 0);
}

TEST(RoutineFile, EmptyPhaseListIsRejected) {
    ParseError e = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\nphase = []\n");
    EXPECT_NE(e.message.find("list of tables"), std::string::npos) << e.message;
}

TEST(RoutineFile, BuiltinNerveFlossMatchesTheGuide) {
    auto p = parseRoutine(builtin("nerve-floss"), "nerve-floss.toml", "nerve-floss");
    ASSERT_TRUE(ok(p)) << std::get<ParseError>(p).toString();
    const Routine& r = std::get<Routine>(p);
    EXPECT_DOUBLE_EQ(r.leadInSeconds, 10.0); // the countdown after the spoken set-up
    const Exercise& ex = r.exercises.at(0);
    EXPECT_EQ(ex.reps, 25);
    EXPECT_EQ(ex.sets, 3);
    EXPECT_DOUBLE_EQ(ex.restSeconds, 30.0);
    EXPECT_EQ(ex.sideRule, SideRule::Affected);
    ASSERT_EQ(ex.phases.size(), 2u);
    EXPECT_EQ(ex.phases[0].name, "Point toes, chin down");
    EXPECT_EQ(ex.phases[1].name, "Toes up, look up");
    for (const Phase& ph : ex.phases)
        EXPECT_DOUBLE_EQ(ph.seconds, 3.0);
    // Posture B's cue keeps the slider a slider: the knee still and the back rounded.
    EXPECT_NE(ex.phases[1].cue.find("knee still"), std::string::npos);
    EXPECT_NE(ex.phases[1].cue.find("back round"), std::string::npos);
}

TEST(RoutineFile, BuiltinRoutinesHaveNoWarnings) {
    for (const char* id : {"nerve-floss", "glute-stretch", "knee-rolls", "strengthening"}) {
        auto p = parseRoutine(builtin(id), id, id);
        ASSERT_TRUE(ok(p)) << id;
        EXPECT_TRUE(routineWarnings(std::get<Routine>(p)).empty()) << id;
    }
}

TEST(RoutineFile, ASidedSetUpThatNeverNamesTheSideIsWarnedAbout) {
    Routine r;
    Exercise ex;
    ex.name = "Single-leg bridge";
    ex.sideRule = SideRule::Each;
    ex.setup = {"Lie on your back; straighten one leg."};
    r.variants.push_back(ex);
    ASSERT_EQ(routineWarnings(r).size(), 1u);
    EXPECT_NE(routineWarnings(r)[0].find("never says which"), std::string::npos);
    r.variants[0].setup = {"Straighten the {other} leg; push through the {side} heel."};
    EXPECT_TRUE(routineWarnings(r).empty());
}

TEST(RoutineFile, BuiltinSidesAreNamedPlainly) {
    auto p = parseRoutine(builtin("strengthening"), "strengthening", "strengthening");
    ASSERT_TRUE(ok(p));
    const Timeline t(std::get<Routine>(p), SideChoice::Right);
    bool legLift = false, clam = false;
    for (const Step& s : t.steps())
        for (const auto& line : s.setup) {
            legLift |= line == "Lie on your right side; lift the left leg." && s.side == Side::Left;
            clam |= line.find("hips stacked, feet together") != std::string::npos;
        }
    EXPECT_TRUE(legLift);
    EXPECT_TRUE(clam);
    auto g = parseRoutine(builtin("glute-stretch"), "glute-stretch", "glute-stretch");
    ASSERT_TRUE(ok(g));
    const Timeline gt(std::get<Routine>(g), SideChoice::Right);
    bool crossed = false;
    for (const Step& s : gt.steps())
        for (const auto& line : s.setup)
            crossed |= line.rfind("Cross the right ankle over the left knee", 0) == 0 &&
                       s.side == Side::Right;
    EXPECT_TRUE(crossed);
}

// The form cues (REHAB.md) are in each exercise's set-up, so they are shown and said before its
// first rep: in the lead-in for the first exercise, in the transition or switch for the others.
TEST(RoutineFile, BuiltinFormCuesAreSaidBeforeTheirExercise) {
    auto p = parseRoutine(builtin("strengthening"), "strengthening", "strengthening");
    ASSERT_TRUE(ok(p));
    const Timeline t(std::get<Routine>(p), SideChoice::Right);
    for (const char* cue :
         {"Squeeze your buttocks as you lift; don't arch your back.", "hips stacked, feet together",
          "top leg straight, slightly behind you, toes forward"}) {
        bool said = false;
        for (const Step& s : t.steps())
            if (s.kind != StepKind::Phase)
                for (const auto& line : s.setup)
                    said |=
                        line.find(cue) != std::string::npos && s.cue.find(cue) != std::string::npos;
        EXPECT_TRUE(said) << cue;
    }
}

TEST(RoutineFile, BuiltinStopLineNamesWhatLasts) {
    auto p = parseRoutine(builtin("nerve-floss"), "nerve-floss", "nerve-floss");
    ASSERT_TRUE(ok(p));
    bool named = false;
    for (const auto& l : std::get<Routine>(p).stopIf)
        named |=
            l.find("pain, tingling or numbness lasts more than about half an hour afterwards") !=
            std::string::npos;
    EXPECT_TRUE(named);
}

TEST(RoutineFile, NoBuiltinPairsChinDownWithToesUp) {
    for (const char* id : {"nerve-floss", "glute-stretch", "knee-rolls", "strengthening"}) {
        auto p = parseRoutine(builtin(id), id, id);
        ASSERT_TRUE(ok(p)) << id << ": " << std::get<ParseError>(p).toString();
        for (const Exercise& ex : std::get<Routine>(p).exercises)
            for (const Phase& ph : ex.phases) {
                const bool chinDown = ph.name.find("chin down") != std::string::npos;
                const bool toesUp = ph.name.find("Toes up") != std::string::npos ||
                                    ph.name.find("toes up") != std::string::npos;
                EXPECT_FALSE(chinDown && toesUp) << id << ": " << ph.name;
            }
    }
}

TEST(RoutineFile, BuiltinGluteStretchHoldsThirtySecondsEachSide) {
    auto p = parseRoutine(builtin("glute-stretch"), "g", "glute-stretch");
    ASSERT_TRUE(ok(p));
    const Routine& r = std::get<Routine>(p);
    ASSERT_EQ(r.exercises.size(), 2u);
    for (const Exercise& ex : r.exercises) {
        EXPECT_EQ(ex.sideRule, SideRule::Each);
        EXPECT_EQ(ex.sets * ex.reps, 3);
        EXPECT_DOUBLE_EQ(ex.phases.at(0).seconds, 30.0);
    }
    const Timeline t(r, SideChoice::Right);
    int holds = 0, switches = 0, transitions = 0;
    for (const Step& s : t.steps()) {
        holds += s.kind == StepKind::Phase;
        switches += s.kind == StepKind::Switch;
        transitions += s.kind == StepKind::Transition;
    }
    EXPECT_EQ(holds, 12);
    EXPECT_EQ(switches, 2);
    EXPECT_EQ(transitions, 1);
}

TEST(RoutineFile, BuiltinKneeRollsAreEightRepsRightMiddleLeftMiddle) {
    auto p = parseRoutine(builtin("knee-rolls"), "k", "knee-rolls");
    ASSERT_TRUE(ok(p));
    const Exercise& ex = std::get<Routine>(p).exercises.at(0);
    EXPECT_EQ(ex.reps, 8);
    ASSERT_EQ(ex.phases.size(), 4u);
    EXPECT_DOUBLE_EQ(ex.phases[0].seconds, 2.0);
    EXPECT_DOUBLE_EQ(ex.phases[2].seconds, 2.0);
    EXPECT_EQ(ex.sideRule, SideRule::None);
}

TEST(RoutineFile, BuiltinStrengtheningDose) {
    auto p = parseRoutine(builtin("strengthening"), "s", "strengthening");
    ASSERT_TRUE(ok(p));
    const auto& ex = std::get<Routine>(p).exercises;
    ASSERT_EQ(ex.size(), 3u);
    EXPECT_EQ(ex[0].reps, 10);
    EXPECT_EQ(ex[1].reps, 12);
    EXPECT_EQ(ex[2].reps, 10);
    for (const auto& e : ex) {
        EXPECT_EQ(e.sets, 3);
        EXPECT_DOUBLE_EQ(e.restSeconds, 60.0);
    }
    EXPECT_EQ(ex[1].sideRule, SideRule::Each);
}

TEST(RoutineFile, ValidateRoutineCatchesAnAppliedDoseOutOfRange) {
    auto p = parseRoutine(kGood, "r.toml", "r");
    ASSERT_TRUE(ok(p));
    Routine r = std::get<Routine>(p);
    EXPECT_FALSE(validateRoutine(r));
    r.exercises[0].reps = 0;
    EXPECT_TRUE(validateRoutine(r));
}

TEST(RoutineFile, SwitchAndTransitionMustBeFiniteAndInRange) {
    ParseError nan = errorOf("name = \"x\"\nswitch = nan\n");
    EXPECT_EQ(nan.line, 2);
    EXPECT_NE(nan.message.find("switch must be from 0 to 120 seconds, got nan"), std::string::npos)
        << nan.message;
    ParseError big = errorOf("name = \"x\"\ntransition = 500\n");
    EXPECT_NE(big.message.find("transition must be from 0 to 120 seconds, got 500"),
              std::string::npos)
        << big.message;
}

TEST(RoutineFile, NanHoldIsRejected) {
    ParseError e = errorOf(
        "name = \"x\"\n[[exercise]]\nname = \"e\"\n[[exercise.phase]]\nname=\"a\"\nhold=nan\n");
    EXPECT_NE(e.message.find("hold"), std::string::npos) << e.message;
}

namespace {

const char* kWithVariant = R"(
name = "Strength"

[[exercise]]
name = "Bridge"
reps = 10
harder = "One-leg bridge"

  [[exercise.phase]]
  name = "Up"
  hold = 2

[[variant]]
name = "One-leg bridge"
reps = 6
side = "each"
tensioner = false

  [[variant.phase]]
  name = "Up on one leg"
  hold = 2
)";

} // namespace

TEST(RoutineFile, VariantsAreKeptApartFromTheExercises) {
    const auto p = parseRoutine(kWithVariant, "s.toml", "s");
    ASSERT_TRUE(ok(p)) << std::get<ParseError>(p).toString();
    const Routine& r = std::get<Routine>(p);
    ASSERT_EQ(r.exercises.size(), 1U);
    EXPECT_EQ(r.exercises[0].harder, "One-leg bridge");
    ASSERT_EQ(r.variants.size(), 1U);
    EXPECT_EQ(r.variants[0].reps, 6);
}

TEST(RoutineFile, WithHarderVariantsSwapsOnlyTheNamedExercise) {
    const Routine r = std::get<Routine>(parseRoutine(kWithVariant, "s.toml", "s"));
    EXPECT_EQ(withHarderVariants(r, {}).exercises[0].name, "Bridge");
    EXPECT_EQ(withHarderVariants(r, {"Bridge"}).exercises[0].name, "One-leg bridge");
    EXPECT_EQ(withHarderVariants(r, {"Clamshell"}).exercises[0].name, "Bridge");
}

TEST(RoutineFile, HarderNamingNoVariantIsReportedAtTheKey) {
    std::string text = kWithVariant;
    text.replace(text.find("harder = \"One-leg bridge\""), 25, "harder = \"Two-leg bridge\"");
    const ParseError e = errorOf(text);
    EXPECT_EQ(e.line, 7);
    EXPECT_EQ(e.column, 10);
    EXPECT_NE(e.message.find("Two-leg bridge"), std::string::npos);
}

TEST(RoutineFile, TensionerIsAVariantKeyOnly) {
    std::string text = kWithVariant;
    text.replace(text.find("reps = 10"), 9, "tensioner = true");
    EXPECT_NE(errorOf(text).message.find("unknown key 'tensioner'"), std::string::npos);
}

TEST(RoutineFile, BuiltInStrengtheningHasTheSingleLegBridge) {
    const auto p = parseRoutine(builtin("strengthening"), "strengthening.toml", "strengthening");
    ASSERT_TRUE(ok(p)) << std::get<ParseError>(p).toString();
    const Routine& r = std::get<Routine>(p);
    EXPECT_EQ(r.exercises.at(0).harder, "Single-leg bridge");
    EXPECT_EQ(r.variants.at(0).name, "Single-leg bridge");
}

// 2^53 + 1 is a valid TOML integer that no double holds: toml++ gives no value for it, which must
// be an error at its place, not a key left out (nor, for the hold, "needs 'hold'").
TEST(RoutineFile, AWholeNumberNoDoubleHoldsIsOutOfRange) {
    ParseError rest = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\nrest = 9007199254740993\n"
                              "[[exercise.phase]]\nname = \"a\"\nhold = 3\n");
    EXPECT_EQ(rest.line, 4);
    EXPECT_NE(rest.message.find("'rest' is out of range"), std::string::npos) << rest.message;
    ParseError hold = errorOf("name = \"x\"\n[[exercise]]\nname = \"e\"\n[[exercise.phase]]\n"
                              "name = \"a\"\nhold = 9007199254740993\n");
    EXPECT_EQ(hold.line, 6);
    EXPECT_NE(hold.message.find("'hold' is out of range"), std::string::npos) << hold.message;
    EXPECT_EQ(hold.message.find("needs"), std::string::npos) << hold.message;
}

// A routine of thousands of exercises, each within the limits, took gigabytes to list: the
// exercises and the postures per exercise are capped.
TEST(RoutineFile, ExercisesAndPosturesAreCapped) {
    std::string many = "name = \"x\"\n";
    for (int i = 0; i <= Limits::kExercisesMax; ++i)
        many += "[[exercise]]\nname = \"e" + std::to_string(i) +
                "\"\n[[exercise.phase]]\nname = \"a\"\nhold = 1\n";
    ParseError e = errorOf(many);
    EXPECT_NE(e.message.find("has 21 exercises; at most 20"), std::string::npos) << e.message;
    std::string postures = "name = \"x\"\n[[exercise]]\nname = \"e\"\n";
    for (int i = 0; i <= Limits::kPhasesMax; ++i)
        postures += "[[exercise.phase]]\nname = \"p" + std::to_string(i) + "\"\nhold = 1\n";
    ParseError p = errorOf(postures);
    EXPECT_NE(p.message.find("has 11 phases; at most 10"), std::string::npos) << p.message;
}

// The spoken set-up takes whole seconds, so with whole-second holds every later boundary falls on
// a whole second of the session: the step's count, the clock for the whole session and its bar
// change on the same instants, and the window draws once a second rather than twice.
TEST(RoutineFile, EveryBuiltinSetUpLastsWholeSeconds) {
    int setUps = 0;
    for (const char* id : {"nerve-floss", "glute-stretch", "knee-rolls", "strengthening"}) {
        auto p = parseRoutine(builtin(id), id, id);
        ASSERT_TRUE(ok(p)) << id;
        Routine r = std::get<Routine>(p);
        r.setupSpoken = true;
        const Timeline t(r, SideChoice::Both);
        for (const Step& s : t.steps())
            if (s.isSetUp()) {
                ++setUps;
                EXPECT_EQ(s.duration.count() % 1'000'000, 0)
                    << id << ": " << s.label << " lasts " << toSeconds(s.duration) << " s";
            }
    }
    EXPECT_GE(setUps, 6);
}
