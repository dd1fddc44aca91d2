#include "app/history/HistoryRecorder.hpp"

#include "StoreTestSupport.hpp"
#include "core/Session.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>

using namespace nf;
using namespace nf::test;
using namespace std::chrono;

namespace {

// Two reps of two 1 s postures a set (4 s), three sets, 1 s rests: sets end at 4, 9 and 14 s.
Routine floss() {
    return test::flossing(/*reps*/ 2, /*sets*/ 3, /*hold*/ 1.0, /*rest*/ 1.0, /*leadIn*/ 0.0);
}

Micros secs(double s) {
    return fromSeconds(s);
}

class HistoryRecorderTest : public ::testing::Test {
  protected:
    HistoryRecorderTest() {
        request.routine = floss();
        request.side = SideChoice::Left;
        request.painBefore = 4;
    }

    // The recorder and the session, made when the test has set up the request.
    void begin() {
        recorder = std::make_unique<HistoryRecorder>(
            store,
            [this] {
                return LocalTime{kDay, 9, minute++, 0};
            },
            [this](const std::string& line) { warnings.push_back(line); });
        session = std::make_unique<Session>(Timeline(request.routine, request.side));
        feed(session->start(Micros{0}));
        if (request.painBefore)
            feed(session->ratePain(Micros{0}, PainMoment::Before, *request.painBefore));
    }
    void ratePain(PainMoment moment, int pain) {
        feed(session->ratePain(secs(last), moment, pain));
    }
    void feed(const std::vector<SessionEvent>& events) {
        recorder->onEvents(events, session->timeline(), Micros{0});
    }
    // Updates every half second up to `until`, as a frame loop would.
    void runTo(double until) {
        for (double t = last + 0.5; t <= until + 1e-9; t += 0.5)
            feed(session->update(secs(t)));
        last = until;
    }
    SessionRecord only() {
        const auto all = store->sessions();
        EXPECT_EQ(all.size(), 1u);
        return all.empty() ? SessionRecord{} : all[0];
    }

    TempDir dir;
    std::shared_ptr<HistoryStore> store = std::make_shared<HistoryStore>(dir / "history.sqlite3");
    RunRequest request;
    std::vector<std::string> warnings; // before the recorder: its destructor may still warn
    std::unique_ptr<HistoryRecorder> recorder;
    std::unique_ptr<Session> session;
    int minute = 0;
    double last = 0;
};

} // namespace

TEST_F(HistoryRecorderTest, SessionStartInsertsTheRow) {
    begin();
    ASSERT_TRUE(recorder->sessionId());
    const SessionRecord s = only();
    EXPECT_EQ(s.routineId, "nerve-floss");
    EXPECT_EQ(s.side, "left");
    EXPECT_EQ(s.repsPerSet, 2);
    EXPECT_EQ(s.setsPlanned, 3);
    EXPECT_DOUBLE_EQ(s.holdSeconds, 1.0);
    EXPECT_DOUBLE_EQ(s.restSeconds, 1.0);
    EXPECT_EQ(s.painBefore, 4);
    EXPECT_EQ(s.start, (LocalTime{kDay, 9, 0, 0}));
    EXPECT_EQ(s.outcome, SessionOutcome::Unfinished);
    EXPECT_EQ(s.setsDone, 0);
}

TEST_F(HistoryRecorderTest, EachSetIsCommittedWhenItEnds) {
    begin();
    runTo(3.5);
    EXPECT_EQ(only().setsDone, 0);
    runTo(4.5);
    EXPECT_EQ(only().setsDone, 1);
    EXPECT_EQ(only().repsDone, 2);
    runTo(9.5);
    EXPECT_EQ(only().setsDone, 2);
}

TEST_F(HistoryRecorderTest, SessionEndRecordsCompletion) {
    begin();
    runTo(15);
    const SessionRecord s = only();
    EXPECT_EQ(s.outcome, SessionOutcome::Completed);
    EXPECT_EQ(s.setsDone, 3);
    EXPECT_EQ(s.repsDone, 6);
    EXPECT_TRUE(s.end);
    EXPECT_TRUE(warnings.empty());
}

TEST_F(HistoryRecorderTest, StoppingRecordsStoppedWithTheSetsDone) {
    begin();
    runTo(5);
    feed(session->stop(secs(5.2)));
    const SessionRecord s = only();
    EXPECT_EQ(s.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(s.setsDone, 1);
}

TEST_F(HistoryRecorderTest, ASetEndedEarlyIsMarked) {
    begin();
    runTo(2.5);
    feed(session->endSetEarly(secs(2.6)));
    const SessionRecord s = only();
    EXPECT_EQ(s.setsDone, 1);
    EXPECT_EQ(s.setsEndedEarly, 1);
    EXPECT_EQ(s.repsDone, 1);
}

TEST_F(HistoryRecorderTest, OnlyTheSetEndedEarlyIsMarked) {
    begin();
    runTo(2.5);
    feed(session->endSetEarly(secs(2.6)));
    last = 2.6;
    runTo(9);
    EXPECT_EQ(only().setsDone, 2);
    EXPECT_EQ(only().setsEndedEarly, 1);
}

TEST_F(HistoryRecorderTest, PainAfterRatedAfterTheEndIsRecorded) {
    begin();
    runTo(15);
    EXPECT_FALSE(only().painAfter);
    ratePain(PainMoment::After, 6);
    EXPECT_EQ(only().painAfter, 6);
}

TEST_F(HistoryRecorderTest, PainBeforeRatedDuringTheLeadInReplacesNone) {
    request.painBefore.reset();
    begin();
    EXPECT_FALSE(only().painBefore);
    runTo(1);
    ratePain(PainMoment::Before, 7);
    EXPECT_EQ(only().painBefore, 7);
}

TEST_F(HistoryRecorderTest, PainEventOutOfRangeIsIgnored) {
    begin();
    SessionEvent e;
    e.type = EventType::PainRated;
    e.painMoment = PainMoment::After;
    e.pain = 11;
    feed({e});
    e.painMoment = PainMoment::Before;
    e.pain = -2;
    feed({e});
    EXPECT_FALSE(only().painAfter);
    EXPECT_EQ(only().painBefore, 4);
    EXPECT_TRUE(warnings.empty());
}

TEST_F(HistoryRecorderTest, AFailedWriteWarnsOnceAndTheSessionGoesOn) {
    begin();
    {
        sqlite3* raw = nullptr;
        sqlite3_open((dir / "history.sqlite3").c_str(), &raw);
        sqlite3_exec(raw, "DROP TABLE sets", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
    }
    runTo(15);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].find("could not record a set"), std::string::npos);
    EXPECT_EQ(session->state(), SessionState::Finished);
}

TEST_F(HistoryRecorderTest, FactoryMovesAGarbageHistoryAsideAndRecords) {
    const std::string garbage(3000, '\x7f');
    writeFile(dir / "xdg" / "nervefloss" / "history.sqlite3", garbage);
    ::setenv("XDG_DATA_HOME", (dir / "xdg").c_str(), 1);
    auto sink = makeHistoryRecorder();
    ::unsetenv("XDG_DATA_HOME");
    ASSERT_TRUE(sink);
    int aside = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "xdg" / "nervefloss"))
        if (entry.path().filename().string().find(".corrupt-") != std::string::npos) {
            ++aside;
            EXPECT_EQ(readFile(entry.path()), garbage);
        }
    EXPECT_EQ(aside, 1);
}

TEST_F(HistoryRecorderTest, WritesHeldUpByALockAreRetriedAndTheSessionIsComplete) {
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "history.sqlite3").c_str(), &other), SQLITE_OK);
    // Another program holds the write lock from before the start to after the first set.
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    begin();
    runTo(5);
    ASSERT_EQ(warnings.size(), 1u) << "one warning while held up";
    EXPECT_NE(warnings[0].find("tried again"), std::string::npos) << warnings[0];
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    runTo(15);
    EXPECT_EQ(session->state(), SessionState::Finished);
    const SessionRecord r = only();
    EXPECT_EQ(r.outcome, SessionOutcome::Completed);
    EXPECT_EQ(r.setsDone, 3);
    EXPECT_EQ(r.painBefore, 4);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_NE(warnings[1].find("caught up"), std::string::npos) << warnings[1];
}

TEST_F(HistoryRecorderTest, WhatIsStillHeldBackIsTriedOnceMoreAtTheEnd) {
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "history.sqlite3").c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    begin();
    runTo(15);
    EXPECT_EQ(session->state(), SessionState::Finished);
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    recorder.reset();
    EXPECT_EQ(only().outcome, SessionOutcome::Completed);
    EXPECT_EQ(only().setsDone, 3);
}

TEST(SelfCheckRecorderTest, KeepsTheAnswersLegsInTheOrderAskedAtCompletion) {
    std::vector<std::vector<LegAnswers>> saved;
    SelfCheckRecorder recorder(
        [&](const std::vector<LegAnswers>& legs, bool) { saved.push_back(legs); });
    Session session(Timeline(selfCheckRoutine(SideChoice::Left, 2.0), SideChoice::Left));
    const Timeline& t = session.timeline();
    recorder.onEvents(session.answerSelfCheck(Micros{0}, Side::Left, 0, true), t, Micros{0});
    recorder.onEvents(session.answerSelfCheck(Micros{0}, Side::Left, 2, false), t, Micros{0});
    recorder.onEvents(session.answerSelfCheck(Micros{0}, Side::Right, 1, true), t, Micros{0});
    EXPECT_TRUE(saved.empty()); // nothing is kept before the person has finished
    recorder.onEvents(session.completeSelfCheck(Micros{0}), t, Micros{0});
    ASSERT_EQ(saved.size(), 1u);
    ASSERT_EQ(saved[0].size(), 2u);
    EXPECT_EQ(saved[0][0].leg, Side::Left);
    EXPECT_EQ(saved[0][0].answers[0], true);
    EXPECT_FALSE(saved[0][0].answers[1]);
    EXPECT_EQ(saved[0][0].answers[2], false);
    EXPECT_EQ(saved[0][1].leg, Side::Right);
    EXPECT_EQ(saved[0][1].answers[1], true);
}

// A check that ended in the urgent notice (symptoms in both legs) is kept as urgent, so the
// history and the clinician's report do not show it as "not suggestive".
TEST(SelfCheckRecorderTest, AnUrgentEndIsKeptWithTheAnswers) {
    std::vector<bool> urgent;
    SelfCheckRecorder recorder(
        [&](const std::vector<LegAnswers>&, bool isUrgent) { urgent.push_back(isUrgent); });
    Session session(Timeline(selfCheckRoutine(SideChoice::Both, 2.0), SideChoice::Both));
    const Timeline& t = session.timeline();
    recorder.onEvents(session.answerSelfCheck(Micros{0}, Side::Right, 0, true), t, Micros{0});
    recorder.onEvents(session.completeSelfCheck(Micros{0}, true), t, Micros{0});
    recorder.onEvents(session.answerSelfCheck(Micros{0}, Side::Left, 0, false), t, Micros{0});
    recorder.onEvents(session.completeSelfCheck(Micros{0}), t, Micros{0});
    EXPECT_EQ(urgent, (std::vector<bool>{true, false}));
}

TEST(SelfCheckRecorderTest, ACompletionWithoutAnswersKeepsNothing) {
    int saves = 0;
    SelfCheckRecorder recorder([&](const std::vector<LegAnswers>&, bool) { ++saves; });
    Session session(Timeline(selfCheckRoutine(SideChoice::Right, 2.0), SideChoice::Right));
    recorder.onEvents(session.completeSelfCheck(Micros{0}), session.timeline(), Micros{0});
    EXPECT_EQ(saves, 0);
}

// What the history keeps is what the core counted: every set begun, with its reps.

TEST_F(HistoryRecorderTest, SkippedPosturesAreNotRecordedAsReps) {
    begin();
    double t = 0;
    while (session->state() != SessionState::Finished)
        feed(session->skip(secs(t += 0.1)));
    const SessionRecord s = only();
    EXPECT_EQ(s.setsDone, 0);
    EXPECT_EQ(s.repsDone, 0);
    const auto sets = store->sets();
    ASSERT_EQ(sets.size(), 3u);
    for (const RecordedSet& set : sets) {
        EXPECT_EQ(set.repsDone, 0);
        EXPECT_EQ(set.repsSkipped, 2);
        EXPECT_EQ(set.repsPlanned, 2);
    }
}

TEST_F(HistoryRecorderTest, ASetEndedBeforeItsFirstRepIsKeptWithZeroRepsAndDoesNotCount) {
    begin();
    runTo(0.5);
    feed(session->endSetEarly(secs(0.6)));
    const SessionRecord s = only();
    EXPECT_EQ(s.setsDone, 0);
    EXPECT_EQ(s.setsEndedEarly, 0);
    EXPECT_EQ(s.repsDone, 0);
    const auto sets = store->sets();
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_TRUE(sets[0].endedEarly);
    EXPECT_EQ(sets[0].repsDone, 0);
}

TEST_F(HistoryRecorderTest, LeavingMidSetKeepsTheRepsOfTheSetUnderWay) {
    begin();
    runTo(7.5); // set 2, its first rep done at 7 s
    feed(session->stop(secs(7.6)));
    const SessionRecord s = only();
    EXPECT_EQ(s.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(s.setsDone, 2);
    EXPECT_EQ(s.repsDone, 3);
    const auto sets = store->sets();
    ASSERT_EQ(sets.size(), 2u);
    EXPECT_FALSE(sets[0].leftMidSet);
    EXPECT_TRUE(sets[1].leftMidSet);
    EXPECT_EQ(sets[1].setNumber, 2);
    EXPECT_EQ(sets[1].repsDone, 1);
    EXPECT_EQ(session->snapshot(secs(7.6)).repsDone, s.repsDone);
    EXPECT_EQ(session->snapshot(secs(7.6)).setsDone, s.setsDone);
}

TEST_F(HistoryRecorderTest, ARestartedSetIsRecordedOnceWithTheRepsAfterTheRestart) {
    begin();
    runTo(2.5); // one rep of set 1
    feed(session->restartSet(secs(2.5)));
    last = 2.5;
    runTo(7); // set 1 again, 4 s from the restart
    const auto sets = store->sets();
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].repsDone, 2);
    EXPECT_EQ(only().repsDone, 2);
}

TEST_F(HistoryRecorderTest, ARoutineDoneOnBothSidesIsRecordedAsBoth) {
    request.side = SideChoice::Both;
    begin();
    EXPECT_EQ(only().side, "both");
    while (auto d = session->nextDeadline())
        feed(session->update(*d));
    const auto sets = store->sets();
    ASSERT_EQ(sets.size(), 6u);
    EXPECT_EQ(sets.front().side, "left");
    EXPECT_EQ(sets.back().side, "right");
}

TEST_F(HistoryRecorderTest, ARoutineThatWorksEachSideIsBothWhateverTheChoice) {
    request.routine.exercises[0].sideRule = SideRule::Each;
    request.side = SideChoice::Right;
    begin();
    EXPECT_EQ(only().side, "both");
}
