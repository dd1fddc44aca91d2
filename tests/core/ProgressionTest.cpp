#include "core/Progression.hpp"

#include "PlanTestSupport.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace nf::test;

namespace {

Routine strengthening(bool tensionerVariant = false) {
    Routine r;
    r.id = "strengthening";
    Exercise bridge;
    bridge.name = "Glute bridge";
    bridge.harder = "Single-leg bridge";
    Exercise clam;
    clam.name = "Clamshell";
    Exercise single;
    single.name = "Single-leg bridge";
    single.tensioner = tensionerVariant;
    r.exercises = {bridge, clam};
    r.variants = {single};
    return r;
}

Routine flossRoutine() {
    Routine r;
    r.id = "nerve-floss";
    Exercise ex;
    ex.name = "Nerve flossing";
    ex.harder = "Tensioner";
    Exercise tensioner;
    tensioner.name = "Tensioner";
    tensioner.tensioner = true;
    r.exercises = {ex};
    r.variants = {tensioner};
    return r;
}

// A completed session of `id` every `gap` days over the last `days` days, pain steady.
std::vector<SessionRecord> green(const std::string& id, int days = 14, int gap = 1) {
    std::vector<SessionRecord> out;
    for (int ago = 0; ago < days; ago += gap)
        out.push_back(done(id, ago, 9, 0, 3, 3));
    return out;
}

const Plan kPlan = defaultPlan();

std::optional<StepUp> step(const std::string& id, const Routine& routine, const DoseNow& now,
                           const std::vector<SessionRecord>& records,
                           const std::vector<MorningRecord>& mornings = {},
                           const std::vector<DoseChange>& changes = {},
                           const PlanEntry* planEntry = nullptr) {
    return stepUp(planEntry ? *planEntry : *kPlan.find(id), routine, now, records, mornings,
                  changes, kPlanToday);
}

} // namespace

TEST(Progression, FourteenGreenDaysStepFlossingRepsUp) {
    const auto s = step("nerve-floss", flossRoutine(), {15, 3.0, {}}, green("nerve-floss"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, StepUpKind::Reps);
    EXPECT_EQ(s->reps, 20);
    EXPECT_EQ(stepLine(*s, "Nerve flossing", {15, 3.0, {}}).substr(0, 59),
              "Step up for Nerve flossing: 20 reps a set instead of 15 (14");
}

TEST(Progression, RepsStopAtThePlansCap) {
    EXPECT_EQ(step("nerve-floss", flossRoutine(), {22, 3.0, {}}, green("nerve-floss"))->reps, 25);
}

TEST(Progression, ThirteenDaysAreNotEnough) {
    EXPECT_FALSE(step("nerve-floss", flossRoutine(), {15, 3.0, {}}, green("nerve-floss", 13)));
}

TEST(Progression, TooFewSessionDaysAreNotEnough) {
    // Every third day over 14 days: 5 days with a session.
    EXPECT_FALSE(step("nerve-floss", flossRoutine(), {15, 3.0, {}}, green("nerve-floss", 14, 3)));
}

TEST(Progression, OneAmberInTheWindowStopsIt) {
    auto records = green("nerve-floss");
    records.push_back(done("nerve-floss", 6, 18, 0, 2, 4)); // a rise of 2
    EXPECT_FALSE(step("nerve-floss", flossRoutine(), {15, 3.0, {}}, records));
    const std::vector<MorningRecord> worse = {{addDays(kPlanToday, -10), MorningCheck::Worse}};
    EXPECT_FALSE(step("nerve-floss", flossRoutine(), {15, 3.0, {}}, green("nerve-floss"), worse));
}

TEST(Progression, AmberBeforeTheWindowDoesNotCount) {
    auto records = green("nerve-floss");
    records.push_back(done("nerve-floss", 14, 18, 0, 2, 6));
    EXPECT_TRUE(step("nerve-floss", flossRoutine(), {15, 3.0, {}}, records));
}

TEST(Progression, ARecentChangeRestartsTheCount) {
    DoseChange c;
    c.routineId = "nerve-floss";
    c.at = {addDays(kPlanToday, -5), 9, 0, 0};
    EXPECT_FALSE(step("nerve-floss", flossRoutine(), {20, 3.0, {}}, green("nerve-floss"), {}, {c}));
    c.at = {addDays(kPlanToday, -14), 9, 0, 0};
    EXPECT_TRUE(step("nerve-floss", flossRoutine(), {20, 3.0, {}}, green("nerve-floss"), {}, {c}));
}

TEST(Progression, AtTheRepCapTheHoldStepsUp) {
    const auto s = step("nerve-floss", flossRoutine(), {25, 3.0, {}}, green("nerve-floss"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, StepUpKind::Hold);
    EXPECT_DOUBLE_EQ(s->hold, 4.0);
    EXPECT_DOUBLE_EQ(step("nerve-floss", flossRoutine(), {25, 4.5, {}}, green("nerve-floss"))->hold,
                     5.0);
}

TEST(Progression, TensionerStaysOffUnlessThePlanSwitchesItOn) {
    PlanEntry e = *kPlan.find("nerve-floss");
    e.harderVariants = true;
    EXPECT_FALSE(
        step("nerve-floss", flossRoutine(), {25, 5.0, {}}, green("nerve-floss"), {}, {}, &e));
    e.tensioner = true;
    const auto s =
        step("nerve-floss", flossRoutine(), {25, 5.0, {}}, green("nerve-floss"), {}, {}, &e);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->variant, "Tensioner");
}

TEST(Progression, StrengtheningRepsThenTheHarderVariant) {
    const auto records = green("strengthening", 15, 2); // every other day: 7 days
    EXPECT_EQ(step("strengthening", strengthening(), {10, 2.0, {}}, records)->reps, 12);
    const auto s = step("strengthening", strengthening(), {15, 2.0, {}}, records);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, StepUpKind::Harder);
    EXPECT_EQ(s->exercise, "Glute bridge");
    EXPECT_EQ(s->variant, "Single-leg bridge");
    EXPECT_FALSE(step("strengthening", strengthening(), {15, 2.0, {"Glute bridge"}}, records));
}

TEST(Progression, TensionerMarkedStrengthVariantNeedsThePlan) {
    EXPECT_FALSE(
        step("strengthening", strengthening(true), {15, 2.0, {}}, green("strengthening", 15, 2)));
}

TEST(Progression, NoCapsNoStep) {
    EXPECT_FALSE(step("glute-stretch", Routine{}, {3, 30.0, {}}, green("glute-stretch")));
}

TEST(Progression, AcceptedStepBecomesAChangeWithItsReason) {
    const auto s = step("nerve-floss", flossRoutine(), {15, 3.0, {}}, green("nerve-floss"));
    const DoseChange c = s->change({15, 3.0, {}}, {kPlanToday, 9, 0, 0});
    EXPECT_EQ(c.what, "reps");
    EXPECT_EQ(c.from, "15");
    EXPECT_EQ(c.to, "20");
    EXPECT_EQ(c.reason, s->reason);
    EXPECT_NE(c.reason.find("14 days of green"), std::string::npos);
}

TEST(Progression, HarderChosenFollowsTheChanges) {
    DoseChange c{{kPlanToday, 9, 0, 0}, "strengthening",     "harder",
                 "Glute bridge",        "Single-leg bridge", "why"};
    DoseChange reps{{kPlanToday, 9, 0, 0}, "strengthening", "reps", "10", "12", "why"};
    EXPECT_EQ(harderChosen({c, reps, c}, "strengthening"),
              std::vector<std::string>{"Glute bridge"});
    EXPECT_TRUE(harderChosen({c}, "nerve-floss").empty());
}
