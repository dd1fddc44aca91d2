#pragma once

#include "app/gui/kit/Geometry.hpp"
#include "core/Routine.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nf::gui {

// A person seen from the side, as joint directions. Angles are in degrees: 0 points the way the
// figure faces (right on screen), 90 points up, -90 down. Positions are in a unit figure box
// (x right, y down, 0..1). One skeleton serves every figure family: sitting, lying on the back,
// lying on the side; a family only chooses the angles and the props.
struct Pose {
    Vec2 pelvis{0.5, 0.5};
    double trunk = 90.0;    // pelvis -> shoulders
    double backRound = 0.0; // how far the back bows backwards, as a fraction of its length
    double neck = 90.0;     // shoulders -> centre of the head
    double face = 0.0;      // where the nose points
    double thigh = 0.0;     // the near (affected) leg: hip -> knee
    double shin = -90.0;    //                         knee -> ankle
    double foot = 0.0;      //                         ankle -> toes
    double farThigh = 0.0;  // the far leg
    double farShin = -90.0;
    double farFoot = 0.0;
    double upperArm = -90.0; // the near arm: shoulder -> elbow
    double forearm = -90.0;  //               elbow -> hand
};

// Pose `a` moved toward `b` by t in 0..1 (linear in every angle and position).
Pose blend(const Pose& a, const Pose& b, double t);

// Body proportions in figure-box units.
struct Body {
    double trunk = 0.30;
    double neck = 0.085;
    double head = 0.062; // radius
    double thigh = 0.23;
    double shin = 0.23;
    double foot = 0.085;
    double upperArm = 0.15;
    double forearm = 0.14;
    double limbWidth = 0.045;
};

// The joint positions a pose puts the body in (forward kinematics).
struct Joints {
    Vec2 pelvis, shoulder, head, nose, knee, ankle, toe, farKnee, farAnkle, farToe, elbow, hand;
    std::vector<Vec2> back; // pelvis .. shoulder along the (possibly rounded) back
};
Joints jointsOf(const Pose& pose, const Body& body = {});

// What to paint: simple shapes in figure-box units, in painting order. The renderer maps each
// tone to a colour of the current scheme and the box to a rectangle on screen.
enum class Tone { Figure, Far, Prop, Accent, Background };
struct Stroke { // a thick line with round ends through the points
    std::vector<Vec2> points;
    double width = 0.04;
    Tone tone = Tone::Figure;
};
struct Disc {
    Vec2 centre;
    double radius = 0.05;
    Tone tone = Tone::Figure;
};
struct Block {
    Rect rect;
    Tone tone = Tone::Prop;
};
struct Label { // a short text, e.g. the posture number of the generic figure
    Vec2 centre;
    double height = 0.1;
    std::string text;
    Tone tone = Tone::Accent;
};
struct Drawing {
    std::vector<Block> blocks; // painted first
    std::vector<Stroke> strokes;
    std::vector<Disc> discs;
    std::vector<Label> labels; // painted last
};

// Which moment of which exercise to draw: the figure moves from one posture to the next.
struct FigureMoment {
    std::string figure;      // the exercise's figure key, e.g. "seated-floss"
    std::string fromPosture; // a posture key, or "" for the family's set-up pose, "rest" for rest
    std::string toPosture;
    double blend = 1.0; // 0 = fromPosture, 1 = toPosture (already eased)
    int slot = 0;       // the posture's colour slot (the generic figure shows it as a number)
    Side side = Side::None;
    friend bool operator==(const FigureMoment&, const FigureMoment&) = default;
};

// One family of figures (one exercise's drawings). To add a family: derive from this, give the
// pose for each posture key your routine files use, draw the props, and list it in
// figureFamilies() in Figure.cpp.
class FigureFamily {
  public:
    virtual ~FigureFamily() = default;
    virtual std::string_view key() const = 0;
    // The pose for a posture key of this family; the set-up pose for "" and unknown keys.
    virtual Pose pose(std::string_view posture) const = 0;
    // Every posture key this family draws (for tests that check the routine files against it).
    virtual std::vector<std::string_view> postures() const { return {}; }
    // Props that do not move (a table, the floor, a mat), painted under the person.
    virtual void addProps(Drawing& out) const = 0;
    // Paints the moment; the default paints props, then the skeleton in the blended pose.
    virtual Drawing draw(const FigureMoment& moment) const;
    // The side of the body whose leg the drawing above works (the near leg of a side view);
    // Side::None for a family that is never mirrored.
    virtual Side drawnSide() const { return Side::Right; }
    // What the window paints: draw(), mirrored left to right when the moment works the other
    // side, so the figure always shows the leg being worked.
    Drawing drawFor(const FigureMoment& moment) const;
};

// The drawing flipped left to right within its box.
Drawing mirrored(Drawing drawing);

// What a drawing covers in its unit box, the strokes' and discs' thickness included.
Rect inkBounds(const Drawing& drawing);
// What a family's drawings cover over every posture (its set-up pose and rest too) and both
// sides: the window scales this, not the whole unit box, to fill the space it has, so a small,
// flat figure (the clamshell) is drawn as large as a tall one, and no pose zooms.
Rect inkExtent(const FigureFamily& family);

// The family for a figure key; the generic figure for unknown keys (never null).
const FigureFamily& figureFamily(std::string_view key);
// Every built-in family, for tests and docs.
const std::vector<std::unique_ptr<FigureFamily>>& figureFamilies();

// The person's limbs, head and face in a pose, appended to `out`.
void addPerson(Drawing& out, const Pose& pose, const Body& body = {});
// The same from joint positions a family has placed itself (a limb seen end-on, say).
void addPerson(Drawing& out, const Joints& joints, const Body& body = {});

// The seated slump slider: a side view of a person on a table edge, the affected leg lifted to a
// mild pull; "floss-a" points the toes with the chin down, "floss-b" pulls the toes up and looks
// up. The knee angle and the rounded back stay the same in both, as REHAB.md asks.
class SeatedFlossFigure final : public FigureFamily {
  public:
    std::string_view key() const override { return "seated-floss"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override { return {"floss-a", "floss-b"}; }
    void addProps(Drawing& out) const override;
};

// For a figure key nobody has drawn yet: a plain standing person and the posture's number in a
// badge, so the user still sees that the posture changed and which one it is.
class GenericFigure final : public FigureFamily {
  public:
    std::string_view key() const override { return ""; }
    Pose pose(std::string_view posture) const override;
    void addProps(Drawing& out) const override;
    Drawing draw(const FigureMoment& moment) const override;
};

} // namespace nf::gui
