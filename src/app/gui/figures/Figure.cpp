#include "app/gui/figures/Figure.hpp"

#include "app/gui/figures/RehabFigures.hpp"

#include <cmath>
#include <numbers>

namespace nf::gui {
namespace {

double lerp(double a, double b, double t) {
    return a + (b - a) * t;
}

// A quadratic Bezier from a to b bowing toward `bow`, as a polyline.
std::vector<Vec2> curve(Vec2 a, Vec2 control, Vec2 b, int segments) {
    std::vector<Vec2> out;
    for (int i = 0; i <= segments; ++i) {
        const double t = static_cast<double>(i) / segments;
        const double u = 1.0 - t;
        out.push_back(a * (u * u) + control * (2 * u * t) + b * (t * t));
    }
    return out;
}

} // namespace

Pose blend(const Pose& a, const Pose& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    Pose p;
    p.pelvis = {lerp(a.pelvis.x, b.pelvis.x, t), lerp(a.pelvis.y, b.pelvis.y, t)};
    p.trunk = lerp(a.trunk, b.trunk, t);
    p.backRound = lerp(a.backRound, b.backRound, t);
    p.neck = lerp(a.neck, b.neck, t);
    p.face = lerp(a.face, b.face, t);
    p.thigh = lerp(a.thigh, b.thigh, t);
    p.shin = lerp(a.shin, b.shin, t);
    p.foot = lerp(a.foot, b.foot, t);
    p.farThigh = lerp(a.farThigh, b.farThigh, t);
    p.farShin = lerp(a.farShin, b.farShin, t);
    p.farFoot = lerp(a.farFoot, b.farFoot, t);
    p.upperArm = lerp(a.upperArm, b.upperArm, t);
    p.forearm = lerp(a.forearm, b.forearm, t);
    return p;
}

Joints jointsOf(const Pose& p, const Body& b) {
    Joints j;
    j.pelvis = p.pelvis;
    j.shoulder = p.pelvis + direction(p.trunk) * b.trunk;
    // The back bows backwards: to the left of the pelvis -> shoulder direction.
    const Vec2 mid = (j.pelvis + j.shoulder) * 0.5;
    j.back = curve(j.pelvis, mid + direction(p.trunk + 90.0) * (p.backRound * b.trunk * 2.0),
                   j.shoulder, 8);
    j.head = j.shoulder + direction(p.neck) * b.neck;
    j.nose = j.head + direction(p.face) * (b.head * 1.45);
    j.knee = j.pelvis + direction(p.thigh) * b.thigh;
    j.ankle = j.knee + direction(p.shin) * b.shin;
    j.toe = j.ankle + direction(p.foot) * b.foot;
    j.farKnee = j.pelvis + direction(p.farThigh) * b.thigh;
    j.farAnkle = j.farKnee + direction(p.farShin) * b.shin;
    j.farToe = j.farAnkle + direction(p.farFoot) * b.foot;
    j.elbow = j.shoulder + direction(p.upperArm) * b.upperArm;
    j.hand = j.elbow + direction(p.forearm) * b.forearm;
    return j;
}

void addPerson(Drawing& out, const Pose& pose, const Body& body) {
    addPerson(out, jointsOf(pose, body), body);
}

void addPerson(Drawing& out, const Joints& j, const Body& body) {
    const double w = body.limbWidth;
    // Far limbs first, in the far tone, so the near (affected) leg reads on top.
    out.strokes.push_back({{j.pelvis, j.farKnee, j.farAnkle}, w * 0.9, Tone::Far});
    out.strokes.push_back(
        {{j.farAnkle - (j.farToe - j.farAnkle) * 0.25, j.farToe}, w * 0.7, Tone::Far});
    out.strokes.push_back({j.back, w * 1.5, Tone::Figure});
    out.strokes.push_back({{j.shoulder, j.head}, w * 0.9, Tone::Figure});
    out.strokes.push_back({{j.pelvis, j.knee, j.ankle}, w, Tone::Figure});
    // The foot from just behind the ankle (the heel) to the toes: its angle is the cue to read.
    out.strokes.push_back({{j.ankle - (j.toe - j.ankle) * 0.25, j.toe}, w * 0.8, Tone::Figure});
    out.strokes.push_back({{j.shoulder, j.elbow, j.hand}, w * 0.8, Tone::Figure});
    out.discs.push_back({j.head, body.head, Tone::Figure});
    // A nose on the head's edge where the face looks (down to the chest, up to the ceiling): a
    // small bump, not a stick, which read as the brim of a cap.
    const Vec2 toward = j.nose - j.head;
    const double len = std::hypot(toward.x, toward.y);
    if (len > 1e-9)
        out.discs.push_back(
            {j.head + toward * (body.head * 0.92 / len), body.head * 0.32, Tone::Figure});
}

Drawing mirrored(Drawing d) {
    const auto flip = [](Vec2 p) { return Vec2{1.0 - p.x, p.y}; };
    for (Block& b : d.blocks)
        b.rect.x = 1.0 - b.rect.x - b.rect.w;
    for (Stroke& s : d.strokes)
        for (Vec2& p : s.points)
            p = flip(p);
    for (Disc& c : d.discs)
        c.centre = flip(c.centre);
    for (Label& l : d.labels)
        l.centre = flip(l.centre);
    return d;
}

Rect inkBounds(const Drawing& d) {
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    auto add = [&](Vec2 p, double r) {
        x0 = std::min(x0, p.x - r);
        y0 = std::min(y0, p.y - r);
        x1 = std::max(x1, p.x + r);
        y1 = std::max(y1, p.y + r);
    };
    for (const Block& b : d.blocks) {
        add({b.rect.x, b.rect.y}, 0.0);
        add({b.rect.right(), b.rect.bottom()}, 0.0);
    }
    for (const Stroke& st : d.strokes)
        for (const Vec2& p : st.points)
            add(p, st.width / 2.0);
    for (const Disc& c : d.discs)
        add(c.centre, c.radius);
    for (const Label& l : d.labels) {
        add({l.centre.x - l.height, l.centre.y - l.height / 2.0}, 0.0);
        add({l.centre.x + l.height, l.centre.y + l.height / 2.0}, 0.0);
    }
    if (x1 < x0)
        return {0.0, 0.0, 1.0, 1.0};
    return {x0, y0, x1 - x0, y1 - y0};
}

Rect inkExtent(const FigureFamily& family) {
    std::vector<std::string> keys = {"", "rest"};
    for (std::string_view k : family.postures())
        keys.emplace_back(k);
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const std::string& k : keys)
        for (const Side side : {Side::Left, Side::Right}) {
            FigureMoment m;
            m.figure = std::string(family.key());
            m.fromPosture = m.toPosture = k;
            m.side = side;
            const Rect b = inkBounds(family.drawFor(m));
            x0 = std::min(x0, b.x);
            y0 = std::min(y0, b.y);
            x1 = std::max(x1, b.right());
            y1 = std::max(y1, b.bottom());
        }
    return {x0, y0, x1 - x0, y1 - y0};
}

Drawing FigureFamily::drawFor(const FigureMoment& m) const {
    Drawing d = draw(m);
    const Side drawn = drawnSide();
    const bool other = drawn != Side::None && m.side != Side::None && m.side != drawn;
    return other ? mirrored(std::move(d)) : d;
}

Drawing FigureFamily::draw(const FigureMoment& m) const {
    Drawing d;
    addProps(d);
    addPerson(d, blend(pose(m.fromPosture), pose(m.toPosture), m.blend));
    return d;
}

// ---- seated-floss ---------------------------------------------------------------------------

namespace {

// The set-up: sitting on the table edge, back rounded a little, affected foot lifted to a mild
// pull (the knee partly straight), head level.
Pose seatedSetup() {
    Pose p;
    p.pelvis = {0.30, 0.555};
    p.trunk = 80.0;
    p.backRound = 0.12;
    p.neck = 86.0;
    p.face = -8.0;
    p.thigh = -2.0;
    p.shin = -35.0;
    p.foot = 30.0; // the ankle relaxed, neither pointed nor pulled up
    p.farThigh = -3.0;
    p.farShin = -94.0;
    p.farFoot = -4.0;
    p.upperArm = -76.0; // hands resting on the thighs
    p.forearm = -48.0;
    return p;
}

} // namespace

Pose SeatedFlossFigure::pose(std::string_view posture) const {
    Pose p = seatedSetup();
    if (posture == "floss-a") { // point toes, chin down
        p.neck = 22.0;
        p.face = -68.0;
        p.foot = -52.0;                // the foot carries on the line of the shin: clearly pointed
    } else if (posture == "floss-b") { // toes up, look up; back and knee unchanged
        p.neck = 100.0;
        p.face = 38.0;
        p.foot = 80.0;
    } else if (posture == "rest") { // both legs hanging, relaxed
        p.backRound = 0.06;
        p.trunk = 84.0;
        p.neck = 90.0;
        p.face = 0.0;
        p.shin = -88.0;
        p.foot = -2.0;
    }
    return p;
}

void SeatedFlossFigure::addProps(Drawing& out) const {
    // The table: a top whose edge is under the knees, two legs, and the floor.
    out.blocks.push_back({{0.02, 0.595, 0.54, 0.035}, Tone::Prop});
    out.blocks.push_back({{0.06, 0.63, 0.03, 0.34}, Tone::Prop});
    out.blocks.push_back({{0.36, 0.63, 0.03, 0.34}, Tone::Prop}); // clear of the hanging leg
    out.blocks.push_back({{0.0, 0.97, 1.0, 0.012}, Tone::Prop});
}

// ---- generic --------------------------------------------------------------------------------

Pose GenericFigure::pose(std::string_view) const {
    Pose p;
    p.pelvis = {0.42, 0.50};
    p.trunk = 90.0;
    p.neck = 90.0;
    p.face = 0.0;
    p.thigh = -88.0;
    p.shin = -90.0;
    p.foot = 0.0;
    p.farThigh = -94.0;
    p.farShin = -90.0;
    p.farFoot = 0.0;
    p.upperArm = -95.0;
    p.forearm = -82.0;
    return p;
}

void GenericFigure::addProps(Drawing& out) const {
    out.blocks.push_back({{0.0, 0.97, 1.0, 0.012}, Tone::Prop});
}

Drawing GenericFigure::draw(const FigureMoment& m) const {
    Drawing d = FigureFamily::draw(m);
    // The badge tells postures apart when there is no drawing for them: 1, 2, 3...
    if (!m.toPosture.empty() && m.toPosture != "rest") {
        d.discs.push_back({{0.78, 0.22}, 0.14, Tone::Accent});
        d.labels.push_back({{0.78, 0.22}, 0.16, std::to_string(m.slot + 1), Tone::Background});
    }
    return d;
}

// ---- registry -------------------------------------------------------------------------------

const std::vector<std::unique_ptr<FigureFamily>>& figureFamilies() {
    static const std::vector<std::unique_ptr<FigureFamily>> families = [] {
        std::vector<std::unique_ptr<FigureFamily>> v;
        v.push_back(std::make_unique<SeatedFlossFigure>());
        addRehabFigures(v);
        return v;
    }();
    return families;
}

const FigureFamily& figureFamily(std::string_view key) {
    for (const auto& f : figureFamilies())
        if (f->key() == key)
            return *f;
    static const GenericFigure generic;
    return generic;
}

} // namespace nf::gui
