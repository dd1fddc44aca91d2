#include "app/Reminders.hpp"

#include "support/TempDir.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace nf;
using namespace nf::test;

namespace {

// A systemctl that records its calls; `running` says whether a user manager answers.
struct FakeSystemctl {
    bool running = true;
    int enableStatus = 0;
    std::vector<std::string> calls;

    ReminderTimers::Systemctl fn() {
        return [this](const std::vector<std::string>& args) {
            std::string line;
            for (const auto& a : args)
                line += (line.empty() ? "" : " ") + a;
            calls.push_back(line);
            if (!running)
                return 1;
            return args.front() == "enable" ? enableStatus : 0;
        };
    }
};

std::string read(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(ReminderTimers, WithAManagerTheTimersAreEnabledBySystemctl) {
    TempDir dir;
    FakeSystemctl systemctl;
    ReminderTimers timers(dir / "systemd" / "user", systemctl.fn());
    const auto lines = timers.set({{8, 0}, {18, 30}}, "/usr/bin/nervefloss");
    EXPECT_EQ(lines.front(),
              "Reminders at 08:00 and 18:30: 2 timers in " + (dir / "systemd" / "user").string());
    EXPECT_EQ(systemctl.calls,
              (std::vector<std::string>{
                  "show-environment", "daemon-reload",
                  "enable --now nervefloss-remind-0800.timer nervefloss-remind-1830.timer"}));
    EXPECT_NE(read(dir / "systemd" / "user" / "nervefloss-remind.service")
                  .find("ExecStart=/usr/bin/nervefloss remind"),
              std::string::npos);
    ASSERT_EQ(timers.installed().size(), 2U);
    EXPECT_EQ(timers.installed()[1].unit, "nervefloss-remind-1830.timer");
}

TEST(ReminderTimers, WithoutAManagerTheyAreLinkedToStartAtLogin) {
    TempDir dir;
    FakeSystemctl systemctl;
    systemctl.running = false;
    ReminderTimers timers(dir.path(), systemctl.fn());
    const auto lines = timers.set({{7, 15}}, "/usr/bin/nervefloss");
    EXPECT_EQ(systemctl.calls, std::vector<std::string>{"show-environment"});
    EXPECT_NE(lines.back().find("No systemd user manager"), std::string::npos) << lines.back();
    const auto link = dir / "timers.target.wants" / "nervefloss-remind-0715.timer";
    EXPECT_EQ(std::filesystem::read_symlink(link),
              std::filesystem::path("../nervefloss-remind-0715.timer"));
    EXPECT_TRUE(std::filesystem::exists(link)); // the link resolves
    ASSERT_EQ(timers.installed().size(), 1U);
    EXPECT_TRUE(timers.installed()[0].enabled);
}

TEST(ReminderTimers, ATimeNoLongerWantedIsStoppedAndRemoved) {
    TempDir dir;
    FakeSystemctl systemctl;
    ReminderTimers timers(dir.path(), systemctl.fn());
    timers.set({{8, 0}, {18, 30}}, "/usr/bin/nervefloss");
    systemctl.calls.clear();
    timers.set({{18, 30}}, "/usr/bin/nervefloss");
    EXPECT_EQ(systemctl.calls[1], "disable --now nervefloss-remind-0800.timer");
    EXPECT_FALSE(std::filesystem::exists(dir / "nervefloss-remind-0800.timer"));
    ASSERT_EQ(timers.installed().size(), 1U);
}

TEST(ReminderTimers, OffRemovesOursAndLeavesOtherUnits) {
    TempDir dir;
    FakeSystemctl systemctl;
    systemctl.running = false;
    ReminderTimers timers(dir.path(), systemctl.fn());
    timers.set({{8, 0}, {18, 30}}, "/usr/bin/nervefloss");
    std::ofstream(dir / "backup.timer") << "[Timer]\n";
    const auto lines = timers.off();
    EXPECT_EQ(lines.front(), "Reminders off: removed 2 timers from " + dir.path().string() + ".");
    EXPECT_TRUE(timers.installed().empty());
    EXPECT_FALSE(std::filesystem::exists(dir / "nervefloss-remind.service"));
    EXPECT_FALSE(
        std::filesystem::exists(dir / "timers.target.wants" / "nervefloss-remind-0800.timer"));
    EXPECT_TRUE(std::filesystem::exists(dir / "backup.timer"));
    EXPECT_EQ(timers.off().front(), "No reminders were set.");
}

TEST(ReminderTimers, AManagerThatCannotEnableFallsBackToLinks) {
    TempDir dir;
    FakeSystemctl systemctl;
    systemctl.enableStatus = 1;
    ReminderTimers timers(dir.path(), systemctl.fn());
    const auto lines = timers.set({{8, 0}}, "/usr/bin/nervefloss");
    EXPECT_NE(lines.back().find("could not start them now"), std::string::npos) << lines.back();
    EXPECT_TRUE(timers.installed()[0].enabled);
}
