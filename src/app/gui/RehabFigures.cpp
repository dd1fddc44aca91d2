#include "app/gui/RehabFigures.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nf::gui {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

Vec2 dir(double degrees) { return {std::cos(degrees * kDeg), -std::sin(degrees * kDeg)}; }
double angleOf(Vec2 v) { return std::atan2(-v.y, v.x) / kDeg; }
double length(Vec2 v) { return std::hypot(v.x, v.y); }

// The arm's two links reach for a target the same way a leg does.
LegAngles armTo(Vec2 shoulder, Vec2 hand, Bend bend) {
    const Body b;
    return legTo(shoulder, hand, b.upperArm, b.forearm, bend);
}

} // namespace

LegAngles legTo(Vec2 hip, Vec2 ankle, double thigh, double shin, Bend bend) {
    const Vec2 d = ankle - hip;
    if (length(d) < 1e-9) return {0.0, 180.0}; // folded flat on itself
    const double dist = std::clamp(length(d), std::abs(thigh - shin) + 1e-9, thigh + shin);
    const double cosA = std::clamp((thigh * thigh + dist * dist - shin * shin) / (2 * thigh * dist), -1.0, 1.0);
    const double a = std::acos(cosA) / kDeg;
    LegAngles out;
    out.thigh = angleOf(d) + (bend == Bend::Counterclockwise ? a : -a);
    const Vec2 knee = hip + dir(out.thigh) * thigh;
    const Vec2 rest = ankle - knee;
    // Out of reach, the leg is straight and points at the target.
    out.shin = length(rest) < 1e-9 ? out.thigh : angleOf(rest);
    return out;
}

// ---- lying on the back ----------------------------------------------------------------------

double LyingBackFigure::floorY() { return 0.70; } // the lying body centred in the box

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
    const LegAngles nearLeg = legTo(p.pelvis, {0.80, ankleY}, b.thigh, b.shin, Bend::Counterclockwise);
    const LegAngles farLeg = legTo(p.pelvis, {0.775, ankleY}, b.thigh, b.shin, Bend::Counterclockwise);
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
    out.blocks.push_back({{0.02, floorY(), 0.96, 0.035}, Tone::Prop}); // a mat
    out.blocks.push_back({{0.0, floorY() + 0.06, 1.0, 0.012}, Tone::Prop}); // the floor
}

Pose FigureFourFigure::pose(std::string_view posture) const {
    Pose p = setupPose();
    if (posture != "figure-four-hold") return p;
    const Body b;
    // The far thigh drawn toward the chest, its shin level; the near ankle rests across it just
    // below the knee, so the near knee falls out to the side: the "4".
    p.farThigh = 115.0;
    p.farShin = 5.0;
    p.farFoot = 40.0;
    const Vec2 onFarThigh = p.pelvis + dir(p.farThigh) * (b.thigh * 0.86);
    const LegAngles nearLeg = legTo(p.pelvis, onFarThigh, b.thigh, b.shin, Bend::Clockwise);
    p.thigh = nearLeg.thigh;
    p.shin = nearLeg.shin;
    p.foot = p.shin + 25.0; // the foot carries on past the far thigh
    const Joints j = jointsOf(p, b);
    const LegAngles arm = armTo(j.shoulder, p.pelvis + dir(p.farThigh) * (b.thigh * 0.72), Bend::Clockwise);
    p.upperArm = arm.thigh;
    p.forearm = arm.shin;
    return p;
}

Pose KneeToShoulderFigure::pose(std::string_view posture) const {
    Pose p = setupPose();
    if (posture != "knee-to-shoulder-hold") return p;
    const Body b;
    // The near knee pulled up toward the chest (and across, which a side view cannot show),
    // the shin hanging relaxed; both hands on the knee.
    p.thigh = 128.0;
    p.shin = -22.0;
    p.foot = 15.0;
    const Joints j = jointsOf(p, b);
    const LegAngles arm = armTo(j.shoulder, j.knee + Vec2{0.01, 0.01}, Bend::Clockwise);
    p.upperArm = arm.thigh;
    p.forearm = arm.shin;
    return p;
}

Pose BridgeFigure::pose(std::string_view posture) const {
    Pose p = setupPose();
    if (posture != "bridge-up" && posture != "bridge-top") return p; // bridge-down: on the floor
    const Body b;
    const Joints flat = jointsOf(p, b);
    // Shoulders and feet stay where they are; the pelvis rises until shoulders, hips and knees
    // make one line.
    p.trunk = 200.0; // from the raised pelvis down to the shoulders
    p.pelvis = flat.shoulder - dir(p.trunk) * b.trunk;
    const LegAngles nearLeg = legTo(p.pelvis, flat.ankle, b.thigh, b.shin, Bend::Counterclockwise);
    const LegAngles farLeg = legTo(p.pelvis, flat.farAnkle, b.thigh, b.shin, Bend::Counterclockwise);
    p.thigh = nearLeg.thigh;
    p.shin = nearLeg.shin;
    p.farThigh = farLeg.thigh;
    p.farShin = farLeg.shin;
    return p;
}

// ---- knee rolls -----------------------------------------------------------------------------

namespace {

// A point of the body in the room: x to the person's right, y up from the floor, z from the
// head toward the feet.
struct Room {
    double x = 0.0, y = 0.0, z = 0.0;
};

// Seen from the feet end, the eye a little above the floor and to one side, like a mirror facing
// the person (their right on the screen's right, as exercise videos show it). The floor is a
// line across the box; what lies farther toward the head shows a little higher, smaller and to
// the right, so the head peeks out beyond the knees and the shoulders. Bent knees stand up off the floor: the two thighs, from the
// hips to the knees together, make an upside-down V that tips to the side with a roll.
constexpr double kRollFloor = 0.74;
Vec2 project(Room p) {
    const double depth = 1.0 - p.z; // 0 at the feet, 1 at the head
    const double scale = 1.0 - 0.2 * depth;
    return {0.44 + p.x * 0.95 * scale + depth * 0.14, kRollFloor - p.y * 0.95 * scale - depth * 0.2};
}

// Turns a point about the line along the floor under the middle of the body (the z axis):
// positive degrees carry the top of a bent knee toward the person's right.
Room roll(Room p, double degrees) {
    const double c = std::cos(degrees * kDeg), s = std::sin(degrees * kDeg);
    return {p.x * c + p.y * s, -p.x * s + p.y * c, p.z};
}

} // namespace

Pose KneeRollsFigure::pose(std::string_view posture) const {
    Pose p;
    p.thigh = 0.0;
    if (posture == "knees-right") p.thigh = 50.0;
    if (posture == "knees-left") p.thigh = -50.0;
    return p;
}

KneeRollsFigure::View KneeRollsFigure::view(const Pose& pose) {
    const double r = pose.thigh;
    View v;
    v.head = project({0.0, 0.1, 0.0});
    v.headRadius = 0.065;
    v.leftShoulder = project({-0.17, 0.07, 0.19});
    v.rightShoulder = project({0.17, 0.07, 0.19});
    v.leftHand = project({-0.46, 0.02, 0.24});
    v.rightHand = project({0.46, 0.02, 0.24});
    v.pelvis = project({0.0, 0.06, 0.55});
    // The pelvis turns a little with the knees: the hip on the far side of the roll lifts.
    v.leftHip = project(roll({-0.12, 0.06, 0.55}, r * 0.25));
    v.rightHip = project(roll({0.12, 0.06, 0.55}, r * 0.25));
    v.leftKnee = project(roll({-0.03, 0.42, 0.74}, r));
    v.rightKnee = project(roll({0.03, 0.42, 0.74}, r));
    // The feet stay planted, together.
    v.leftFoot = project({-0.05, 0.02, 0.95});
    v.rightFoot = project({0.05, 0.02, 0.95});
    return v;
}

void KneeRollsFigure::addProps(Drawing& out) const {
    // The floor, edge on, and the mat on it.
    out.blocks.push_back({{0.02, kRollFloor + 0.005, 0.96, 0.035}, Tone::Prop});
}

Drawing KneeRollsFigure::draw(const FigureMoment& m) const {
    Drawing d;
    addProps(d);
    const Pose p = blend(pose(m.fromPosture), pose(m.toPosture), m.blend);
    const View v = view(p);
    const Body b;
    const double w = b.limbWidth * 1.2;
    // Farthest first: the head beyond, the arms out on the floor, the shoulders, the pelvis,
    // then the legs, nearest of all.
    d.discs.push_back({v.head, v.headRadius, Tone::Figure});
    const Vec2 leftElbow = project({-0.31, 0.03, 0.21}), rightElbow = project({0.31, 0.03, 0.21});
    d.strokes.push_back({{v.leftHand, leftElbow, v.leftShoulder}, w, Tone::Figure});
    d.strokes.push_back({{v.rightShoulder, rightElbow, v.rightHand}, w, Tone::Figure});
    d.strokes.push_back({{v.leftShoulder, v.rightShoulder}, 0.09, Tone::Figure});
    d.strokes.push_back({{v.leftHip, v.rightHip}, 0.09, Tone::Far});
    // Each leg: thigh up to the knee, shin down to the foot. The leg underneath the roll is
    // muted and drawn first.
    const auto leg = [&](Vec2 hip, Vec2 knee, Vec2 foot, Tone tone) {
        d.strokes.push_back({{hip, knee, foot}, w * 1.15, tone});
    };
    if (p.thigh > 0) {
        leg(v.rightHip, v.rightKnee, v.rightFoot, Tone::Far);
        leg(v.leftHip, v.leftKnee, v.leftFoot, Tone::Figure);
    } else if (p.thigh < 0) {
        leg(v.leftHip, v.leftKnee, v.leftFoot, Tone::Far);
        leg(v.rightHip, v.rightKnee, v.rightFoot, Tone::Figure);
    } else {
        leg(v.leftHip, v.leftKnee, v.leftFoot, Tone::Figure);
        leg(v.rightHip, v.rightKnee, v.rightFoot, Tone::Figure);
    }
    return d;
}

// ---- lying on the side ----------------------------------------------------------------------

double SideLyingFigure::floorY() { return 0.72; }

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
    d.strokes.push_back({{j.shoulder, j.shoulder + Vec2{-0.08, 0.055}, j.shoulder + Vec2{-0.18, 0.06}},
                         b.limbWidth * 0.85, Tone::Far});
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
    return {"slump-tall",       "slump-slumped",     "slump-chin",        "slump-knee-left",
            "slump-knee-right", "slump-toes-left",   "slump-toes-right",  "slump-lookup-left",
            "slump-lookup-right", "slump-relax"};
}

Pose SlumpFigure::pose(std::string_view posture) const {
    Pose p = slumpRelaxed();
    const auto keys = postures();
    // "slump-relax", "rest", "" and unknown keys: the set-up pose.
    if (posture == "slump-relax" || std::find(keys.begin(), keys.end(), posture) == keys.end()) return p;
    const auto is = [&](std::string_view prefix) { return posture.substr(0, prefix.size()) == prefix; };
    const bool tall = posture == "slump-tall";
    // Hands behind the back from the first step on.
    p.upperArm = -118.0;
    p.forearm = -40.0;
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
    p.upperArm = -128.0;
    p.forearm = -55.0;
    p.neck = 62.0; // chin level: the head forward, the eyes straight ahead
    p.face = -5.0;
    if (posture == "slump-slumped") return p;
    p.neck = 18.0; // chin to chest
    p.face = -70.0;
    if (posture == "slump-chin") return p;
    // The checked leg's knee straightens slowly; the foot relaxed.
    p.thigh = 0.0;
    p.shin = -12.0;
    p.foot = 50.0;
    if (is("slump-knee-")) return p;
    p.foot = 100.0; // toes pulled up toward the shin
    if (is("slump-toes-")) return p;
    // slump-lookup-LEG: the neck released, looking up; the back stays rounded.
    p.neck = 96.0;
    p.face = 38.0;
    return p;
}

void SlumpFigure::addProps(Drawing& out) const { SeatedFlossFigure{}.addProps(out); }

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
