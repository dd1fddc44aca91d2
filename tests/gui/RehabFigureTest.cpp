#include "app/gui/figures/RehabFigures.hpp"

#include "FigureTestSupport.hpp"

#include "core/RoutineFile.hpp"
#include "core/SelfCheck.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace nf::gui {
namespace {

Joints at(std::string_view family, std::string_view posture) {
    return jointsOf(figureFamily(family).pose(posture));
}
Joints sideLying(std::string_view family, std::string_view posture) {
    return jointsOf(figureFamily(family).pose(posture), SideLyingFigure::body());
}
double distance(Vec2 a, Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

std::vector<Routine> builtInRoutines() {
    std::vector<Routine> out;
    for (const auto& entry :
         std::filesystem::directory_iterator(NERVEFLOSS_SOURCE_ASSETS "/routines")) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        auto parsed = parseRoutine(text.str(), entry.path().string(), entry.path().stem().string());
        if (auto* r = std::get_if<Routine>(&parsed)) {
            out.push_back(*r);
        } else {
            ADD_FAILURE() << entry.path() << " does not parse";
        }
    }
    out.push_back(selfCheckRoutine(SideChoice::Left));
    return out;
}

// ---- inverse kinematics ----

TEST(LegTo, PutsTheAnkleOnTheTarget) {
    const Vec2 hip{0.5, 0.5}, target{0.8, 0.55};
    const LegAngles a = legTo(hip, target, 0.23, 0.23, Bend::Counterclockwise);
    Pose p;
    p.pelvis = hip;
    p.thigh = a.thigh;
    p.shin = a.shin;
    const Joints j = jointsOf(p);
    EXPECT_NEAR(j.ankle.x, target.x, 1e-9);
    EXPECT_NEAR(j.ankle.y, target.y, 1e-9);
    EXPECT_LT(j.knee.y, hip.y); // counterclockwise of a rightward line: the knee is above it
}

TEST(LegTo, ClockwiseBendsTheOtherWay) {
    const LegAngles up = legTo({0.5, 0.5}, {0.8, 0.5}, 0.23, 0.23, Bend::Counterclockwise);
    const LegAngles down = legTo({0.5, 0.5}, {0.8, 0.5}, 0.23, 0.23, Bend::Clockwise);
    EXPECT_NEAR(up.thigh, -down.thigh, 1e-9);
    EXPECT_GT(up.thigh, 0.0);
}

TEST(LegTo, OutOfReachIsAStraightLegPointingAtTheTarget) {
    const LegAngles a = legTo({0.0, 0.5}, {1.0, 0.5}, 0.23, 0.23, Bend::Counterclockwise);
    EXPECT_NEAR(a.thigh, 0.0, 1e-6);
    EXPECT_NEAR(a.shin, 0.0, 1e-6);
}

// ---- lying on the back ----

TEST(LyingBack, TheSetUpHasBothKneesUpAndTheFeetOnTheFloor) {
    const Joints j = at("figure-four", "");
    EXPECT_LT(j.knee.y, j.pelvis.y - 0.1);
    EXPECT_LT(j.farKnee.y, j.pelvis.y - 0.1);
    EXPECT_NEAR(j.ankle.y, LyingBackFigure::floorY(), 0.04);
    EXPECT_LT(j.head.x, j.pelvis.x); // head to the left, lying down
    EXPECT_NEAR(j.head.y, j.pelvis.y, 0.05);
}

Joints four(std::string_view posture) {
    return FigureFourFigure::joints(figureFamily("figure-four").pose(posture));
}

TEST(FigureFour, TheNearAnkleIsCrossedOverTheFarKnee) {
    const Joints j = four("figure-four-hold");
    EXPECT_LT(distance(j.ankle, j.farKnee), 0.06);
    EXPECT_LT(j.ankle.y, j.farKnee.y); // on top of it
    // The shin crosses the knee: the foot carries on past it, away from the near knee.
    EXPECT_LT((j.toe.x - j.farKnee.x) * (j.knee.x - j.farKnee.x), 0.0);
}

TEST(FigureFour, TheNearKneePointsAtTheViewerSoItsThighIsDrawnShort) {
    const Joints hold = four("figure-four-hold"), setup = four("");
    EXPECT_LT(distance(hold.pelvis, hold.knee), 0.6 * distance(setup.pelvis, setup.knee));
    EXPECT_NEAR(distance(hold.knee, hold.ankle), Body{}.shin, 1e-9); // the shin keeps its length
}

TEST(FigureFour, TheFarKneeIsDrawnTowardTheChest) {
    EXPECT_LT(four("figure-four-hold").farKnee.x, four("").farKnee.x - 0.05);
}

TEST(FigureFour, TheHandsHoldTheFarThigh) {
    const Joints j = four("figure-four-hold");
    EXPECT_LT(distance(j.hand, (j.pelvis + j.farKnee) * 0.5), 0.08);
}

TEST(FigureFour, TheSetUpIsTheLyingSetUp) {
    const Joints j = four(""), plain = jointsOf(LyingBackFigure::setupPose());
    EXPECT_LT(distance(j.knee, plain.knee), 1e-9);
}

// ---- seen from above ----

TopView shoulderView(std::string_view posture) {
    return KneeToShoulderFigure::view(figureFamily("knee-to-shoulder").pose(posture));
}

TEST(KneeToShoulder, TheKneeIsPulledAcrossTheBodyTowardTheOppositeShoulder) {
    const TopView hold = shoulderView("knee-to-shoulder-hold"), setup = shoulderView("");
    // The right knee (down the box) crosses the middle line toward the left shoulder (up the box).
    EXPECT_GT(setup.rightKnee.y, setup.leftKnee.y);
    EXPECT_LT(hold.rightKnee.y, setup.leftKnee.y); // past where the other knee is
    EXPECT_LT(distance(hold.rightKnee, hold.leftShoulder),
              distance(setup.rightKnee, setup.leftShoulder) - 0.15);
    EXPECT_LT(distance(hold.rightKnee, hold.leftShoulder),
              distance(hold.rightKnee, hold.rightShoulder));
}

TEST(KneeToShoulder, BothHandsHoldTheKneeAndTheOtherLegStays) {
    const TopView hold = shoulderView("knee-to-shoulder-hold"), setup = shoulderView("");
    EXPECT_LT(distance(hold.leftHand, hold.rightKnee), 0.06);
    EXPECT_LT(distance(hold.rightHand, hold.rightKnee), 0.06);
    EXPECT_EQ(hold.leftKnee, setup.leftKnee);
    EXPECT_EQ(hold.leftFoot, setup.leftFoot);
}

// The drawing of `posture` for the left side is the right side's, flipped left to right.
void expectMirrored(std::string_view family, std::string_view posture) {
    const FigureFamily& f = figureFamily(family);
    FigureMoment m{std::string(family), std::string(posture), std::string(posture), 1.0, 0,
                   Side::Right};
    const Drawing right = f.drawFor(m);
    m.side = Side::Left;
    const Drawing left = f.drawFor(m);
    ASSERT_EQ(right.discs.size(), left.discs.size()) << family;
    for (std::size_t i = 0; i < right.discs.size(); ++i) {
        EXPECT_NEAR(left.discs[i].centre.x, 1.0 - right.discs[i].centre.x, 1e-9) << family;
        EXPECT_NEAR(left.discs[i].centre.y, right.discs[i].centre.y, 1e-9) << family;
    }
}

TEST(KneeToShoulder, IsMirroredForTheLeftSide) {
    expectMirrored("knee-to-shoulder", "knee-to-shoulder-hold");
}

TEST(Bridge, TheHipIsHigherAtTheTopThanDown) {
    EXPECT_LT(at("bridge", "bridge-top").pelvis.y, at("bridge", "bridge-down").pelvis.y - 0.08);
    EXPECT_LT(at("bridge", "bridge-up").pelvis.y, at("bridge", "bridge-down").pelvis.y - 0.08);
}

TEST(Bridge, ShouldersAndFeetStayOnTheFloor) {
    const Joints top = at("bridge", "bridge-top"), down = at("bridge", "bridge-down");
    EXPECT_NEAR(distance(top.shoulder, down.shoulder), 0.0, 1e-9);
    EXPECT_NEAR(distance(top.ankle, down.ankle), 0.0, 1e-9);
    EXPECT_NEAR(distance(top.farAnkle, down.farAnkle), 0.0, 1e-9);
}

TEST(Bridge, AtTheTopShouldersHipsAndKneesMakeALine) {
    const Joints j = at("bridge", "bridge-top");
    const double trunk = std::atan2(j.shoulder.y - j.pelvis.y, j.shoulder.x - j.pelvis.x);
    const double thigh = std::atan2(j.pelvis.y - j.knee.y, j.pelvis.x - j.knee.x);
    EXPECT_NEAR(trunk, thigh, 0.35); // within 20 degrees
}

// ---- knee rolls ----

TopView rollView(std::string_view posture) {
    return KneeRollsFigure::view(figureFamily("knee-rolls").pose(posture));
}

TEST(KneeRolls, KneesRightLowersBothKneesToThePersonsRight) {
    // Seen from above with the head on the left, the person's right is down the box.
    const auto v = rollView("knees-right"), mid = rollView("knees-middle");
    EXPECT_GT(v.leftKnee.y, mid.leftKnee.y + 0.12);
    EXPECT_GT(v.rightKnee.y, mid.rightKnee.y + 0.12);
    EXPECT_GT(std::min(v.leftKnee.y, v.rightKnee.y), std::max(v.leftHip.y, v.rightHip.y) + 0.03);
}

TEST(KneeRolls, KneesLeftLowersBothKneesToThePersonsLeft) {
    const auto v = rollView("knees-left"), mid = rollView("knees-middle");
    EXPECT_LT(v.leftKnee.y, mid.leftKnee.y - 0.12);
    EXPECT_LT(v.rightKnee.y, mid.rightKnee.y - 0.12);
    EXPECT_LT(std::max(v.leftKnee.y, v.rightKnee.y), std::min(v.leftHip.y, v.rightHip.y) - 0.03);
}

TEST(KneeRolls, TheKneesStayTogetherInEveryPose) {
    for (const char* posture : {"knees-right", "knees-middle", "knees-left"}) {
        const auto v = rollView(posture);
        EXPECT_LT(distance(v.leftKnee, v.rightKnee), 0.09) << posture;
        EXPECT_LT(distance(v.leftFoot, v.rightFoot), 0.15) << posture;
    }
}

TEST(KneeRolls, InTheMiddleTheKneesPointUpBetweenTheHips) {
    const auto v = rollView("knees-middle");
    const double middle = (v.leftHip.y + v.rightHip.y) / 2;
    EXPECT_NEAR((v.leftKnee.y + v.rightKnee.y) / 2, middle - 0.057,
                0.01);                          // raised: drawn a little up
    EXPECT_GT(v.leftKnee.x, v.leftHip.x + 0.1); // toward the feet
    EXPECT_LT(v.leftKnee.x, v.leftFoot.x);
}

TEST(KneeRolls, ShouldersHeadAndFeetStayWhereTheyAre) {
    const auto middle = rollView("knees-middle"), right = rollView("knees-right"),
               left = rollView("knees-left");
    for (const auto& v : {right, left}) {
        EXPECT_EQ(v.leftFoot, middle.leftFoot);
        EXPECT_EQ(v.rightFoot, middle.rightFoot);
        EXPECT_EQ(v.leftShoulder, middle.leftShoulder);
        EXPECT_EQ(v.rightShoulder, middle.rightShoulder);
        EXPECT_EQ(v.head, middle.head);
    }
}

TEST(KneeRolls, ArmsOutToTheSidesHeadOnTheLeft) {
    const auto v = rollView("");
    EXPECT_LT(v.leftHand.y, v.leftShoulder.y - 0.1);
    EXPECT_GT(v.rightHand.y, v.rightShoulder.y + 0.1);
    EXPECT_LT(v.head.x, v.leftShoulder.x);
    EXPECT_LT(v.leftShoulder.x, v.leftHip.x);
}

TEST(KneeRolls, IsNeverMirrored) {
    const FigureFamily& f = figureFamily("knee-rolls");
    FigureMoment m{"knee-rolls", "knees-middle", "knees-right", 1.0, 0, Side::Left};
    EXPECT_EQ(f.drawFor(m).discs.front().centre, f.draw(m).discs.front().centre);
}

TEST(KneeRolls, TheDrawnKneesMoveSmoothly) {
    const KneeRollsFigure& f = dynamic_cast<const KneeRollsFigure&>(figureFamily("knee-rolls"));
    Vec2 last = KneeRollsFigure::view(f.pose("knees-middle")).rightKnee;
    for (int i = 1; i <= 20; ++i) {
        const Pose p = blend(f.pose("knees-middle"), f.pose("knees-right"), i / 20.0);
        const Vec2 knee = KneeRollsFigure::view(p).rightKnee;
        EXPECT_LT(distance(knee, last), 0.03);
        EXPECT_GE(knee.y, last.y);
        last = knee;
    }
}

// ---- lying on the side ----

TEST(Clamshell, OpeningLiftsTheTopKneeAndKeepsTheFeetTogether) {
    const Joints open = sideLying("clamshell", "clam-open"),
                 closed = sideLying("clamshell", "clam-closed");
    EXPECT_LT(open.knee.y, closed.knee.y - 0.08);
    EXPECT_LT(distance(open.ankle, closed.ankle), 1e-9);
    EXPECT_LT(distance(closed.ankle, closed.farAnkle), 0.05); // feet together
    EXPECT_LT(distance(closed.knee, closed.farKnee), 0.05);   // knees together when closed
}

TEST(LegLift, LiftingRaisesTheTopFootAndKeepsTheLegStraight) {
    const Joints up = sideLying("leg-lift", "leg-up"), down = sideLying("leg-lift", "leg-down");
    EXPECT_LT(up.ankle.y, down.ankle.y - 0.15);
    const Pose p = figureFamily("leg-lift").pose("leg-up");
    EXPECT_DOUBLE_EQ(p.thigh, p.shin);
}

TEST(LegLift, TheBottomKneeIsBentTheTopLegInLine) {
    const Joints down = sideLying("leg-lift", "leg-down");
    EXPECT_GT(down.ankle.x, down.farAnkle.x); // the straight top leg reaches farther
    EXPECT_NEAR(down.ankle.y, down.pelvis.y, 0.06);
}

TEST(SideLying, TheBodyLiesOnTheFloor) {
    const Joints j = sideLying("clamshell", "");
    EXPECT_NEAR(j.head.y, j.pelvis.y, 1e-9);
    EXPECT_LT(j.pelvis.y, SideLyingFigure::floorY());
    EXPECT_NEAR(j.farKnee.y + Body{}.limbWidth * 0.45, SideLyingFigure::floorY(),
                0.02); // knee on the floor
}

// ---- slump ----

TEST(Slump, SittingTallIsUprightWithStraightBack) {
    const Pose p = figureFamily("slump").pose("slump-tall");
    EXPECT_DOUBLE_EQ(p.trunk, 90.0);
    EXPECT_DOUBLE_EQ(p.backRound, 0.0);
    const Joints j = at("slump", "slump-tall");
    EXPECT_LT(j.elbow.x, j.shoulder.x); // hands behind the back
}

TEST(Slump, TheHandsAreBehindTheBackInEveryStep) {
    // Facing right: behind the back is to the left of the back line, behind the hips.
    for (std::string_view posture : figureFamily("slump").postures()) {
        if (posture == "slump-relax")
            continue;
        const Joints j = at("slump", posture);
        EXPECT_LT(j.hand.x, j.pelvis.x - 0.02) << posture;
        EXPECT_LT(j.hand.x, j.shoulder.x) << posture;
    }
}

TEST(Slump, TheCheckedLegIsTheNearOneWhicheverSide) {
    // The figure faces the other way, so the person's left leg is the one toward the viewer.
    expectMirrored("slump", "slump-knee-right");
}

TEST(SideLying, TheTopLegIsTheLeftUnmirroredAndTheRightMirrored) {
    EXPECT_EQ(figureFamily("clamshell").drawnSide(), Side::Left);
    expectMirrored("clamshell", "clam-open");
}

TEST(Slump, SlumpingRoundsTheBackAndLowersTheShoulders) {
    const Joints tall = at("slump", "slump-tall"), slumped = at("slump", "slump-slumped");
    EXPECT_GT(slumped.shoulder.y, tall.shoulder.y + 0.01);
    EXPECT_GT(figureFamily("slump").pose("slump-slumped").backRound, 0.1);
    EXPECT_NEAR(slumped.nose.y, slumped.head.y, 0.02); // chin level
}

TEST(Slump, ChinToChestDropsTheHead) {
    const Joints chin = at("slump", "slump-chin"), slumped = at("slump", "slump-slumped");
    EXPECT_GT(chin.head.y, slumped.head.y + 0.03);
    EXPECT_GT(chin.nose.y, chin.head.y);
}

TEST(Slump, StraighteningTheKneeLiftsTheFoot) {
    for (const char* leg : {"left", "right"}) {
        const Joints knee = at("slump", std::string("slump-knee-") + leg),
                     chin = at("slump", "slump-chin");
        EXPECT_LT(knee.ankle.y, chin.ankle.y - 0.15) << leg;
        EXPECT_EQ(knee.head, chin.head) << leg; // the chin stays down
    }
}

TEST(Slump, ToesUpClosesTheAnkle) {
    EXPECT_LT(ankleAngle(at("slump", "slump-toes-right")),
              ankleAngle(at("slump", "slump-knee-right")) - 30);
    EXPECT_LT(ankleAngle(at("slump", "slump-toes-left")), 95.0);
}

TEST(Slump, LookingUpLiftsTheHeadAndKeepsTheLeg) {
    const Joints up = at("slump", "slump-lookup-left"), toes = at("slump", "slump-toes-left");
    EXPECT_LT(up.nose.y, up.head.y);
    EXPECT_LT(up.head.y, toes.head.y - 0.05);
    EXPECT_EQ(up.toe, toes.toe);
    EXPECT_EQ(up.back, toes.back); // the back stays rounded
}

TEST(Slump, RelaxIsTheSetUpWithTheLegsHanging) {
    EXPECT_EQ(at("slump", "slump-relax").ankle, at("slump", "").ankle);
    EXPECT_GT(at("slump", "slump-relax").ankle.y, at("slump", "slump-knee-right").ankle.y + 0.15);
}

// ---- every family ----

TEST(RehabFigures, EveryBuiltInFigureKeyHasItsOwnFamily) {
    for (const Routine& r : builtInRoutines())
        for (const Exercise& ex : r.exercises)
            EXPECT_EQ(figureFamily(ex.figure).key(), ex.figure) << r.id << ": " << ex.name;
}

TEST(RehabFigures, EveryBuiltInPostureIsOneItsFamilyDraws) {
    for (const Routine& r : builtInRoutines())
        for (const Exercise& ex : r.exercises) {
            const auto keys = figureFamily(ex.figure).postures();
            for (const Phase& ph : ex.phases)
                EXPECT_NE(std::find(keys.begin(), keys.end(), ph.posture), keys.end())
                    << r.id << ": " << ph.posture;
        }
}

TEST(RehabFigures, EveryStepOfARepMovesTheFigure) {
    // Consecutive phases with different posture keys look different, so each cue shows a change.
    for (const Routine& r : builtInRoutines())
        for (const Exercise& ex : r.exercises) {
            const FigureFamily& f = figureFamily(ex.figure);
            for (std::size_t i = 0; i + 1 < ex.phases.size(); ++i) {
                const std::string& a = ex.phases[i].posture;
                const std::string& b = ex.phases[i + 1].posture;
                if (a == b || (a == "bridge-up" && b == "bridge-top"))
                    continue; // lift, then hold
                FigureMoment ma{ex.figure, a, a, 1.0, 0, Side::None},
                    mb{ex.figure, b, b, 1.0, 0, Side::None};
                const Drawing da = f.draw(ma), db = f.draw(mb);
                bool differs = false;
                for (std::size_t s = 0; s < std::min(da.strokes.size(), db.strokes.size()); ++s)
                    differs |= da.strokes[s].points != db.strokes[s].points;
                EXPECT_TRUE(differs) << r.id << ": " << a << " -> " << b;
            }
        }
}

TEST(RehabFigures, EveryPoseStaysInsideTheBox) {
    for (const auto& family : figureFamilies()) {
        std::vector<std::string_view> keys = family->postures();
        keys.push_back("");
        keys.push_back("rest");
        for (std::string_view k : keys) {
            FigureMoment m{
                std::string(family->key()), std::string(k), std::string(k), 1.0, 0, Side::Right};
            const Drawing d = family->draw(m);
            for (const Stroke& s : d.strokes)
                for (const Vec2& v : s.points) {
                    EXPECT_GE(v.x - s.width / 2, 0.0) << family->key() << " " << k;
                    EXPECT_LE(v.x + s.width / 2, 1.0) << family->key() << " " << k;
                    EXPECT_GE(v.y - s.width / 2, 0.0) << family->key() << " " << k;
                    EXPECT_LE(v.y + s.width / 2, 1.0) << family->key() << " " << k;
                }
            for (const Disc& c : d.discs) {
                EXPECT_GE(c.centre.y - c.radius, 0.0) << family->key() << " " << k;
                EXPECT_LE(c.centre.y + c.radius, 1.0) << family->key() << " " << k;
            }
        }
    }
}

TEST(RehabFigures, EveryFamilyDrawsItsProps) {
    for (const auto& family : figureFamilies()) {
        FigureMoment m{std::string(family->key()), "", "", 1.0, 0, Side::None};
        EXPECT_FALSE(family->draw(m).blocks.empty()) << family->key();
    }
}

TEST(RehabFigures, TheRegistryHasEachKeyOnce) {
    std::vector<std::string_view> keys;
    for (const auto& f : figureFamilies())
        keys.push_back(f->key());
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
    EXPECT_EQ(keys.size(), 8u);
}

} // namespace
} // namespace nf::gui
