#include "app/desktop/PlayerModel.hpp"
#include "desktop/DesktopTestSupport.hpp"

#include <gtest/gtest.h>

namespace nf::desktop {
namespace {

using test::secs;

struct PlayerModelTest : ::testing::Test {
    Session session{test::shortFlossing()};
    PlayerModel model{session.timeline()};
    PlayerModel::Change feed(const std::vector<SessionEvent>& events) {
        return model.apply(events, session.timeline());
    }
    // Updates every half second up to `seconds` (one long update would be a gap and pause),
    // and says whether anything changed on the way.
    PlayerModel::Change runTo(double seconds) {
        PlayerModel::Change change;
        for (double t = at + 0.5; t < seconds; t += 0.5) {
            const auto c = feed(session.update(secs(t)));
            change.status |= c.status;
            change.metadata |= c.metadata;
        }
        at = seconds;
        const auto c = feed(session.update(secs(seconds)));
        return {change.status || c.status, change.metadata || c.metadata};
    }
    double at = 0;
};

TEST_F(PlayerModelTest, StoppedBeforeStartWithTheRoutineName) {
    EXPECT_EQ(model.status(), PlaybackStatus::Stopped);
    EXPECT_FALSE(model.keepAwake());
    EXPECT_EQ(model.metadata().routine, "Nerve flossing");
    EXPECT_EQ(model.metadata().length, secs(31));
}

TEST_F(PlayerModelTest, PlayingFromTheLeadIn) {
    EXPECT_TRUE(feed(session.start(secs(0))).status);
    EXPECT_EQ(model.status(), PlaybackStatus::Playing);
    EXPECT_TRUE(model.keepAwake());
}

TEST_F(PlayerModelTest, PausedAndPlayingFollowPauseAndResume) {
    feed(session.start(secs(0)));
    EXPECT_TRUE(feed(session.pause(secs(3))).status);
    EXPECT_EQ(model.status(), PlaybackStatus::Paused);
    EXPECT_FALSE(model.keepAwake());
    EXPECT_TRUE(feed(session.resume(secs(10))).status);
    EXPECT_EQ(model.status(), PlaybackStatus::Playing);
}

TEST_F(PlayerModelTest, PausedByALongGap) {
    feed(session.start(secs(0)));
    feed(session.update(secs(3)));
    feed(session.update(secs(3600)));
    EXPECT_EQ(model.status(), PlaybackStatus::Paused);
    EXPECT_FALSE(model.keepAwake());
}

TEST_F(PlayerModelTest, StoppedWhenTheSessionCompletes) {
    feed(session.start(secs(0)));
    runTo(32);
    ASSERT_EQ(session.state(), SessionState::Finished);
    EXPECT_EQ(model.status(), PlaybackStatus::Stopped);
    EXPECT_FALSE(model.keepAwake());
    EXPECT_EQ(model.position(), secs(31));
}

TEST_F(PlayerModelTest, StoppedWhenTheSessionIsStopped) {
    feed(session.start(secs(0)));
    feed(session.stop(secs(4)));
    EXPECT_EQ(model.status(), PlaybackStatus::Stopped);
}

TEST_F(PlayerModelTest, MetadataNamesExerciseRepSetAndSide) {
    feed(session.start(secs(0)));
    EXPECT_TRUE(runTo(8.5).metadata); // set 1, rep 2, first posture
    const PlayerMetadata& m = model.metadata();
    EXPECT_EQ(m.exercise, "Nerve flossing");
    EXPECT_EQ(m.step, "Point toes, chin down");
    EXPECT_EQ(m.rep, 2);
    EXPECT_EQ(m.reps, 2);
    EXPECT_EQ(m.set, 1);
    EXPECT_EQ(m.sets, 2);
    EXPECT_EQ(m.side, "right");
    EXPECT_EQ(m.title(), "Nerve flossing: rep 2 of 2, set 1 of 2");
}

TEST_F(PlayerModelTest, TheRestKeepsTheSetItFollows) {
    feed(session.start(secs(0)));
    runTo(15);
    EXPECT_EQ(model.metadata().rep, 0);
    EXPECT_EQ(model.metadata().set, 1);
    EXPECT_EQ(model.metadata().title(), "Nerve flossing: set 1 of 2");
}

TEST_F(PlayerModelTest, SkippingMovesToTheNextStep) {
    feed(session.start(secs(0)));
    feed(session.update(secs(2.5)));
    const std::size_t before = model.metadata().stepIndex;
    feed(session.skip(secs(3)));
    EXPECT_EQ(model.metadata().stepIndex, before + 1);
    EXPECT_EQ(model.metadata().step, "Toes up, look up");
}

TEST_F(PlayerModelTest, PositionFollowsTheCountdown) {
    feed(session.start(secs(0)));
    feed(session.update(secs(2.5)));
    EXPECT_EQ(model.position(), secs(2));
    feed(session.update(secs(3.1))); // 2 s left in the 2-5 s posture
    EXPECT_EQ(model.position(), secs(3));
}

TEST_F(PlayerModelTest, ATickChangesNeitherStatusNorMetadata) {
    feed(session.start(secs(0)));
    feed(session.update(secs(2.5)));
    const auto change = feed(session.update(secs(3.1)));
    EXPECT_FALSE(change.any());
}

TEST(PlayerMetadata, TitleLeavesOutASingleRepOrSet) {
    PlayerMetadata m;
    m.routine = "Morning";
    EXPECT_EQ(m.title(), "Morning");
    m.exercise = "Bridge";
    m.rep = 1;
    m.reps = 1;
    m.set = 2;
    m.sets = 3;
    EXPECT_EQ(m.title(), "Bridge: set 2 of 3");
}

TEST(PlaybackStatus, SpelledAsMprisSpellsThem) {
    EXPECT_EQ(toString(PlaybackStatus::Playing), "Playing");
    EXPECT_EQ(toString(PlaybackStatus::Paused), "Paused");
    EXPECT_EQ(toString(PlaybackStatus::Stopped), "Stopped");
}

} // namespace
} // namespace nf::desktop
