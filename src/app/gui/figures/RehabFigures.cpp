#include "app/gui/figures/RehabFigures.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nf::gui {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

double angleOf(Vec2 v) {
    return std::atan2(-v.y, v.x) / kDeg;
}
double length(Vec2 v) {
    return std::hypot(v.x, v.y);
}

// The arm's two links reach for a target the same way a leg does.
LegAngles armTo(Vec2 shoulder, Vec2 hand, Bend bend) {
    const Body b;
    return legTo(shoulder, hand, b.upperArm, b.forearm, bend);
}

} // namespace

LegAngles legTo(Vec2 hip, Vec2 ankle, double thigh, double shin, Bend bend) {
    const Vec2 d = ankle - hip;
    if (length(d) < 1e-9)
        return {0.0, 180.0}; // folded flat on itself
    const double dist = std::clamp(length(d), std::abs(thigh - shin) + 1e-9, thigh + shin);
    const double cosA =
        std::clamp((thigh * thigh + dist * dist - shin * shin) / (2 * thigh * dist), -1.0, 1.0);
    const double a = std::acos(cosA) / kDeg;
    LegAngles out;
    out.thigh = angleOf(d) + (bend == Bend::Counterclockwise ? a : -a);
    const Vec2 knee = hip + direction(out.thigh) * thigh;
    const Vec2 rest = ankle - knee;
    // Out of reach, the leg is straight and points at the target.
    out.shin = length(rest) < 1e-9 ? out.thigh : angleOf(rest);
    return out;
}

// ---- lying on the back ----------------------------------------------------------------------

double LyingBackFigure::floorY() {
    return 0.70;
} // the lying body centred in the box

Pose LyingBackFigure::setupPose() {
    const Body b;
    const double centre = floorY() - b.limbWidth * 0.75; // the back's thickness rests on the floor
    Pose p;
    p.pelvis = {0.50, centre};
    p.trunk = 180.0; // the head to the left
    p.backRound = 0.0;
    // The neck tips up just enough for the back of the head to rest on the floor.
    p.neck = 180.0 - std::asin((b.head - b.limbWidth * 0.75) / b.neck) / kDeg;
    p.face = 90.0; // looking at the ceiling
    const double ankleY = floorY() - b.limbWidth * 0.55;
    const LegAngles nearLeg =
        legTo(p.pelvis, {0.80, ankleY}, b.thigh, b.shin, Bend::Counterclockwise);
    const LegAngles farLeg =
        legTo(p.pelvis, {0.775, ankleY}, b.thigh, b.shin, Bend::Counterclockwise);
    p.thigh = nearLeg.thigh;
    p.shin = nearLeg.shin;
    p.foot = 0.0; // flat on the floor
    p.farThigh = farLeg.thigh;
    p.farShin = farLeg.shin;
    p.farFoot = 0.0;
    p.upperArm = -6.0; // the arm by the side, on the floor
    p.forearm = -3.0;
    return p;
}

void LyingBackFigure::addProps(Drawing& out) const {
    out.blocks.push_back({{0.02, floorY(), 0.96, 0.035}, Tone::Prop});      // a mat
    out.blocks.push_back({{0.0, floorY() + 0.06, 1.0, 0.012}, Tone::Prop}); // the floor
}

namespace {

constexpr double kFourFarThigh = 108.0; // the far knee drawn toward the chest
constexpr double kFourShortest = 0.45;  // the near thigh, pointing at the viewer, drawn this short

// How far a figure-four pose has crossed the legs: 0 at the set-up, 1 in the hold.
double fourCrossed(const Pose& p) {
    const double setup = LyingBackFigure::setupPose().farThigh;
    return std::clamp((p.farThigh - setup) / (kFourFarThigh - setup), 0.0, 1.0);
}

} // namespace

Pose FigureFourFigure::pose(std::string_view posture) const {
    Pose p = setupPose();
    if (posture != "figure-four-hold")
        return p;
    const Body b;
    // The far thigh drawn toward the chest, its shin level; the near ankle rests on top of the
    // far knee, the near knee turned out toward the viewer (a short thigh on screen).
    p.farThigh = kFourFarThigh;
    p.farShin = -8.0;
    p.farFoot = 20.0;
    const Vec2 farKnee = p.pelvis + direction(p.farThigh) * b.thigh;
    const Vec2 onFarKnee = farKnee + Vec2{0.012, -b.limbWidth * 0.9};
    const LegAngles nearLeg =
        legTo(p.pelvis, onFarKnee, b.thigh * kFourShortest, b.shin, Bend::Clockwise);
    p.thigh = nearLeg.thigh;
    p.shin = nearLeg.shin;
    p.foot = p.shin - 20.0; // the foot carries on past the far knee, relaxed
    // Both hands behind the far thigh, pulling it in.
    const Joints j = jointsOf(p, b);
    const LegAngles arm =
        armTo(j.shoulder, p.pelvis + direction(p.farThigh) * (b.thigh * 0.7), Bend::Clockwise);
    p.upperArm = arm.thigh;
    p.forearm = arm.shin;
    return p;
}

Joints FigureFourFigure::joints(const Pose& p) {
    const Body b;
    Joints j = jointsOf(p, b);
    const double shortening = 1.0 + (kFourShortest - 1.0) * fourCrossed(p);
    j.knee = j.pelvis + direction(p.thigh) * (b.thigh * shortening);
    j.ankle = j.knee + direction(p.shin) * b.shin;
    j.toe = j.ankle + direction(p.foot) * b.foot;
    return j;
}

Drawing FigureFourFigure::draw(const FigureMoment& m) const {
    Drawing d;
    addProps(d);
    const Joints j = joints(blend(pose(m.fromPosture), pose(m.toPosture), m.blend));
    addPerson(d, j);
    // The near knee points at the viewer: a kneecap says so.
    d.discs.push_back({j.knee, Body{}.limbWidth * 0.75, Tone::Figure});
    return d;
}

// ---- seen from above ------------------------------------------------------------------------

namespace {

// A point of a person lying on the back: `along` from the centre of the head toward the feet,
// `across` to the person's right, `up` off the floor.
struct Plan {
    double along = 0.0, across = 0.0, up = 0.0;
};
Vec2 fromAbove(Plan p) {
    return {0.11 + p.along, 0.5 + p.across * 1.45 - p.up * 0.3};
}
Plan mirrorAcross(Plan p) {
    return {p.along, -p.across, p.up};
}

// Turns a point about the line along the floor under the middle of the body: positive degrees
// carry the top of a bent knee toward the person's right.
Plan roll(Plan p, double degrees) {
    const double c = std::cos(degrees * kDeg), s = std::sin(degrees * kDeg);
    return {p.along, p.across * c + p.up * s, -p.across * s + p.up * c};
}
Plan lerpPlan(Plan a, Plan b, double t) {
    return {a.along + (b.along - a.along) * t, a.across + (b.across - a.across) * t,
            a.up + (b.up - a.up) * t};
}

// The right half of the body at the set-up (knees bent, feet flat, arms by the sides); the left
// half is its mirror.
constexpr Plan kShoulder{0.12, 0.11, 0.0};
constexpr Plan kElbow{0.27, 0.15, 0.0};
constexpr Plan kHand{0.41, 0.15, 0.0};
constexpr Plan kHip{0.45, 0.065, 0.0};
constexpr Plan kKnee{0.62, 0.028, 0.19};
constexpr Plan kFoot{0.77, 0.045, 0.0};

TopView setupView() {
    TopView v;
    v.head = fromAbove({});
    v.headRadius = 0.07;
    v.rightShoulder = fromAbove(kShoulder);
    v.leftShoulder = fromAbove(mirrorAcross(kShoulder));
    v.rightElbow = fromAbove(kElbow);
    v.leftElbow = fromAbove(mirrorAcross(kElbow));
    v.rightHand = fromAbove(kHand);
    v.leftHand = fromAbove(mirrorAcross(kHand));
    v.rightHip = fromAbove(kHip);
    v.leftHip = fromAbove(mirrorAcross(kHip));
    v.rightKnee = fromAbove(kKnee);
    v.leftKnee = fromAbove(mirrorAcross(kKnee));
    v.rightFoot = fromAbove(kFoot);
    v.leftFoot = fromAbove(mirrorAcross(kFoot));
    return v;
}

void addMat(Drawing& out) {
    out.blocks.push_back({{0.02, 0.3, 0.96, 0.4}, Tone::Prop});
}

} // namespace

void addTopView(Drawing& d, const TopView& v, Tone leftLeg, Tone rightLeg) {
    const Body b;
    const double w = b.limbWidth;
    const Vec2 chest = (v.leftShoulder + v.rightShoulder) * 0.5,
               hips = (v.leftHip + v.rightHip) * 0.5;
    // The legs first, the lower of a rolled pair (its tone muted) under the other.
    const auto leg = [&](Vec2 hip, Vec2 knee, Vec2 foot, Tone tone) {
        d.strokes.push_back({{hip, knee, foot}, w * 1.4, tone});
    };
    if (leftLeg == Tone::Far)
        leg(v.leftHip, v.leftKnee, v.leftFoot, leftLeg);
    if (rightLeg == Tone::Far)
        leg(v.rightHip, v.rightKnee, v.rightFoot, rightLeg);
    // The trunk seen from above is broad: a wide band from the chest to the hips.
    d.strokes.push_back({{chest, hips}, 0.17, Tone::Figure});
    d.strokes.push_back({{v.leftShoulder, v.rightShoulder}, w * 1.3, Tone::Figure});
    d.strokes.push_back({{v.leftHip, v.rightHip}, w * 1.3, Tone::Figure});
    d.strokes.push_back({{v.leftShoulder, v.leftElbow, v.leftHand}, w * 1.1, Tone::Figure});
    d.strokes.push_back({{v.rightShoulder, v.rightElbow, v.rightHand}, w * 1.1, Tone::Figure});
    d.discs.push_back({v.head, v.headRadius, Tone::Figure});
    if (leftLeg != Tone::Far)
        leg(v.leftHip, v.leftKnee, v.leftFoot, leftLeg);
    if (rightLeg != Tone::Far)
        leg(v.rightHip, v.rightKnee, v.rightFoot, rightLeg);
    // Kneecaps: a bent knee seen from above is a round top.
    d.discs.push_back({v.leftKnee, w * 1.0, leftLeg});
    d.discs.push_back({v.rightKnee, w * 1.0, rightLeg});
}

// ---- knee to opposite shoulder ----------------------------------------------------------------

Pose KneeToShoulderFigure::pose(std::string_view posture) const {
    Pose p;
    p.thigh = posture == "knee-to-shoulder-hold" ? 1.0 : 0.0;
    return p;
}

TopView KneeToShoulderFigure::view(const Pose& pose) {
    const double t = std::clamp(pose.thigh, 0.0, 1.0);
    TopView v = setupView();
    // The right knee comes up and across toward the left shoulder; the shin lies across the
    // body, the foot past the left hip; both hands hold the knee.
    const Plan knee = lerpPlan(kKnee, {0.31, -0.07, 0.14}, t);
    const Plan foot = lerpPlan(kFoot, {0.43, -0.20, 0.10}, t);
    v.rightKnee = fromAbove(knee);
    v.rightFoot = fromAbove(foot);
    v.rightElbow = fromAbove(lerpPlan(kElbow, {0.24, 0.11, 0.06}, t));
    v.rightHand = fromAbove(lerpPlan(kHand, {knee.along + 0.01, knee.across + 0.03, knee.up}, t));
    v.leftElbow = fromAbove(lerpPlan(mirrorAcross(kElbow), {0.22, -0.16, 0.06}, t));
    v.leftHand = fromAbove(
        lerpPlan(mirrorAcross(kHand), {knee.along + 0.01, knee.across - 0.03, knee.up}, t));
    return v;
}

void KneeToShoulderFigure::addProps(Drawing& out) const {
    addMat(out);
}

Drawing KneeToShoulderFigure::draw(const FigureMoment& m) const {
    Drawing d;
    addProps(d);
    addTopView(d, view(blend(pose(m.fromPosture), pose(m.toPosture), m.blend)), Tone::Far,
               Tone::Figure);
    return d;
}

Pose BridgeFigure::pose(std::string_view posture) const {
    Pose p = setupPose();
    if (posture != "bridge-up" && posture != "bridge-top")
        return p; // bridge-down: on the floor
    const Body b;
    const Joints flat = jointsOf(p, b);
    // Shoulders and feet stay where they are; the pelvis rises until shoulders, hips and knees
    // make one line.
    p.trunk = 200.0; // from the raised pelvis down to the shoulders
    p.pelvis = flat.shoulder - direction(p.trunk) * b.trunk;
    const LegAngles nearLeg = legTo(p.pelvis, flat.ankle, b.thigh, b.shin, Bend::Counterclockwise);
    const LegAngles farLeg =
        legTo(p.pelvis, flat.farAnkle, b.thigh, b.shin, Bend::Counterclockwise);
    p.thigh = nearLeg.thigh;
    p.shin = nearLeg.shin;
    p.farThigh = farLeg.thigh;
    p.farShin = farLeg.shin;
    return p;
}

// ---- knee rolls -----------------------------------------------------------------------------

Pose KneeRollsFigure::pose(std::string_view posture) const {
    Pose p;
    p.thigh = 0.0;
    if (posture == "knees-right")
        p.thigh = 60.0;
    if (posture == "knees-left")
        p.thigh = -60.0;
    return p;
}

TopView KneeRollsFigure::view(const Pose& pose) {
    const double r = pose.thigh;
    TopView v = setupView();
    // Arms out to the sides, on the floor, keeping the shoulders flat.
    v.rightElbow = fromAbove({0.13, 0.2, 0.0});
    v.leftElbow = fromAbove({0.13, -0.2, 0.0});
    v.rightHand = fromAbove({0.15, 0.29, 0.0});
    v.leftHand = fromAbove({0.15, -0.29, 0.0});
    // The knees roll together; the pelvis turns a little with them; the feet stay planted.
    v.rightHip = fromAbove(roll(kHip, r * 0.2));
    v.leftHip = fromAbove(roll(mirrorAcross(kHip), r * 0.2));
    v.rightKnee = fromAbove(roll(kKnee, r));
    v.leftKnee = fromAbove(roll(mirrorAcross(kKnee), r));
    return v;
}

void KneeRollsFigure::addProps(Drawing& out) const {
    addMat(out);
}

Drawing KneeRollsFigure::draw(const FigureMoment& m) const {
    Drawing d;
    addProps(d);
    const Pose p = blend(pose(m.fromPosture), pose(m.toPosture), m.blend);
    // The leg underneath the roll (the right one, rolling right) is muted.
    const Tone left = p.thigh < -1.0 ? Tone::Far : Tone::Figure;
    const Tone right = p.thigh > 1.0 ? Tone::Far : Tone::Figure;
    addTopView(d, view(p), left, right);
    return d;
}

// ---- lying on the side ----------------------------------------------------------------------

double SideLyingFigure::floorY() {
    return 0.72;
}

Body SideLyingFigure::body() {
    Body b;
    // Bent legs reach toward the viewer: their drawn length is shorter than standing.
    b.thigh = 0.19;
    b.shin = 0.19;
    return b;
}

Pose SideLyingFigure::basePose() {
    const Body b = body();
    Pose p;
    p.pelvis = {0.54, floorY() - 0.10}; // the hip's width above the floor
    p.trunk = 180.0;
    p.backRound = 0.0;
    p.neck = 180.0;
    p.face = -20.0; // toward the viewer, a little down
    // The bottom leg: hips and knees bent, the foot on the floor behind the knee.
    const Vec2 bottomFoot = p.pelvis + Vec2{0.345, 0.03};
    const LegAngles bottom = legTo(p.pelvis, bottomFoot, b.thigh, b.shin, Bend::Clockwise);
    p.farThigh = bottom.thigh;
    p.farShin = bottom.shin;
    p.farFoot = -35.0;
    // The top arm rests on the floor in front of the chest.
    p.upperArm = -18.0;
    p.forearm = -8.0;
    return p;
}

void SideLyingFigure::addProps(Drawing& out) const {
    out.blocks.push_back({{0.02, floorY(), 0.96, 0.035}, Tone::Prop});
    out.blocks.push_back({{0.0, floorY() + 0.06, 1.0, 0.012}, Tone::Prop});
}

Drawing SideLyingFigure::draw(const FigureMoment& m) const {
    Drawing d;
    addProps(d);
    const Body b = body();
    const Pose p = blend(pose(m.fromPosture), pose(m.toPosture), m.blend);
    const Joints j = jointsOf(p, b);
    // The lower arm lies on the floor under the head.
    d.strokes.push_back(
        {{j.shoulder, j.shoulder + Vec2{-0.08, 0.055}, j.shoulder + Vec2{-0.18, 0.06}},
         b.limbWidth * 0.85,
         Tone::Far});
    addPerson(d, p, b);
    return d;
}

Pose ClamshellFigure::pose(std::string_view posture) const {
    Pose p = basePose();
    const Body b = body();
    // The top leg lies on the bottom one, feet together; opening turns the top knee up about the
    // line from hip to feet, so the foot stays where it is: the same two links bent the other way.
    const Vec2 feet = p.pelvis + Vec2{0.335, -0.015};
    const Bend bend = posture == "clam-open" ? Bend::Counterclockwise : Bend::Clockwise;
    const LegAngles leg = legTo(p.pelvis, feet, b.thigh, b.shin, bend);
    p.thigh = leg.thigh;
    p.shin = leg.shin;
    p.foot = -35.0;
    return p;
}

Pose LegLiftFigure::pose(std::string_view posture) const {
    Pose p = basePose();
    // The top leg straight, in line with the body, the foot pointing forward (toward the viewer).
    const double lift = posture == "leg-up" ? 30.0 : -4.0;
    p.thigh = lift;
    p.shin = lift;
    p.foot = lift - 70.0;
    return p;
}

// ---- slump ----------------------------------------------------------------------------------

namespace {

// Sitting on the table edge, both legs hanging, hands on the thighs: the set-up and "relax".
Pose slumpRelaxed() {
    Pose p;
    p.pelvis = {0.30, 0.555};
    p.trunk = 84.0;
    p.backRound = 0.06;
    p.neck = 90.0;
    p.face = 0.0;
    p.thigh = -2.0;
    p.shin = -88.0;
    p.foot = -2.0;
    p.farThigh = -3.0;
    p.farShin = -94.0;
    p.farFoot = -4.0;
    p.upperArm = -76.0;
    p.forearm = -48.0;
    return p;
}

} // namespace

std::vector<std::string_view> SlumpFigure::postures() const {
    return {"slump-tall",         "slump-slumped",   "slump-chin",       "slump-knee-left",
            "slump-knee-right",   "slump-toes-left", "slump-toes-right", "slump-lookup-left",
            "slump-lookup-right", "slump-relax"};
}

Pose SlumpFigure::pose(std::string_view posture) const {
    Pose p = slumpRelaxed();
    const auto keys = postures();
    // "slump-relax", "rest", "" and unknown keys: the set-up pose.
    if (posture == "slump-relax" || std::find(keys.begin(), keys.end(), posture) == keys.end())
        return p;
    const auto is = [&](std::string_view prefix) {
        return posture.substr(0, prefix.size()) == prefix;
    };
    const bool tall = posture == "slump-tall";
    // Hands behind the back from the first step on: the upper arm down and back, the forearm
    // across the lower back, the hand behind the body.
    p.upperArm = -112.0;
    p.forearm = -172.0;
    if (tall) {
        p.trunk = 90.0;
        p.backRound = 0.0;
        p.neck = 90.0;
        p.face = 0.0;
        return p;
    }
    // Every later step keeps the slump: the back rounded, shoulders forward.
    p.trunk = 72.0;
    p.backRound = 0.2;
    p.upperArm = -122.0;
    p.forearm = -178.0;
    p.neck = 62.0; // chin level: the head forward, the eyes straight ahead
    p.face = -5.0;
    if (posture == "slump-slumped")
        return p;
    p.neck = 18.0; // chin to chest
    p.face = -70.0;
    if (posture == "slump-chin")
        return p;
    // The checked leg's knee straightens slowly; the foot relaxed.
    p.thigh = 0.0;
    p.shin = -12.0;
    p.foot = 50.0;
    if (is("slump-knee-"))
        return p;
    p.foot = 100.0; // toes pulled up toward the shin
    if (is("slump-toes-"))
        return p;
    // slump-lookup-LEG: the neck released, looking up; the back stays rounded.
    p.neck = 96.0;
    p.face = 38.0;
    return p;
}

void SlumpFigure::addProps(Drawing& out) const {
    SeatedFlossFigure{}.addProps(out);
}

// ---- registry -------------------------------------------------------------------------------

void addRehabFigures(std::vector<std::unique_ptr<FigureFamily>>& families) {
    families.push_back(std::make_unique<FigureFourFigure>());
    families.push_back(std::make_unique<KneeToShoulderFigure>());
    families.push_back(std::make_unique<KneeRollsFigure>());
    families.push_back(std::make_unique<BridgeFigure>());
    families.push_back(std::make_unique<ClamshellFigure>());
    families.push_back(std::make_unique<LegLiftFigure>());
    families.push_back(std::make_unique<SlumpFigure>());
}

} // namespace nf::gui
