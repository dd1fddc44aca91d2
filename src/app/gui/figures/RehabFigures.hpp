#pragma once

#include "app/gui/figures/Figure.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace nf::gui {

// The figures of the rehab kit beyond flossing: lying on the back (figure-four, knee to opposite
// shoulder, bridge), knee rolls seen from the feet end, lying on the side (clamshell, leg
// lift) and the seated slump self-check. Each family only chooses angles and props; the shared
// skeleton (Pose, jointsOf) does the rest, except for knee rolls, which need a view the side
// skeleton cannot give.

// Which way a two-link limb bends, seen from its root looking at its end: the knee (or elbow)
// turned counterclockwise from that line (above it when the end is to the right), or clockwise.
enum class Bend { Counterclockwise, Clockwise };

// Limb angles that put the end (ankle, hand) at `end` with the root (hip, shoulder) at `root`:
// two-link inverse kinematics with link lengths `first` and `second`. A target out of reach
// gives the straight limb pointing at it.
struct LegAngles {
    double thigh = 0.0; // root -> middle joint
    double shin = 0.0;  // middle joint -> end
};
LegAngles legTo(Vec2 hip, Vec2 ankle, double thigh, double shin, Bend bend);

// Lying on the back, head on the left, knees bent and feet flat: the set-up of the glute
// stretches and the bridge. The shoulders, head and feet rest on the floor line.
class LyingBackFigure : public FigureFamily {
  public:
    void addProps(Drawing& out) const override;
    // The y of the floor's top edge in the figure box.
    static double floorY();
    static Pose setupPose();
};

// Figure-four, lying on the back, seen from the side: the far leg's knee drawn toward the chest
// by both hands, the near (stretched) leg's ankle crossed over that knee. The near knee points
// out to the side, toward the viewer, so its thigh is drawn short: crossed shin over a raised
// knee is the "4".
class FigureFourFigure final : public LyingBackFigure {
  public:
    std::string_view key() const override { return "figure-four"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override { return {"figure-four-hold"}; }
    Drawing draw(const FigureMoment& moment) const override;
    // Where the joints land, the near thigh foreshortened as far as the pose has crossed it.
    static Joints joints(const Pose& pose);
};

// Seen from above, lying on the back, head on the left, the person's right toward the bottom
// of the box: the one view that shows a knee moving across the body or falling to one side.
// A raised point is drawn a little up the box, so a bent knee does not hide in the line under it.
struct TopView {
    Vec2 head, leftShoulder, rightShoulder, leftElbow, rightElbow, leftHand, rightHand;
    Vec2 leftHip, rightHip, leftKnee, rightKnee, leftFoot, rightFoot;
    double headRadius = 0.0;
};
// Paints a top view: props (a mat), the person, the legs in the given tones, kneecaps on top.
void addTopView(Drawing& d, const TopView& v, Tone leftLeg, Tone rightLeg);

// Knee to the opposite shoulder, seen from above: the near (right, unmirrored) knee pulled up and
// across the body toward the left shoulder by both hands; the other leg stays bent, its foot flat.
// The Pose carries only how far the knee is pulled: `thigh` from 0 (set-up) to 1 (the hold).
class KneeToShoulderFigure final : public FigureFamily {
  public:
    std::string_view key() const override { return "knee-to-shoulder"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override { return {"knee-to-shoulder-hold"}; }
    void addProps(Drawing& out) const override;
    Drawing draw(const FigureMoment& moment) const override;
    static TopView view(const Pose& pose);
};

// The glute bridge: shoulders and feet stay on the floor while the hips lift until shoulders,
// hips and knees make one line ("bridge-up", "bridge-top"), then lower ("bridge-down").
class BridgeFigure final : public LyingBackFigure {
  public:
    std::string_view key() const override { return "bridge"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override {
        return {"bridge-up", "bridge-top", "bridge-down"};
    }
};

// Knee rolls, seen from above (TopView): arms out to the sides, shoulders flat, knees bent and
// together, both lowered to the person's right (down the box), back to the middle, to the left.
// The Pose carries only the roll: `thigh` is the knees' angle from straight up, positive to the
// person's right. Both legs move, so the figure is never mirrored.
class KneeRollsFigure final : public FigureFamily {
  public:
    std::string_view key() const override { return "knee-rolls"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override {
        return {"knees-right", "knees-middle", "knees-left"};
    }
    void addProps(Drawing& out) const override;
    Drawing draw(const FigureMoment& moment) const override;
    Side drawnSide() const override { return Side::None; }
    static TopView view(const Pose& pose);
};

// Lying on the side, seen from the front, head on the left resting on the lower arm: the top
// leg is the near one, and the worked one. The legs are drawn shorter than the standing skeleton's
// because they reach toward the viewer.
class SideLyingFigure : public FigureFamily {
  public:
    void addProps(Drawing& out) const override;
    Drawing draw(const FigureMoment& moment) const override;
    // Head on the left and facing the viewer, the person lies on their right side: the top
    // (worked) leg is the left one.
    Side drawnSide() const override { return Side::Left; }
    static double floorY();
    static Body body();
    static Pose basePose();
};

// The clamshell: knees bent and feet together; the top knee opens toward the ceiling while the
// feet stay together ("clam-open"), then closes ("clam-closed").
class ClamshellFigure final : public SideLyingFigure {
  public:
    std::string_view key() const override { return "clamshell"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override { return {"clam-open", "clam-closed"}; }
};

// The side-lying leg lift: bottom knee bent, top leg straight in line with the body, lifted
// ("leg-up") and lowered ("leg-down").
class LegLiftFigure final : public SideLyingFigure {
  public:
    std::string_view key() const override { return "leg-lift"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override { return {"leg-up", "leg-down"}; }
};

// The slump self-check, seated on a table edge: sit tall with the hands behind the back, slump,
// chin to chest, straighten the knee, pull the toes up, look up, relax. The leg being checked
// is the near one, whichever side it is; the step's words name the leg.
class SlumpFigure final : public FigureFamily {
  public:
    std::string_view key() const override { return "slump"; }
    Pose pose(std::string_view posture) const override;
    std::vector<std::string_view> postures() const override;
    void addProps(Drawing& out) const override;
};

// Appends every family above to the registry (called once by figureFamilies()).
void addRehabFigures(std::vector<std::unique_ptr<FigureFamily>>& families);

} // namespace nf::gui
