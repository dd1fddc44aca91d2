#include "app/gui/history/HistoryModel.hpp"

#include <gtest/gtest.h>

namespace nf::gui {
namespace {

using namespace std::chrono;

constexpr Date kToday{year{2026}, November, day{21}};

Suggestion fewer(int current = 25, int suggested = 20) {
    Suggestion s;
    s.kind = SuggestionKind::FewerReps;
    s.routineId = "nerve-floss";
    s.currentReps = current;
    s.suggestedReps = suggested;
    s.reason = "Pain rose from 3 to 6 after the last session. Try 20 reps a set instead of 25.";
    return s;
}

TEST(Suggestion, ApplyingFewerRepsSetsTheRoutinesReps) {
    const Settings s = applySuggestion(Settings{}, fewer());
    EXPECT_EQ(s.doseFor("nerve-floss").reps, 20);
}

TEST(Suggestion, ApplyingKeepsTheOtherSavedValues) {
    Settings before;
    before.doses["nerve-floss"].sets = 2;
    before.volume = 40;
    const Settings s = applySuggestion(before, fewer());
    EXPECT_EQ(s.doseFor("nerve-floss").sets, 2);
    EXPECT_EQ(s.volume, 40);
}

TEST(Suggestion, KeepOnAndSmallerRangeChangeNothing) {
    Suggestion keep = fewer(25, 25);
    keep.kind = SuggestionKind::KeepOn;
    Suggestion range = fewer(5, 5);
    range.kind = SuggestionKind::SmallerRange;
    EXPECT_FALSE(canApply(keep));
    EXPECT_FALSE(canApply(range));
    EXPECT_TRUE(applySuggestion(Settings{}, keep).doses.empty());
    EXPECT_TRUE(applySuggestion(Settings{}, range).doses.empty());
}

TEST(Suggestion, IsAppliedOnceTheSettingsHaveTheFewerReps) {
    const Suggestion s = fewer();
    EXPECT_FALSE(alreadyApplied(Settings{}, s));
    EXPECT_TRUE(alreadyApplied(applySuggestion(Settings{}, s), s));
}

TEST(Suggestion, ButtonSaysTheNumber) {
    EXPECT_EQ(applyLabel(fewer()), "Use 20 reps (U)");
}

TEST(Suggestion, ALongReasonLosesItsLastSentenceFirst) {
    std::string text =
        "Amber: your symptoms flared. No more flossing today. Try 20 reps a set instead of 25.";
    EXPECT_TRUE(dropLastSentence(text));
    EXPECT_EQ(text, "Amber: your symptoms flared. No more flossing today.");
    EXPECT_TRUE(dropLastSentence(text));
    EXPECT_EQ(text, "Amber: your symptoms flared.");
    EXPECT_FALSE(dropLastSentence(text));
    EXPECT_EQ(text, "Amber: your symptoms flared.");
}

TEST(Morning, KeysGiveTheAnswers) {
    EXPECT_EQ(morningFromKey('b'), MorningCheck::Better);
    EXPECT_EQ(morningFromKey('S'), MorningCheck::Same);
    EXPECT_EQ(morningFromKey('w'), MorningCheck::Worse);
    EXPECT_EQ(morningFromKey('1'), MorningCheck::Better);
    EXPECT_EQ(morningFromKey('2'), MorningCheck::Same);
    EXPECT_EQ(morningFromKey('3'), MorningCheck::Worse);
    EXPECT_FALSE(morningFromKey('x'));
    EXPECT_FALSE(morningFromKey('4'));
}

LocalTime at(int hour) {
    return LocalTime{kToday, hour, 5, 0};
}

TEST(Morning, QuestionSaysYesterdayOrAWeekdayNeverADate) {
    EXPECT_EQ(morningQuestion(addDays(kToday, -1), at(8)),
              "How is your leg this morning, after yesterday's session?");
    EXPECT_EQ(morningQuestion(addDays(kToday, -2), at(8)),
              "How is your leg this morning, after your session on Thursday?");
    EXPECT_EQ(morningQuestion(addDays(kToday, -9), at(8)),
              "How is your leg this morning, after your last session, 9 days ago?");
}

TEST(Morning, ThisMorningOnlyBeforeNoon) {
    EXPECT_NE(morningQuestion(addDays(kToday, -1), at(11)).find("this morning"), std::string::npos);
    EXPECT_EQ(morningQuestion(addDays(kToday, -1), at(12)),
              "How is your leg today, after yesterday's session?");
    EXPECT_EQ(morningQuestion(addDays(kToday, -1), at(19)).find("morning"), std::string::npos);
}

TEST(DayName, TodayYesterdayThenTheDate) {
    EXPECT_EQ(dayName(kToday, kToday), "Today");
    EXPECT_EQ(dayName(addDays(kToday, -1), kToday), "Yesterday");
    EXPECT_EQ(dayName(addDays(kToday, -5), kToday), "Mon 16 Nov");
}

TEST(SessionRowText, SaysWhenWhatDoneAndPain) {
    SessionRecord r;
    r.start = {kToday, 9, 5, 0};
    r.routineName = "Nerve flossing";
    r.side = "right";
    r.setsPlanned = 3;
    r.setsDone = 2;
    r.repsDone = 50;
    r.outcome = SessionOutcome::Stopped;
    r.painBefore = 5;
    r.painAfter = 3;
    const SessionRow row = sessionRow(r, kToday);
    EXPECT_EQ(row.when, "Today 09:05");
    EXPECT_EQ(row.what, "Nerve flossing, right leg");
    EXPECT_EQ(row.done, "2 of 3 sets, 50 reps, stopped");
    EXPECT_EQ(row.pain, "pain 5 \xE2\x86\x92 3");
}

TEST(SessionRowText, NoPainNoSide) {
    SessionRecord r;
    r.start = {addDays(kToday, -1), 18, 30, 0};
    r.routineName = "Knee rolls";
    r.setsPlanned = 1;
    r.setsDone = 1;
    r.repsDone = 1;
    r.outcome = SessionOutcome::Completed;
    const SessionRow row = sessionRow(r, kToday);
    EXPECT_EQ(row.when, "Yesterday 18:30");
    EXPECT_EQ(row.what, "Knee rolls");
    EXPECT_EQ(row.done, "1 of 1 set, 1 rep");
    EXPECT_EQ(row.pain, "");
}

TEST(AppFields, DailyTargetStaysFromOneToTen) {
    Settings s;
    EXPECT_EQ(adjustAppField(s, AppField::DailyTarget, 1).dailyFlossTarget, 3);
    s.dailyFlossTarget = 10;
    EXPECT_EQ(adjustAppField(s, AppField::DailyTarget, 1).dailyFlossTarget, 10);
    s.dailyFlossTarget = 1;
    EXPECT_EQ(adjustAppField(s, AppField::DailyTarget, -1).dailyFlossTarget, 1);
}

TEST(AppFields, SoundCyclesThroughTheThreeModes) {
    Settings s;
    s = adjustAppField(s, AppField::Sound, 1);
    EXPECT_EQ(s.audioMode, AudioMode::TonesOnly);
    s = adjustAppField(s, AppField::Sound, 1);
    EXPECT_EQ(s.audioMode, AudioMode::Silent);
    s = adjustAppField(s, AppField::Sound, 1);
    EXPECT_EQ(s.audioMode, AudioMode::VoiceAndTones);
    EXPECT_EQ(adjustAppField(s, AppField::Sound, -1).audioMode, AudioMode::Silent);
}

TEST(AppFields, VolumeMovesInWholeTensWithinRange) {
    Settings s;
    s.volume = 73;
    EXPECT_EQ(adjustAppField(s, AppField::Volume, 1).volume, 80);
    EXPECT_EQ(adjustAppField(s, AppField::Volume, -1).volume, 70);
    s.volume = 80;
    EXPECT_EQ(adjustAppField(s, AppField::Volume, -1).volume, 70);
    s.volume = 100;
    EXPECT_EQ(adjustAppField(s, AppField::Volume, 5).volume, 100);
    s.volume = 0;
    EXPECT_EQ(adjustAppField(s, AppField::Volume, -1).volume, 0);
}

TEST(AppFields, ValuesInWords) {
    Settings s;
    EXPECT_EQ(appFieldValue(s, AppField::DailyTarget), "2");
    EXPECT_EQ(appFieldValue(s, AppField::Sound), "voice and tones");
    EXPECT_EQ(appFieldValue(s, AppField::Volume), "80 %");
    s.audioMode = AudioMode::TonesOnly;
    EXPECT_EQ(appFieldValue(s, AppField::Sound), "tones only");
}

} // namespace
TEST(AppFields, RemindersStepByHalfAnHourAndGoOffBeyondTheDay) {
    Settings s;
    EXPECT_EQ(appFieldValue(s, AppField::FirstReminder), "off");
    s = adjustAppField(s, AppField::FirstReminder, 1);
    EXPECT_EQ(appFieldValue(s, AppField::FirstReminder), "08:00");
    s = adjustAppField(s, AppField::SecondReminder, -1);
    EXPECT_EQ(appFieldValue(s, AppField::SecondReminder), "18:30");
    s = adjustAppField(s, AppField::FirstReminder, -5);
    EXPECT_EQ(appFieldValue(s, AppField::FirstReminder), "05:30");
    s = adjustAppField(s, AppField::FirstReminder, -2);
    EXPECT_EQ(s.reminders, (std::vector<TimeOfDay>{{18, 30}})) << "before 05:00 is off";
    EXPECT_EQ(appFieldValue(s, AppField::SecondReminder), "off");
}

TEST(AppFields, RemindersStayInOrderEachOnce) {
    Settings s;
    s.reminders = {{8, 0}, {8, 30}};
    s = adjustAppField(s, AppField::FirstReminder, 2); // 09:00 passes the second
    EXPECT_EQ(s.reminders, (std::vector<TimeOfDay>{{8, 30}, {9, 0}}));
    s = adjustAppField(s, AppField::SecondReminder, -1); // onto the first: one is kept
    EXPECT_EQ(s.reminders, (std::vector<TimeOfDay>{{8, 30}}));
}

} // namespace nf::gui
