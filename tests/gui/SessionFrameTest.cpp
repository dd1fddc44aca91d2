#include "app/gui/session/SessionFrame.hpp"

#include "GuiFixtures.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// A session driven by test time: no clock, no sleeping.
struct Drive {
    explicit Drive(Routine r = test::guiFlossing(3, 2, 3.0, 10.0, 5.0),
                   SideChoice side = SideChoice::Right)
        : session(Timeline(std::move(r), side)) {
        session.start(Micros{0});
    }
    SessionFrame at(Micros t) {
        advance(t);
        return describeSession(session.snapshot(t), session.timeline());
    }
    std::optional<Micros> until(Micros t) {
        advance(t);
        return untilNextChange(session.snapshot(t), session.timeline());
    }
    // Updates at most a second apart, as the window does, so the long-gap pause never fires.
    void advance(Micros t) {
        while (last + seconds(1) < t)
            session.update(last += seconds(1));
        session.update(t);
        last = std::max(last, t);
    }
    Session session;
    Micros last{0};
};

TEST(SessionFrame, LeadInShowsTheSetUpAndTheFirstPosture) {
    Drive run;
    const SessionFrame f = run.at(Micros{0});
    EXPECT_EQ(f.mode, SessionMode::LeadIn);
    EXPECT_EQ(f.title, "Get ready");
    EXPECT_EQ(f.seconds, "5");
    ASSERT_FALSE(f.setup.empty());
    EXPECT_EQ(f.setup[0], "Sit on the edge of a table, legs hanging.");
    EXPECT_EQ(f.next, "First: Point toes, chin down");
}

TEST(SessionFrame, PostureShowsNameColourRepSetAndSide) {
    Drive run;
    const SessionFrame f = run.at(seconds(5));
    EXPECT_EQ(f.mode, SessionMode::Posture);
    EXPECT_EQ(f.title, "Point toes, chin down");
    EXPECT_EQ(f.scheme.background, postureColour(0));
    EXPECT_EQ(f.rep, "rep 1 / 3");
    EXPECT_EQ(f.set, "set 1 / 2");
    EXPECT_EQ(f.side, "right leg");
    EXPECT_EQ(f.next, "Next: Toes up, look up");
}

TEST(SessionFrame, SecondPostureHasTheOtherColour) {
    Drive run;
    EXPECT_EQ(run.at(seconds(8)).scheme.background, postureColour(1));
}

TEST(SessionFrame, SecondsLeftRoundUp) {
    Drive run;
    EXPECT_EQ(run.at(seconds(5)).seconds, "3");
    EXPECT_EQ(run.at(milliseconds(6'001)).seconds, "2");
    EXPECT_EQ(run.at(milliseconds(7'999)).seconds, "1");
}

TEST(SessionFrame, HoldBarFillsOverTheStep) {
    Drive run;
    // A 3 s hold steps once a second, with the digits: 0, 1/3, 2/3.
    EXPECT_DOUBLE_EQ(run.at(seconds(5)).hold, 0.0);
    EXPECT_DOUBLE_EQ(run.at(milliseconds(5'900)).hold, 0.0);
    EXPECT_NEAR(run.at(milliseconds(6'500)).hold, 1.0 / 3.0, 0.01);
    EXPECT_NEAR(run.at(milliseconds(7'100)).hold, 2.0 / 3.0, 0.01);
}

TEST(SessionFrame, LastPhaseOfASetSaysRestComesNext) {
    Drive run; // 3 reps: the set's last phase starts at 5 + 5 x 3 s
    EXPECT_EQ(run.at(seconds(20)).next, "Next: rest 10 s");
}

TEST(SessionFrame, RestIsCalmAndSaysWhatComesNext) {
    Drive run;
    const SessionFrame f = run.at(seconds(24));
    EXPECT_EQ(f.mode, SessionMode::Between);
    EXPECT_EQ(f.title, "Rest");
    EXPECT_EQ(f.scheme.background, palette::kRest);
    EXPECT_EQ(f.next, "Next: set 2 / 2 \xC2\xB7 Point toes, chin down");
    EXPECT_EQ(f.set, "done: set 1 / 2");
}

TEST(SessionFrame, FigureMovesFromTheLastPostureToThisOne) {
    Drive run;
    const SessionFrame start = run.at(seconds(8));
    EXPECT_EQ(start.figure.fromPosture, "floss-a");
    EXPECT_EQ(start.figure.toPosture, "floss-b");
    // Already on its way (half way, in two poses): the old pose was the last step's final frame.
    EXPECT_GT(start.figure.blend, 0.0);
    EXPECT_LT(start.figure.blend, 1.0);
    const SessionFrame held = run.at(seconds(10));
    EXPECT_DOUBLE_EQ(held.figure.blend, 1.0);
    EXPECT_EQ(held.figure.fromPosture, "floss-b");
}

TEST(SessionFrame, FirstPostureComesFromTheSetUpPose) {
    Drive run;
    EXPECT_EQ(run.at(seconds(5)).figure.fromPosture, "");
    EXPECT_EQ(run.at(seconds(5)).figure.figure, "seated-floss");
}

TEST(SessionFrame, PausedFramesSaySo) {
    Drive run;
    run.session.pause(seconds(6));
    EXPECT_TRUE(run.at(seconds(7)).paused);
}

TEST(SessionFrame, AGapPauseSaysHowLongTheComputerWasAway) {
    Drive run;
    run.at(seconds(6));
    run.session.update(seconds(6) + std::chrono::minutes(12)); // one update after a long stall
    const SessionFrame f = describeSession(
        run.session.snapshot(seconds(6) + std::chrono::minutes(12)), run.session.timeline());
    EXPECT_TRUE(f.paused);
    EXPECT_EQ(f.pauseNote, "The computer was away for 12 min");
    run.session.resume(seconds(800));
    run.session.pause(seconds(801));
    EXPECT_EQ(describeSession(run.session.snapshot(seconds(801)), run.session.timeline()).pauseNote,
              "");
}

TEST(SessionFrame, OneRepAndOneSetAreNotCounted) {
    Drive run(test::guiFlossing(1, 1));
    const SessionFrame f = run.at(seconds(5));
    EXPECT_EQ(f.rep, "");
    EXPECT_EQ(f.set, "");
}

TEST(SessionFrame, TimeLeftCountsTheWholeSession) {
    Drive run; // 5 + 2 x 18 + 10 = 51 s
    EXPECT_EQ(run.at(Micros{0}).left, "0:51 left");
    EXPECT_EQ(run.at(milliseconds(1'500)).left, "0:50 left");
}

TEST(FigureBlend, EasesInAndOutInWholeFrames) {
    const Micros frame = milliseconds(100), move = milliseconds(1'000);
    // The step's first frame is already one step along: the old pose was the last step's.
    EXPECT_GT(figureBlend(Micros{0}, move, frame), 0.0);
    EXPECT_LT(figureBlend(Micros{0}, move, frame), 0.1); // slow start
    EXPECT_DOUBLE_EQ(figureBlend(milliseconds(150), move, frame),
                     figureBlend(milliseconds(100), move, frame));
    EXPECT_DOUBLE_EQ(figureBlend(milliseconds(400), move, frame), 0.5);
    EXPECT_LT(figureBlend(milliseconds(899), move, frame), 1.0);
    EXPECT_DOUBLE_EQ(figureBlend(milliseconds(900), move, frame), 1.0); // the last frame's pose
    EXPECT_DOUBLE_EQ(figureBlend(move, move, frame), 1.0);
}

TEST(Pacing, FigureMovesForAtMostAShareOfAShortHold) {
    EXPECT_EQ(moveTimeFor(seconds(1)), milliseconds(300));
    EXPECT_EQ(moveTimeFor(seconds(30)), milliseconds(390));
}

TEST(Pacing, NothingChangesWhilePaused) {
    Drive run;
    run.session.pause(seconds(6));
    EXPECT_FALSE(run.until(seconds(7)).has_value());
}

TEST(Pacing, WhileTheFigureMovesTheNextChangeIsTheNextFrame) {
    Drive run;
    EXPECT_EQ(run.until(seconds(8)), milliseconds(195));
}

TEST(Pacing, TheFrameNeverChangesBeforeTheAnnouncedInstant) {
    // Walk a whole session in 1 ms steps: the picture stays the same until untilNextChange says,
    // and then it has changed (or the step ended). This is what lets the window sleep.
    Drive run(test::guiFlossing(2, 2, 2.5, 3.0, 2.0));
    const Micros total = run.session.timeline().total();
    Micros t{0};
    while (t < total) {
        const SessionFrame f = run.at(t);
        const auto u = run.until(t);
        ASSERT_TRUE(u.has_value());
        ASSERT_GT(*u, Micros{0});
        for (Micros s = t + milliseconds(1); s < t + *u; s += milliseconds(1))
            ASSERT_EQ(run.at(s), f) << "changed early at " << s.count() << " us";
        t += *u;
        if (t < total) {
            EXPECT_NE(run.at(t), f) << "no change at " << t.count() << " us";
        }
    }
}

TEST(Pacing, AThreeSecondHoldNeedsFewFrames) {
    // Two poses while the figure moves, the first on the step's first frame, and the bar
    // stepping with the digits: 4 frames, against 90 for a loop drawing at 30 fps.
    Drive run;
    int frames = 0;
    Micros t = seconds(8); // the start of a posture
    while (t < seconds(11)) {
        ++frames;
        t += *run.until(t);
    }
    EXPECT_EQ(frames, 4);
}

TEST(DescribeNext, TheLastStepSaysTheSessionEnds) {
    const Timeline t(test::guiFlossing(1, 1), SideChoice::Right);
    EXPECT_EQ(describeNext(t, t.size() - 1), "Then you are done");
}

TEST(DescribeNext, BothLegsAnnounceTheSwitch) {
    const Timeline t(test::guiFlossing(1, 1), SideChoice::Both);
    EXPECT_EQ(describeNext(t, 2), "Next: Switch to the right leg");
}

} // namespace
} // namespace nf::gui
