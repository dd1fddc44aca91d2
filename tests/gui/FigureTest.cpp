#include "app/gui/figures/Figure.hpp"

#include "FigureTestSupport.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace nf::gui {
namespace {

const FigureFamily& floss() {
    return figureFamily("seated-floss");
}
Joints at(std::string_view posture) {
    return jointsOf(floss().pose(posture));
}

TEST(SeatedFloss, HasItsOwnFamily) {
    EXPECT_EQ(floss().key(), "seated-floss");
}

TEST(SeatedFloss, ChinDownPutsTheHeadLowerAndForward) {
    EXPECT_GT(at("floss-a").head.y, at("floss-b").head.y + 0.05);
    EXPECT_GT(at("floss-a").head.x, at("floss-b").head.x);
}

TEST(SeatedFloss, ChinDownLooksDownLookUpLooksUp) {
    const Joints a = at("floss-a"), b = at("floss-b");
    EXPECT_GT(a.nose.y, a.head.y); // the nose below the head's centre
    EXPECT_LT(b.nose.y, b.head.y);
}

TEST(SeatedFloss, PointedToesOpenTheAnkleToesUpCloseIt) {
    EXPECT_GT(ankleAngle(at("floss-a")), 120.0);
    EXPECT_LT(ankleAngle(at("floss-b")), 70.0);
    EXPECT_GT(at("floss-a").toe.y, at("floss-b").toe.y + 0.05);
}

TEST(SeatedFloss, KneeAndBackStayTheSameInBothPostures) {
    const Joints a = at("floss-a"), b = at("floss-b");
    EXPECT_EQ(a.knee, b.knee);
    EXPECT_EQ(a.ankle, b.ankle);
    EXPECT_EQ(a.shoulder, b.shoulder);
    EXPECT_EQ(a.back, b.back);
}

TEST(SeatedFloss, TheBackIsRounded) {
    // The middle of the back lies behind the straight line from pelvis to shoulder.
    const Joints j = at("floss-a");
    const Vec2 mid = j.back[j.back.size() / 2];
    EXPECT_LT(mid.x, (j.pelvis.x + j.shoulder.x) / 2.0 - 0.01);
}

TEST(SeatedFloss, TheAffectedFootIsLiftedAboveTheOther) {
    const Joints j = at("");
    EXPECT_LT(j.ankle.y, j.farAnkle.y - 0.05);
}

TEST(SeatedFloss, RestLetsTheLegHang) {
    EXPECT_GT(at("rest").ankle.y, at("").ankle.y + 0.05);
}

TEST(SeatedFloss, UnknownPostureIsTheSetUpPose) {
    EXPECT_EQ(at("no-such-posture").head, at("").head);
}

TEST(SeatedFloss, EveryPoseStaysInsideTheBox) {
    for (const char* p : {"", "floss-a", "floss-b", "rest"}) {
        FigureMoment m{"seated-floss", p, p, 1.0, 0, Side::Right};
        const Drawing d = floss().draw(m);
        for (const Stroke& s : d.strokes)
            for (const Vec2& v : s.points) {
                EXPECT_GE(v.x, 0.0) << p;
                EXPECT_LE(v.x, 1.0) << p;
                EXPECT_GE(v.y, 0.0) << p;
                EXPECT_LE(v.y, 1.0) << p;
            }
    }
}

TEST(SeatedFloss, DrawsATable) {
    FigureMoment m{"seated-floss", "floss-a", "floss-a", 1.0, 0, Side::Right};
    EXPECT_GE(floss().draw(m).blocks.size(), 3u);
}

TEST(Blend, EndsAreThePosesAndTheMiddleIsBetween) {
    const Pose a = floss().pose("floss-a"), b = floss().pose("floss-b");
    EXPECT_DOUBLE_EQ(blend(a, b, 0.0).neck, a.neck);
    EXPECT_DOUBLE_EQ(blend(a, b, 1.0).neck, b.neck);
    EXPECT_DOUBLE_EQ(blend(a, b, 0.5).foot, (a.foot + b.foot) / 2.0);
    EXPECT_DOUBLE_EQ(blend(a, b, 7.0).foot, b.foot);
}

TEST(Blend, TheDrawnHeadMovesSmoothlyBetweenPostures) {
    // No jumps: a tenth of the blend moves the head by a small step, and it ends higher.
    const Vec2 first = at("floss-a").head;
    Vec2 last = first;
    for (int i = 1; i <= 10; ++i) {
        FigureMoment m{"seated-floss", "floss-a", "floss-b", i / 10.0, 1, Side::Right};
        const Vec2 head = floss().draw(m).discs.front().centre;
        EXPECT_LT(std::hypot(head.x - last.x, head.y - last.y), 0.03);
        last = head;
    }
    EXPECT_LT(last.y, first.y - 0.05);
    EXPECT_EQ(last, at("floss-b").head);
}

TEST(Generic, UnknownFigureKeysGetTheGenericFigure) {
    EXPECT_EQ(figureFamily("handstand").key(), "");
    EXPECT_EQ(&figureFamily("handstand"), &figureFamily("anything-else"));
}

TEST(Generic, ShowsThePostureNumber) {
    FigureMoment m{"handstand", "hands-down", "hands-up", 1.0, 1, Side::None};
    const Drawing d = figureFamily("handstand").draw(m);
    ASSERT_EQ(d.labels.size(), 1u);
    EXPECT_EQ(d.labels[0].text, "2");
}

TEST(Generic, ShowsNoNumberAtRest) {
    FigureMoment m{"handstand", "rest", "rest", 1.0, 0, Side::None};
    EXPECT_TRUE(figureFamily("handstand").draw(m).labels.empty());
}

TEST(Registry, ListsSeatedFloss) {
    ASSERT_FALSE(figureFamilies().empty());
    EXPECT_EQ(figureFamilies().front()->key(), "seated-floss");
}

} // namespace
} // namespace nf::gui
