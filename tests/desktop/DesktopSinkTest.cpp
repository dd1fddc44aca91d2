#include "app/desktop/DesktopSink.hpp"
#include "desktop/DesktopTestSupport.hpp"

#include <gtest/gtest.h>

#include <string>

namespace nf::desktop {
namespace {

using test::secs;

// Writes down what the sink asks of the desktop, one word a call, and hands out the commands a
// test queues as if media keys had sent them.
class RecordingBus final : public DesktopBus {
  public:
    explicit RecordingBus(std::vector<std::string>& log) : m_log(log) {}
    void publish(const PlayerModel& model, PlayerModel::Change change) override {
        if (change.status)
            m_log.push_back(toString(model.status()));
        if (change.metadata)
            m_log.push_back("metadata");
    }
    void keepAwake(bool awake) override { m_log.push_back(awake ? "inhibit" : "release"); }
    std::vector<RemoteCommand> poll() override { return std::exchange(commands, {}); }
    int waitFd() const override { return 7; }
    std::vector<RemoteCommand> commands;

  private:
    std::vector<std::string>& m_log;
};

struct DesktopSinkTest : ::testing::Test {
    DesktopSinkTest() {
        auto b = std::make_unique<RecordingBus>(log);
        bus = b.get();
        sink = std::make_unique<DesktopSink>(session.timeline(), std::move(b));
    }
    void feed(const std::vector<SessionEvent>& events) {
        sink->onEvents(events, session.timeline(), Micros{0});
    }
    // The inhibitor calls only, in order.
    std::vector<std::string> inhibits() const {
        std::vector<std::string> out;
        for (const auto& l : log)
            if (l == "inhibit" || l == "release")
                out.push_back(l);
        return out;
    }
    std::vector<std::string> log;
    Session session{test::shortFlossing()};
    RecordingBus* bus = nullptr;
    std::unique_ptr<DesktopSink> sink;
};

TEST_F(DesktopSinkTest, InhibitsBeforeAnnouncingTheStart) {
    feed(session.start(secs(0)));
    ASSERT_GE(log.size(), 2u);
    EXPECT_EQ(log[0], "inhibit");
    EXPECT_EQ(log[1], "Playing");
}

TEST_F(DesktopSinkTest, ReleasesOnPauseAndHoldsAgainOnResume) {
    feed(session.start(secs(0)));
    feed(session.pause(secs(3)));
    feed(session.resume(secs(6)));
    EXPECT_EQ(inhibits(), (std::vector<std::string>{"inhibit", "release", "inhibit"}));
}

TEST_F(DesktopSinkTest, ReleasesAtTheEnd) {
    feed(session.start(secs(0)));
    for (int s = 1; s <= 32; ++s)
        feed(session.update(secs(s)));
    EXPECT_EQ(inhibits(), (std::vector<std::string>{"inhibit", "release"}));
    EXPECT_EQ(log.back(), "Stopped");
}

TEST_F(DesktopSinkTest, ReleasesOnceWhenStoppedWhilePaused) {
    feed(session.start(secs(0)));
    feed(session.pause(secs(3)));
    feed(session.stop(secs(4)));
    EXPECT_EQ(inhibits(), (std::vector<std::string>{"inhibit", "release"}));
}

TEST_F(DesktopSinkTest, ReleasesWhenDestroyedMidSession) {
    feed(session.start(secs(0)));
    sink.reset();
    EXPECT_EQ(inhibits(), (std::vector<std::string>{"inhibit", "release"}));
}

TEST_F(DesktopSinkTest, NothingHeldBeforeStart) {
    sink.reset();
    EXPECT_TRUE(log.empty());
}

TEST_F(DesktopSinkTest, TicksSayNothingToTheDesktop) {
    feed(session.start(secs(0)));
    feed(session.update(secs(2.5)));
    const std::size_t said = log.size();
    feed(session.update(secs(3.1)));
    feed(session.update(secs(4.1)));
    EXPECT_EQ(log.size(), said);
}

TEST_F(DesktopSinkTest, EachNewStepIsAnnounced) {
    feed(session.start(secs(0)));
    log.clear();
    feed(session.update(secs(2.5)));
    EXPECT_EQ(log, std::vector<std::string>{"metadata"});
}

TEST_F(DesktopSinkTest, PollHandsOverTheCommandsInOrder) {
    bus->commands = {RemoteCommand::PlayPause, RemoteCommand::Next, RemoteCommand::Stop};
    EXPECT_EQ(sink->poll(), (std::vector<RemoteCommand>{RemoteCommand::PlayPause,
                                                        RemoteCommand::Next, RemoteCommand::Stop}));
    EXPECT_TRUE(sink->poll().empty());
    EXPECT_EQ(sink->waitFd(), 7);
}

} // namespace
} // namespace nf::desktop
