#include "app/SessionRun.hpp"
#include "app/HeadlessRun.hpp"
#include "app/Trace.hpp"

#include "support/Fixtures.hpp"
#include "support/SessionDoubles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace nf;
using namespace nf::test;

namespace {

Micros secs(double s) {
    return fromSeconds(s);
}

// Two reps of two 1 s postures, two sets, a 2 s rest, a 1 s lead-in: 1 + 4 + 2 + 4 = 11 s.
RunRequest shortFloss() {
    RunRequest r;
    r.routine = flossing(2, 2, 1.0, 2.0, 1.0);
    r.side = SideChoice::Left;
    return r;
}

class SessionRunTest : public ::testing::Test {
  protected:
    // The run on a clock that does not start at zero: events are in session time all the same.
    ManualClock clock{secs(100)};
    std::shared_ptr<std::vector<std::string>> log = std::make_shared<std::vector<std::string>>();
    RecordingSink* first = nullptr;
    RecordingSink* second = nullptr;

    std::unique_ptr<SessionRun> make(RunRequest request = shortFloss()) {
        auto run = std::make_unique<SessionRun>(std::move(request), clock);
        auto a = std::make_unique<RecordingSink>("first", log);
        auto b = std::make_unique<RecordingSink>("second", log);
        first = a.get();
        second = b.get();
        run->addSink(std::move(a));
        run->addSink(std::move(b));
        return run;
    }
};

TEST_F(SessionRunTest, EverySinkHearsEachBatchInTheOrderAdded) {
    auto run = make();
    run->start();
    ASSERT_EQ(log->size(), 4u); // session_start and the lead-in's step_start, to each sink
    EXPECT_EQ((*log)[0], "first:session_start");
    EXPECT_EQ((*log)[1], "first:step_start");
    EXPECT_EQ((*log)[2], "second:session_start");
    EXPECT_EQ((*log)[3], "second:step_start");
}

TEST_F(SessionRunTest, ActualIsTheClocksTimeSinceTheStart) {
    auto run = make();
    run->start();
    clock.advance(secs(1.25));
    run->update();
    const auto starts = first->of(EventType::StepStart);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_EQ(starts[1]->event.t, secs(1));   // planned: the lead-in's end
    EXPECT_EQ(starts[1]->actual, secs(1.25)); // handled a quarter second late
}

TEST_F(SessionRunTest, APainBeforeFromTheRequestIsRatedRightAfterTheStart) {
    RunRequest r = shortFloss();
    r.painBefore = 4;
    auto run = make(r);
    run->start();
    const auto rated = first->of(EventType::PainRated);
    ASSERT_EQ(rated.size(), 1u);
    EXPECT_EQ(rated[0]->event.painMoment, PainMoment::Before);
    EXPECT_EQ(rated[0]->event.pain, 4);
    EXPECT_EQ(run->painBefore(), 4);
}

TEST_F(SessionRunTest, APainAfterFromTheRequestFollowsTheEndOnce) {
    RunRequest r = shortFloss();
    r.painAfter = 2;
    auto run = make(r);
    run->start();
    for (int s = 1; s <= 10; ++s) {
        clock.advance(secs(1));
        run->update();
    }
    EXPECT_TRUE(first->of(EventType::PainRated).empty());
    clock.advance(secs(2));
    run->update();
    run->update();
    const auto rated = first->of(EventType::PainRated);
    ASSERT_EQ(rated.size(), 1u);
    EXPECT_EQ(rated[0]->event.painMoment, PainMoment::After);
    EXPECT_EQ(first->heard().back().event.type, EventType::PainRated);
    EXPECT_EQ(first->heard()[first->heard().size() - 2].event.type, EventType::SessionEnd);
}

TEST_F(SessionRunTest, APainRatedAfterAStopStillReachesTheSinks) {
    auto run = make();
    run->start();
    run->command(SessionCommand::Stop);
    run->ratePain(PainMoment::After, 7);
    EXPECT_EQ(first->of(EventType::PainRated).size(), 1u);
    EXPECT_EQ(run->painAfter(), 7);
}

TEST_F(SessionRunTest, APainOutsideTheScaleIsNoEvent) {
    auto run = make();
    run->start();
    run->ratePain(PainMoment::Before, 11);
    run->ratePain(PainMoment::Before, -1);
    EXPECT_TRUE(first->of(EventType::PainRated).empty());
    EXPECT_FALSE(run->painBefore());
}

TEST_F(SessionRunTest, SelfCheckAnswersAreEventsAndSoIsTheCompletion) {
    auto run = make();
    run->start();
    run->command(SessionCommand::Stop);
    run->answerSelfCheck(Side::Left, 0, true);
    run->completeSelfCheck();
    const auto answers = second->of(EventType::SelfCheckAnswer);
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers[0]->event.leg, Side::Left);
    EXPECT_TRUE(answers[0]->event.yes);
    EXPECT_EQ(second->of(EventType::SelfCheckCompleted).size(), 1u);
}

TEST_F(SessionRunTest, MuteReachesEverySink) {
    auto run = make();
    run->setMuted(true);
    EXPECT_TRUE(first->muted());
    EXPECT_TRUE(second->muted());
}

TEST_F(SessionRunTest, AGapPauseCarriesItsReasonIntoTheSnapshot) {
    auto run = make();
    run->start();
    clock.advance(std::chrono::minutes(12));
    run->update();
    const SessionSnapshot s = run->snapshot();
    EXPECT_EQ(s.state, SessionState::Paused);
    EXPECT_EQ(s.pauseReason, PauseReason::Gap);
    EXPECT_EQ(s.gap, std::chrono::minutes(12));
    run->command(SessionCommand::Resume);
    run->command(SessionCommand::Pause);
    EXPECT_EQ(run->snapshot().pauseReason, PauseReason::User);
}

TEST_F(SessionRunTest, ASuspendSeenByTheClockPausesTheSession) {
    auto run = make();
    run->start();
    clock.advance(secs(2));
    run->update();
    // The laptop slept an hour; the monotonic clock moved 100 ms.
    clock.suspend(std::chrono::hours(1));
    clock.advance(std::chrono::milliseconds(100));
    run->update();
    const SessionSnapshot s = run->snapshot();
    EXPECT_EQ(s.state, SessionState::Paused);
    EXPECT_EQ(s.pauseReason, PauseReason::Gap);
    EXPECT_EQ(s.gap, std::chrono::hours(1) + std::chrono::milliseconds(100));
}

TEST_F(SessionRunTest, AKeyAfterASuspendShowsThePauseAndDoesNotAct) {
    auto run = make();
    run->start();
    clock.advance(secs(2));
    run->update();
    clock.suspend(std::chrono::minutes(30));
    run->command(SessionCommand::Skip);
    EXPECT_EQ(run->state(), SessionState::Paused);
    EXPECT_EQ(first->of(EventType::Paused).size(), 1u);
    EXPECT_TRUE(first->of(EventType::StepSkipped).empty());
    run->command(SessionCommand::Skip); // the next key acts
    EXPECT_EQ(first->of(EventType::StepSkipped).size(), 1u);
}

// The terminal loop, driven by scripted keys in simulated time.
class HeadlessLoopTest : public SessionRunTest {
  protected:
    ScriptedKeys keys{clock};
    void runWith(std::unique_ptr<SessionRun>& run, HeadlessKeys map = HeadlessKeys::Routine) {
        runHeadless(*run, keys, clock, map);
    }
    Micros at(double s) const { return secs(100 + s); }
};

TEST_F(HeadlessLoopTest, WithoutKeysTheSessionCompletesAndEveryStepStartsOnItsInstant) {
    auto run = make();
    runWith(run);
    EXPECT_EQ(run->state(), SessionState::Finished);
    EXPECT_EQ(run->snapshot().repsDone, 4);
    const auto starts = first->of(EventType::StepStart);
    ASSERT_EQ(starts.size(), 10u); // lead-in, 4 postures, rest, 4 postures
    for (const auto* h : starts)
        EXPECT_EQ(h->actual, h->event.t) << toString(h->event.type);
    EXPECT_EQ(first->heard().back().event.t, secs(11));
}

TEST_F(HeadlessLoopTest, SpacePausesAndResumes) {
    auto run = make();
    keys.press(at(2.5), ' ');
    keys.press(at(30), ' ');
    runWith(run);
    const auto paused = first->of(EventType::Paused);
    const auto resumed = first->of(EventType::Resumed);
    ASSERT_EQ(paused.size(), 1u);
    ASSERT_EQ(resumed.size(), 1u);
    EXPECT_EQ(paused[0]->event.t, secs(2.5));
    EXPECT_EQ(resumed[0]->event.t, secs(30));
    // 27.5 s paused: the session ends that much later.
    EXPECT_EQ(first->heard().back().event.t, secs(38.5));
}

TEST_F(HeadlessLoopTest, EEndsTheSetEarlyAndQStops) {
    auto run = make();
    keys.press(at(1.5), 'e');
    keys.press(at(4), 'q');
    runWith(run);
    EXPECT_EQ(first->of(EventType::SetEndedEarly).size(), 1u);
    const auto end = first->of(EventType::SessionEnd);
    ASSERT_EQ(end.size(), 1u);
    EXPECT_EQ(end[0]->event.endReason, EndReason::Stopped);
    EXPECT_EQ(end[0]->event.t, secs(4));
}

TEST_F(HeadlessLoopTest, SSkipsAndRRestartsTheSet) {
    auto run = make();
    keys.press(at(1.5), 's');
    keys.press(at(2.5), 'r');
    runWith(run);
    EXPECT_EQ(first->of(EventType::StepSkipped).size(), 1u);
    EXPECT_EQ(first->of(EventType::SetRestarted).size(), 1u);
    EXPECT_EQ(run->state(), SessionState::Finished);
}

// The lead-in is for getting into position: space starts at once, + adds 10 s, p pauses.
RunRequest longLeadIn() {
    RunRequest r = shortFloss();
    r.routine.leadInSeconds = 10.0; // 10 + 4 + 2 + 4 = 20 s
    return r;
}

TEST_F(HeadlessLoopTest, InTheLeadInSpaceStartsAtOnce) {
    auto run = make(longLeadIn());
    keys.press(at(2), ' ');
    runWith(run);
    EXPECT_TRUE(first->of(EventType::Paused).empty());
    ASSERT_EQ(first->of(EventType::StepSkipped).size(), 1u);
    const auto starts = first->of(EventType::StepStart);
    ASSERT_GE(starts.size(), 2u);
    EXPECT_EQ(run->timeline()[starts[1]->event.step].kind, StepKind::Phase);
    EXPECT_EQ(starts[1]->event.t, secs(2));
    EXPECT_EQ(run->snapshot().repsDone, 4); // starting early skips no rep
    EXPECT_EQ(first->heard().back().event.t, secs(12));
}

TEST_F(HeadlessLoopTest, PlusAddsTenSecondsToTheLeadInAndPPauses) {
    auto run = make(longLeadIn());
    keys.press(at(1), '+');
    keys.press(at(2), '=');
    keys.press(at(3), 'p');
    keys.press(at(4), 'p');
    runWith(run);
    const auto more = first->of(EventType::StepExtended);
    ASSERT_EQ(more.size(), 2u);
    EXPECT_EQ(more[1]->event.secondsLeft, 28);
    EXPECT_EQ(first->of(EventType::Paused).size(), 1u);
    // 20 s planned, 20 s added, 1 s paused.
    const auto starts = first->of(EventType::StepStart);
    ASSERT_GE(starts.size(), 2u);
    EXPECT_EQ(starts[1]->event.t, secs(31));
    EXPECT_EQ(first->heard().back().event.t, secs(41));
    EXPECT_EQ(run->snapshot().repsDone, 4);
}

TEST_F(HeadlessLoopTest, PlusNeverLengthensAPosture) {
    auto run = make();
    keys.press(at(1.5), '+'); // rep 1, first posture
    runWith(run);
    EXPECT_TRUE(first->of(EventType::StepExtended).empty());
    EXPECT_EQ(first->heard().back().event.t, secs(11));
}

TEST_F(HeadlessLoopTest, AnInterruptionStopsTheSessionSoEverySinkHearsTheEnd) {
    auto run = make();
    keys.interruptAt(at(3.2));
    runWith(run);
    const auto end = second->of(EventType::SessionEnd);
    ASSERT_EQ(end.size(), 1u);
    EXPECT_EQ(end[0]->event.endReason, EndReason::Stopped);
}

TEST_F(HeadlessLoopTest, InTheGuideSpaceGoesOnToTheNextStep) {
    auto run = make();
    keys.press(at(0.5), ' ');
    runWith(run, HeadlessKeys::Guide);
    EXPECT_EQ(first->of(EventType::StepSkipped).size(), 1u);
    EXPECT_TRUE(first->of(EventType::Paused).empty());
}

TEST_F(HeadlessLoopTest, OtherKeysDoNothing) {
    auto run = make();
    keys.press(at(1.5), 'x');
    keys.press(at(2.0), '\n');
    runWith(run);
    EXPECT_EQ(first->heard().back().event.t, secs(11));
    EXPECT_TRUE(first->of(EventType::Paused).empty());
}

TEST_F(HeadlessLoopTest, WithoutATerminalAGapPauseResumesByItselfWhereItStopped) {
    ScriptedKeys noTerminal{clock, false};
    auto run = make();
    noTerminal.suspendAt(at(2.5), std::chrono::minutes(20));
    runHeadless(*run, noTerminal, clock, HeadlessKeys::Routine);
    EXPECT_EQ(run->state(), SessionState::Finished);
    const auto paused = first->of(EventType::Paused);
    ASSERT_EQ(paused.size(), 1u);
    EXPECT_EQ(paused[0]->event.pauseReason, PauseReason::Gap);
    ASSERT_EQ(first->of(EventType::Resumed).size(), 1u);
    EXPECT_EQ(run->snapshot().repsDone, 4); // nothing was rushed through in the gap
    EXPECT_EQ(first->of(EventType::SessionEnd).at(0)->event.endReason, EndReason::Completed);
}

TEST_F(HeadlessLoopTest, AtATerminalAGapPauseWaitsForAKey) {
    auto run = make();
    keys.suspendAt(at(2.5), std::chrono::minutes(20));
    keys.press(at(60), ' ');
    runWith(run);
    const auto paused = first->of(EventType::Paused);
    const auto resumed = first->of(EventType::Resumed);
    ASSERT_EQ(paused.size(), 1u);
    ASSERT_EQ(resumed.size(), 1u);
    EXPECT_EQ(paused[0]->event.pauseReason, PauseReason::Gap);
    EXPECT_EQ(resumed[0]->event.t, secs(60));
    EXPECT_EQ(run->state(), SessionState::Finished);
}

// What the terminal and the trace file show, for a whole run in simulated time.
class TerminalOutputTest : public ::testing::Test {
  protected:
    ManualClock clock;
    ScriptedKeys keys{clock};

    // Runs `request` to its end with a printer (and optionally a trace) and returns the printed
    // text.
    std::string printed(RunRequest request, bool bell,
                        const std::filesystem::path* trace = nullptr) {
        std::FILE* out = std::tmpfile();
        {
            SessionRun run(std::move(request), clock);
            if (trace)
                run.addSink(std::make_unique<TraceWriter>(*trace));
            run.addSink(std::make_unique<TerminalPrinter>(out, bell));
            runHeadless(run, keys, clock, HeadlessKeys::Routine);
        }
        std::rewind(out);
        std::string text;
        for (int c; (c = std::fgetc(out)) != EOF;)
            text += static_cast<char>(c);
        std::fclose(out);
        return text;
    }
};

TEST_F(TerminalOutputTest, ThePrinterShowsEveryPostureWithWhereItIsAndTheRests) {
    RunRequest r;
    r.routine = flossing(2, 2, 0.5, 0.5, 0.5);
    r.side = SideChoice::Right;
    const std::string out = printed(r, false);
    EXPECT_NE(out.find("Get ready (0.5 s)"), std::string::npos) << out;
    EXPECT_NE(out.find("[set 1/2  rep 1/2  right]  POINT TOES, CHIN DOWN"), std::string::npos)
        << out;
    EXPECT_NE(out.find("[set 2/2  rep 2/2  right]  TOES UP, LOOK UP"), std::string::npos) << out;
    EXPECT_NE(out.find("Rest 0.5 s, then set 2 of 2"), std::string::npos) << out;
    EXPECT_NE(out.find("Session complete."), std::string::npos) << out;
    EXPECT_EQ(out.find('\a'), std::string::npos) << "no bell unless asked";
}

TEST_F(TerminalOutputTest, TheBellRingsOnEveryPostureChange) {
    RunRequest r;
    r.routine = flossing(2, 1, 0.5, 0.5, 0);
    const std::string out = printed(r, true);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\a'), 4); // 2 reps x 2 postures
}

TEST_F(TerminalOutputTest, APauseAndItsResumeAreShown) {
    RunRequest r;
    r.routine = flossing(2, 1, 3.0, 0.5, 0);
    keys.press(secs(1), 'p');
    keys.press(secs(2), 'p');
    const std::string out = printed(r, false);
    EXPECT_NE(out.find("Paused. Press space to go on."), std::string::npos) << out;
    EXPECT_NE(out.find("Resumed"), std::string::npos) << out;
}

TEST_F(TerminalOutputTest, TheTraceHasOneJsonLinePerEventWithBothSides) {
    char dir[] = "/tmp/nervefloss-trace-XXXXXX";
    ASSERT_TRUE(::mkdtemp(dir));
    const std::filesystem::path trace = std::filesystem::path(dir) / "trace.jsonl";
    RunRequest r;
    r.routine = flossing(1, 2, 0.5, 0.5, 0.5);
    r.side = SideChoice::Both;
    printed(r, false, &trace);
    std::ifstream in(trace);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string t = buf.str();
    std::filesystem::remove_all(dir);
    for (const char* want :
         {"\"event\":\"session_start\"", "\"kind\":\"lead_in\"", "\"kind\":\"switch\"",
          "\"kind\":\"rest\"", "\"event\":\"rep_done\"", "\"event\":\"set_done\"",
          "\"side\":\"left\"", "\"side\":\"right\"", "\"reason\":\"completed\""})
        EXPECT_NE(t.find(want), std::string::npos) << want;
    std::istringstream lines(t);
    int count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        EXPECT_EQ(line.front(), '{') << line;
        EXPECT_EQ(line.back(), '}') << line;
    }
    EXPECT_GT(count, 10);
}

TEST(TerminalPrinterTest, AGapPauseSaysHowLongTheComputerWasAway) {
    std::FILE* out = std::tmpfile();
    TerminalPrinter printer(out, false);
    Timeline t(flossing(1, 1, 1.0, 0.0, 0.0), SideChoice::Right);
    SessionEvent e;
    e.type = EventType::Paused;
    e.pauseReason = PauseReason::Gap;
    e.gap = std::chrono::minutes(12);
    printer.onEvents({e}, t, Micros{0});
    std::rewind(out);
    char buf[200] = {};
    ASSERT_TRUE(std::fgets(buf, sizeof buf, out));
    std::fclose(out);
    EXPECT_NE(std::string(buf).find("The computer was away for 12 min. Press space to go on."),
              std::string::npos)
        << buf;
}

// "The pain eased" is flossing's reason to end a set; another routine's set just ended early.
TEST(TerminalPrinterTest, APainEasedEndIsSaidOnlyForFlossing) {
    for (const char* id : {"nerve-floss", "strengthening"}) {
        std::FILE* out = std::tmpfile();
        TerminalPrinter printer(out, false);
        Routine r = flossing(1, 1, 1.0, 0.0, 0.0);
        r.id = id;
        const Timeline t(r, SideChoice::Right);
        SessionEvent e;
        e.type = EventType::SetEndedEarly;
        e.step = 1;
        e.repsInSet = 4;
        printer.onEvents({e}, t, Micros{0});
        std::rewind(out);
        char buf[200] = {};
        ASSERT_TRUE(std::fgets(buf, sizeof buf, out));
        std::fclose(out);
        EXPECT_EQ(std::string(buf).find("the pain eased") != std::string::npos,
                  std::string(id) == "nerve-floss")
            << id << ": " << buf;
    }
}

TEST(DoneLineTest, SaysSetsRepsEndedEarlyAndActiveTime) {
    SessionSnapshot s;
    s.setsDone = 1;
    s.repsDone = 12;
    s.setsEndedEarly = 1;
    s.activeTime = secs(83);
    EXPECT_EQ(doneLine(s), "Done: 1 set, 12 reps, 1 ended early in 1:23.");
    s.setsDone = 3;
    s.repsDone = 1;
    s.setsEndedEarly = 0;
    EXPECT_EQ(doneLine(s), "Done: 3 sets, 1 rep in 1:23.");
}

} // namespace

// The keys listed are the keys that work: in a lead-in, space starts at once; "pain eased" is
// flossing's reason to end a set only.
TEST(TerminalPrinterTest, TheKeyListSaysWhatEachKeyDoesForThisRoutine) {
    for (const char* id : {"nerve-floss", "strengthening"}) {
        std::FILE* out = std::tmpfile();
        Routine r = flossing(1, 1, 1.0, 0.0, 5.0);
        r.id = id;
        printSessionIntro(out, Timeline(r, SideChoice::Right), HeadlessKeys::Routine, true);
        std::rewind(out);
        std::string text;
        for (int c; (c = std::fgetc(out)) != EOF;)
            text += static_cast<char>(c);
        std::fclose(out);
        EXPECT_NE(text.find("space start at once, + 10 s more"), std::string::npos) << text;
        EXPECT_EQ(text.find("pain eased") != std::string::npos, std::string(id) == "nerve-floss")
            << id << ": " << text;
    }
}

TEST(TerminalPrinterTest, MoreTimeIsShownOnTheStepsLine) {
    std::FILE* out = std::tmpfile();
    TerminalPrinter printer(out, false);
    const Timeline t(flossing(1, 1, 1.0, 0.0, 5.0), SideChoice::Right);
    SessionEvent start;
    start.type = EventType::StepStart;
    SessionEvent more;
    more.type = EventType::StepExtended;
    more.gap = kMoreTime;
    more.secondsLeft = 14;
    printer.onEvents({start, more}, t, Micros{0});
    std::rewind(out);
    char buf[200] = {};
    ASSERT_TRUE(std::fgets(buf, sizeof buf, out));
    std::fclose(out);
    EXPECT_NE(std::string(buf).find("Get ready (5 s) (+10 s: 14 s left)"), std::string::npos)
        << buf;
}
