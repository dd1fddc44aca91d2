// What the session counts as done, with exact numbers: a rep is done when each of its postures
// ran to its end; a set counts when at least one of its reps was done, however it ended; the
// reps of a set left part-way count. Every set begun reports one SetDone with its result.
#include "core/Session.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace nf;
using namespace std::chrono_literals;

namespace {

constexpr Micros kEpoch = 1'000'000'000us;

std::vector<SessionEvent> only(const std::vector<SessionEvent>& events, EventType type) {
    std::vector<SessionEvent> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                 [type](const SessionEvent& e) { return e.type == type; });
    return out;
}

void append(std::vector<SessionEvent>& all, const std::vector<SessionEvent>& more) {
    all.insert(all.end(), more.begin(), more.end());
}

std::vector<SessionEvent> runToEnd(Session& s) {
    std::vector<SessionEvent> all;
    while (auto d = s.nextDeadline())
        append(all, s.update(*d));
    return all;
}

// Phases of 3 s (a rep takes 6 s), no gap rule in the way.
Session flossing(int reps, int sets, double rest = 0.0, double leadIn = 0.0,
                 SideChoice side = SideChoice::Right) {
    return Session(Timeline(test::flossing(reps, sets, 3.0, rest, leadIn), side),
                   SessionOptions{24h});
}

} // namespace

TEST(SessionCounting, SkippingEveryPostureDoesNoRepAndNoSet) {
    Session s = flossing(3, 2);
    std::vector<SessionEvent> all = s.start(kEpoch);
    Micros now = kEpoch;
    while (s.state() != SessionState::Finished)
        append(all, s.skip(now += 100ms));
    EXPECT_TRUE(only(all, EventType::RepDone).empty());
    const auto sets = only(all, EventType::SetDone);
    ASSERT_EQ(sets.size(), 2u);
    for (const auto& e : sets) {
        EXPECT_EQ(e.set.repsDone, 0);
        EXPECT_EQ(e.set.repsSkipped, 3);
        EXPECT_EQ(e.set.end, SetEnd::Completed);
        EXPECT_FALSE(e.set.counts());
    }
    const auto snap = s.snapshot(now);
    EXPECT_EQ(snap.repsDone, 0);
    EXPECT_EQ(snap.setsDone, 0);
    EXPECT_EQ(only(all, EventType::SessionEnd).at(0).endReason, EndReason::Completed);
}

TEST(SessionCounting, SkippingTheFirstPostureUndoesOnlyItsRep) {
    Session s = flossing(3, 1);
    s.start(kEpoch);
    auto all = s.skip(kEpoch + 1s); // rep 1, first posture
    append(all, runToEnd(s));
    EXPECT_EQ(only(all, EventType::RepDone).size(), 2u);
    const auto set = only(all, EventType::SetDone).at(0).set;
    EXPECT_EQ(set.repsDone, 2);
    EXPECT_EQ(set.repsSkipped, 1);
    EXPECT_EQ(s.snapshot(kEpoch + 1h).repsDone, 2);
    EXPECT_EQ(s.snapshot(kEpoch + 1h).setsDone, 1);
}

TEST(SessionCounting, SkippingTheLastPostureUndoesItsRep) {
    Session s = flossing(3, 1);
    s.start(kEpoch);
    s.update(kEpoch + 4s); // rep 1, second posture
    auto all = s.skip(kEpoch + 4s);
    EXPECT_TRUE(only(all, EventType::RepDone).empty());
    append(all, runToEnd(s));
    EXPECT_EQ(only(all, EventType::SetDone).at(0).set.repsDone, 2);
    EXPECT_EQ(only(all, EventType::SetDone).at(0).set.repsSkipped, 1);
}

TEST(SessionCounting, SkippingTheRestUndoesNothing) {
    Session s = flossing(2, 2, 5.0);
    s.start(kEpoch);
    s.update(kEpoch + 13s); // in the rest after set 1
    ASSERT_EQ(s.snapshot(kEpoch + 13s).step->kind, StepKind::Rest);
    s.skip(kEpoch + 13s);
    runToEnd(s);
    EXPECT_EQ(s.snapshot(kEpoch + 1h).repsDone, 4);
    EXPECT_EQ(s.snapshot(kEpoch + 1h).setsDone, 2);
}

TEST(SessionCounting, EndingEverySetEarlyBeforeAnyRepCountsNothing) {
    Session s = flossing(25, 3);
    std::vector<SessionEvent> all = s.start(kEpoch);
    Micros now = kEpoch;
    while (s.state() != SessionState::Finished)
        append(all, s.endSetEarly(now += 1s));
    const auto sets = only(all, EventType::SetDone);
    ASSERT_EQ(sets.size(), 3u);
    for (const auto& e : sets) {
        EXPECT_EQ(e.set.repsDone, 0);
        EXPECT_EQ(e.set.end, SetEnd::EndedEarly);
        EXPECT_FALSE(e.set.counts());
    }
    EXPECT_EQ(only(all, EventType::SetEndedEarly).size(), 3u);
    const auto snap = s.snapshot(now);
    EXPECT_EQ(snap.setsDone, 0);
    EXPECT_EQ(snap.repsDone, 0);
    EXPECT_EQ(snap.setsEndedEarly, 0);
}

TEST(SessionCounting, EndingEarlyMidRepCountsOnlyTheRepsFinished) {
    Session s = flossing(25, 1);
    s.start(kEpoch);
    s.update(kEpoch + 12s + 4s); // rep 3, second posture
    const auto ev = s.endSetEarly(kEpoch + 16s);
    const auto set = only(ev, EventType::SetDone).at(0).set;
    EXPECT_EQ(set.repsDone, 2);
    EXPECT_EQ(set.repsSkipped, 0);
    EXPECT_EQ(set.end, SetEnd::EndedEarly);
    EXPECT_TRUE(set.counts());
    const auto snap = s.snapshot(kEpoch + 16s);
    EXPECT_EQ(snap.setsDone, 1);
    EXPECT_EQ(snap.repsDone, 2);
    EXPECT_EQ(snap.setsEndedEarly, 1);
}

TEST(SessionCounting, LeavingMidSetCountsItsRepsAndTheSet) {
    Session s = flossing(5, 3, 0.0, 5.0);
    s.start(kEpoch);
    s.update(kEpoch + 5s + 12s + 1s); // set 1, rep 3
    const auto ev = s.stop(kEpoch + 18s);
    const auto sets = only(ev, EventType::SetDone);
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].set.repsDone, 2);
    EXPECT_EQ(sets[0].set.repsPlanned, 5);
    EXPECT_EQ(sets[0].set.end, SetEnd::Left);
    EXPECT_EQ(sets[0].t, 18s);
    EXPECT_EQ(ev.back().type, EventType::SessionEnd);
    const auto snap = s.snapshot(kEpoch + 18s);
    EXPECT_EQ(snap.setsDone, 1);
    EXPECT_EQ(snap.repsDone, 2);
}

TEST(SessionCounting, LeavingBeforeTheFirstRepOfASetRecordsItWithZeroReps) {
    Session s = flossing(5, 3, 0.0, 5.0);
    s.start(kEpoch);
    s.update(kEpoch + 6s);
    const auto sets = only(s.stop(kEpoch + 6s), EventType::SetDone);
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].set.repsDone, 0);
    EXPECT_FALSE(sets[0].set.counts());
    EXPECT_EQ(s.snapshot(kEpoch + 6s).setsDone, 0);
}

TEST(SessionCounting, LeavingDuringTheLeadInOrARestAddsNoSet) {
    Session a = flossing(2, 2, 5.0, 5.0);
    a.start(kEpoch);
    EXPECT_TRUE(only(a.stop(kEpoch + 1s), EventType::SetDone).empty());

    Session b = flossing(2, 2, 5.0, 5.0);
    b.start(kEpoch);
    b.update(kEpoch + 5s + 12s + 1s); // in the rest after set 1
    EXPECT_TRUE(only(b.stop(kEpoch + 18s), EventType::SetDone).empty());
    EXPECT_EQ(b.snapshot(kEpoch + 18s).setsDone, 1);
    EXPECT_EQ(b.snapshot(kEpoch + 18s).repsDone, 2);
}

TEST(SessionCounting, LeavingWhilePausedEndsTheSetWhereItPaused) {
    Session s = flossing(5, 1);
    s.start(kEpoch);
    s.update(kEpoch + 7s);
    s.pause(kEpoch + 7s);
    const auto sets = only(s.stop(kEpoch + 60s), EventType::SetDone);
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].t, 7s);
    EXPECT_EQ(sets[0].set.repsDone, 1);
}

TEST(SessionCounting, RestartThrowsAwayTheSetsRepsAndSkips) {
    Session s = flossing(5, 1);
    s.start(kEpoch);
    s.skip(kEpoch + 1s);             // rep 1 skipped
    s.update(kEpoch + 1s + 3s + 6s); // rep 2 done
    EXPECT_EQ(s.snapshot(kEpoch + 10s).repsDone, 1);
    s.restartSet(kEpoch + 10s);
    EXPECT_EQ(s.snapshot(kEpoch + 10s).repsDone, 0);
    s.update(kEpoch + 10s + 6s + 1s); // one rep after the restart
    const auto sets = only(s.stop(kEpoch + 17s), EventType::SetDone);
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_EQ(sets[0].set.repsDone, 1);
    EXPECT_EQ(sets[0].set.repsSkipped, 0);
    EXPECT_EQ(s.snapshot(kEpoch + 17s).repsDone, 1);
    EXPECT_EQ(s.snapshot(kEpoch + 17s).setsDone, 1);
}

TEST(SessionCounting, ASetResultNamesItsExerciseSideAndNumber) {
    Session s = flossing(1, 2, 0.0, 0.0, SideChoice::Both);
    s.start(kEpoch);
    const auto sets = only(runToEnd(s), EventType::SetDone);
    ASSERT_EQ(sets.size(), 4u);
    EXPECT_EQ(sets[0].set.side, Side::Left);
    EXPECT_EQ(sets[0].set.set, 1);
    EXPECT_EQ(sets[1].set.set, 2);
    EXPECT_EQ(sets[2].set.side, Side::Right);
    EXPECT_EQ(sets[3].set.exercise, 0);
    EXPECT_EQ(sets[3].set.repsPlanned, 1);
    EXPECT_EQ(sets[3].set.repsDone, 1);
}
