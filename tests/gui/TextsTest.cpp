#include "app/gui/kit/Texts.hpp"

#include "GuiFixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace nf::gui {
namespace {

TEST(Texts, DoseSummaryNamesRepsSetsHoldRestAndLeg) {
    EXPECT_EQ(doseSummary(test::guiFlossing(), SideChoice::Right),
              "25 reps \xC3\x97 3 sets \xC2\xB7 hold 3 s \xC2\xB7 rest 30 s \xC2\xB7 right leg");
}

TEST(Texts, DoseSummarySaysBothLegs) {
    EXPECT_NE(doseSummary(test::guiFlossing(), SideChoice::Both).find("both legs"),
              std::string::npos);
}

TEST(Texts, LengthIsTheTimelinesLength) {
    // 5 s lead-in + 3 x 25 x 6 s + 2 x 30 s rest = 515 s
    EXPECT_EQ(lengthSummary(test::guiFlossing(), SideChoice::Right), "8 min 35 s");
}

TEST(Texts, SafetyNoticeParagraphsCarryTheCoresWords) {
    std::string all;
    for (const auto& p : safetyNotice())
        all += p + "\n";
    for (const char* must : {"does not diagnose", "both legs", "blood clot", "weaker", "stop if"})
        EXPECT_NE(all.find(must), std::string::npos) << must;
}

TEST(Texts, UrgentNoticeIsTheEmergencyAndSameDayPartsOfTheNotice) {
    const auto urgent = urgentNotice();
    const auto whole = safetyNotice();
    ASSERT_EQ(urgent.size(), 3u);
    EXPECT_EQ(urgent[1], whole[1]); // call 999 or go to A&E now
    EXPECT_EQ(urgent[2], whole[2]); // seen the same day
    EXPECT_NE(urgent[1].find("999"), std::string::npos);
}

TEST(Texts, SummaryOfACompletedSession) {
    const Timeline t(test::guiFlossing(2, 2, 1.0, 1.0, 1.0), SideChoice::Right);
    Session s(t);
    s.start(Micros{0});
    for (int i = 1; i <= 10; ++i)
        s.update(std::chrono::seconds(i)); // no long gap
    ASSERT_EQ(s.state(), SessionState::Finished);
    const Summary sum = summarize(s.snapshot(std::chrono::seconds(10)), s.timeline());
    EXPECT_EQ(sum.heading, "Well done");
    EXPECT_EQ(sum.lines[0], "Sets done: 2 of 2");
    EXPECT_EQ(sum.lines[1], "Reps done: 4 of 4");
    EXPECT_EQ(sum.lines[2], "No set ended early");
    EXPECT_EQ(sum.lines.back(), "Time taken: 0:10");
}

TEST(Texts, SummarySaysASetEndedEarlyAndTheSessionStopped) {
    const Timeline t(test::guiFlossing(5, 2, 1.0, 1.0, 1.0), SideChoice::Right);
    Session s(t);
    s.start(Micros{0});
    s.update(std::chrono::seconds(2));
    s.update(std::chrono::milliseconds(3'500));
    s.endSetEarly(std::chrono::milliseconds(3'500));
    s.stop(std::chrono::seconds(4));
    const Summary sum = summarize(s.snapshot(std::chrono::seconds(4)), s.timeline());
    EXPECT_EQ(sum.heading, "Session stopped");
    EXPECT_EQ(sum.lines[0], "Sets done: 1 of 2");
    EXPECT_EQ(sum.lines[2], "1 set ended early (the pain eased)");
    EXPECT_EQ(sum.lines[3], "You left before the end");
}

} // namespace
} // namespace nf::gui
