#include "app/Trace.hpp"
#include "app/Files.hpp"
#include "core/Session.hpp"
#include "support/TempDir.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace std::chrono_literals;

namespace {
Routine routine() {
    Routine r;
    r.name = "R";
    r.leadInSeconds = 1;
    Exercise ex;
    ex.name = "Floss \"quoted\"";
    ex.reps = 1;
    ex.sets = 1;
    ex.sideRule = SideRule::Affected;
    ex.phases = {Phase{"A", "A", 2.5, HoldKind::Adjustable, ""}};
    r.exercises = {ex};
    return r;
}
} // namespace

TEST(Trace, StepStartLineHasEveryField) {
    Session s(Timeline(routine(), SideChoice::Left));
    s.start(0us);
    auto ev = s.update(1s);
    const SessionEvent& start = ev.back();
    ASSERT_EQ(start.type, EventType::StepStart);
    EXPECT_EQ(traceLine(start, s.timeline(), 1002500us),
              "{\"t\":1.002500,\"planned\":1.000000,\"event\":\"step_start\",\"kind\":\"phase\","
              "\"exercise\":\"Floss \\\"quoted\\\"\",\"set\":1,\"rep\":1,\"phase\":\"A\","
              "\"side\":\"left\",\"duration\":2.500000}");
}

TEST(Trace, PauseByGapSaysSo) {
    Session s(Timeline(routine(), SideChoice::Left));
    s.start(0us);
    auto ev = s.update(1h);
    ASSERT_EQ(ev.size(), 1u);
    const std::string line = traceLine(ev[0], s.timeline(), 1h);
    EXPECT_NE(line.find("\"event\":\"paused\""), std::string::npos);
    EXPECT_NE(line.find("\"reason\":\"gap\""), std::string::npos);
}

TEST(Trace, WriterFlushesEachBatch) {
    test::TempDir dir;
    Session s(Timeline(routine(), SideChoice::Right));
    TraceWriter w(dir / "t.jsonl");
    w.onEvents(s.start(0us), s.timeline(), 0us);
    // Read while the writer is still open: the lines are already on disk.
    const std::string text = readTextFile(dir / "t.jsonl");
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
}

TEST(Trace, UnopenableFileThrowsNamingIt) {
    try {
        TraceWriter w("/nonexistent/t.jsonl");
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/t.jsonl"), std::string::npos);
    }
}

TEST(Trace, APainRatingNamesItsMomentAndValueAndNoStep) {
    Session s(Timeline(routine(), SideChoice::Left));
    s.start(0us);
    s.update(2s);
    const auto ev = s.ratePain(2s, PainMoment::Before, 6);
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(
        traceLine(ev[0], s.timeline(), 2s),
        R"({"t":2.000000,"planned":2.000000,"event":"pain_rated","moment":"before","pain":6})");
}

TEST(Trace, ASelfCheckAnswerNamesLegQuestionAndAnswer) {
    Session s(Timeline(routine(), SideChoice::Left));
    s.start(0us);
    const auto ev = s.answerSelfCheck(1s, Side::Right, 2, false);
    EXPECT_EQ(
        traceLine(ev.at(0), s.timeline(), 1s),
        R"({"t":1.000000,"planned":1.000000,"event":"self_check_answer","leg":"right","question":2,"answer":false})");
    EXPECT_EQ(traceLine(s.completeSelfCheck(3s).at(0), s.timeline(), 3s),
              R"({"t":3.000000,"planned":3.000000,"event":"self_check_completed","urgent":false})");
    EXPECT_EQ(traceLine(s.completeSelfCheck(4s, true).at(0), s.timeline(), 4s),
              R"({"t":4.000000,"planned":4.000000,"event":"self_check_completed","urgent":true})");
}
