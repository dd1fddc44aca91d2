#include "core/Settings.hpp"

#include <gtest/gtest.h>

using namespace nf;

namespace {
Settings parsed(std::string_view text) {
    auto p = parseSettings(text, "settings.toml");
    EXPECT_TRUE(ok(p)) << (ok(p) ? "" : std::get<ParseError>(p).toString());
    return ok(p) ? std::get<Settings>(p) : Settings{};
}
ParseError failed(std::string_view text) {
    auto p = parseSettings(text, "settings.toml");
    EXPECT_FALSE(ok(p));
    return ok(p) ? ParseError{} : std::get<ParseError>(p);
}
} // namespace

TEST(Settings, EmptyTextIsTheDefaults) {
    Settings s = parsed("");
    EXPECT_TRUE(s.doses.empty());
    EXPECT_EQ(s.audioMode, AudioMode::VoiceAndTones);
    EXPECT_EQ(s.dailyFlossTarget, 2);
    EXPECT_FALSE(s.safetyAcknowledged);
}

// One rule for the leg a routine works, so home, list and the settings show what is run.
TEST(Settings, TheSideIsTheRoutinesOwnElseTheAffectedLegElseTheDefault) {
    Settings s;
    EXPECT_EQ(s.sideFor("nerve-floss"), kDefaultSide);
    s.affectedLeg = SideChoice::Left;
    EXPECT_EQ(s.sideFor("nerve-floss"), SideChoice::Left);
    s.doses["nerve-floss"].side = SideChoice::Both;
    EXPECT_EQ(s.sideFor("nerve-floss"), SideChoice::Both);
    EXPECT_EQ(s.sideFor("glute-stretch"), SideChoice::Left);
}

TEST(Settings, RoundTripsEveryField) {
    Settings s;
    s.doses["nerve-floss"].reps = 20;
    s.doses["nerve-floss"].holdSeconds = 4.5;
    s.doses["nerve-floss"].side = SideChoice::Both;
    s.doses["knee-rolls"].sets = 2;
    s.doses["knee-rolls"].restSeconds = 15;
    s.doses["knee-rolls"].leadInSeconds = 0;
    s.audioMode = AudioMode::TonesOnly;
    s.volume = 55;
    s.muted = true;
    s.safetyAcknowledged = true;
    s.dailyFlossTarget = 3;
    s.reminders = {{8, 0}, {18, 30}};
    Settings back = parsed(serializeSettings(s));
    EXPECT_EQ(back.doses["nerve-floss"].reps, 20);
    EXPECT_EQ(back.doses["nerve-floss"].holdSeconds, 4.5);
    EXPECT_EQ(back.doses["nerve-floss"].side, SideChoice::Both);
    EXPECT_FALSE(back.doses["nerve-floss"].sets);
    EXPECT_EQ(back.doses["knee-rolls"].sets, 2);
    EXPECT_EQ(back.doses["knee-rolls"].restSeconds, 15.0);
    EXPECT_EQ(back.doses["knee-rolls"].leadInSeconds, 0.0);
    EXPECT_EQ(back.audioMode, AudioMode::TonesOnly);
    EXPECT_EQ(back.volume, 55);
    EXPECT_TRUE(back.muted);
    EXPECT_TRUE(back.safetyAcknowledged);
    EXPECT_EQ(back.dailyFlossTarget, 3);
    EXPECT_EQ(back.reminders, (std::vector<TimeOfDay>{{8, 0}, {18, 30}}));
}

TEST(Settings, ReminderTimesOutOfOrderAreRejectedAtTheTime) {
    ParseError e = failed("[app]\nreminders = [\"18:30\", \"08:00\"]\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 23);
    EXPECT_NE(e.message.find("in order"), std::string::npos) << e.message;
}

TEST(Settings, AtMostSixReminders) {
    const ParseError e =
        failed("[app]\nreminders = [\"01:00\", \"02:00\", \"03:00\", \"04:00\", \"05:00\", "
               "\"06:00\", \"07:00\"]\n");
    EXPECT_NE(e.message.find("at most 6"), std::string::npos) << e.message;
}

TEST(Settings, OutOfRangeDoseIsRejectedWithItsLine) {
    ParseError e = failed("[routines.nerve-floss]\nreps = 20\nhold = 500\n");
    EXPECT_EQ(e.line, 3);
    EXPECT_NE(e.message.find("hold"), std::string::npos) << e.message;
}

TEST(Settings, UnknownSideIsRejected) {
    ParseError e = failed("[routines.nerve-floss]\nside = \"middle\"\n");
    EXPECT_NE(e.message.find("side"), std::string::npos);
}

TEST(Settings, VolumeOutOfRangeIsRejected) {
    failed("[audio]\nvolume = 150\n");
}

TEST(Settings, UnknownSectionIsRejected) {
    ParseError e = failed("[video]\nfps = 3\n");
    EXPECT_NE(e.message.find("unknown key 'video'"), std::string::npos);
}

TEST(Settings, DoseForUnknownRoutineIsEmpty) {
    Settings s;
    EXPECT_TRUE(s.doseFor("nope").empty());
}

TEST(Settings, RoutineIdsThatNeedQuotesReadBack) {
    Settings s;
    for (const std::string id :
         {"mike's-rolls", "two\nlines", "quote\"back\\slash", "tab\there", "plain-id_2"}) {
        s.doses[id].reps = 7;
    }
    const Settings back = parsed(serializeSettings(s));
    ASSERT_EQ(back.doses.size(), s.doses.size()) << serializeSettings(s);
    for (const auto& [id, dose] : s.doses)
        EXPECT_EQ(back.doseFor(id).reps, 7) << id;
}

TEST(Settings, KeysAreBareOnlyWhenTheyMayBe) {
    EXPECT_EQ(tomlKey("nerve-floss"), "nerve-floss");
    EXPECT_EQ(tomlKey("mike's"), "\"mike's\"");
    EXPECT_EQ(tomlKey("a\nb"), "\"a\\nb\"");
    EXPECT_EQ(tomlKey(""), "\"\"");
}

TEST(Settings, AnExercisesOwnDoseRoundTrips) {
    Settings s;
    s.doses["strengthening"].sets = 2;
    s.doses["strengthening"].exercises["clamshell"].reps = 11;
    s.doses["strengthening"].exercises["glute-bridge"].holdSeconds = 4.5;
    const Settings back = parsed(serializeSettings(s));
    const Dose d = back.doseFor("strengthening");
    EXPECT_EQ(d.sets, 2);
    ASSERT_EQ(d.exercises.size(), 2u);
    EXPECT_EQ(d.exercises.at("clamshell").reps, 11);
    EXPECT_FALSE(d.exercises.at("clamshell").sets);
    EXPECT_EQ(d.exercises.at("glute-bridge").holdSeconds, 4.5);
}

TEST(Settings, AFileWithoutExerciseDosesReadsAsBefore) {
    const Settings s = parsed("[routines.strengthening]\nreps = 11\n");
    EXPECT_EQ(s.doseFor("strengthening").reps, 11);
    EXPECT_TRUE(s.doseFor("strengthening").exercises.empty());
}

TEST(Settings, AnExercisesDoseIsCheckedWithItsPlace) {
    const ParseError e = failed("[routines.strengthening.exercises.clamshell]\nreps = 0\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_NE(e.message.find("reps"), std::string::npos) << e.message;
    const ParseError unknown =
        failed("[routines.strengthening.exercises.clamshell]\nlead_in = 3\n");
    EXPECT_NE(unknown.message.find("routines.strengthening.exercises.clamshell"), std::string::npos)
        << unknown.message;
}

TEST(Settings, AWholeNumberNoDoubleHoldsIsOutOfRangeNotLeftOut) {
    ParseError e = failed("[routines.nerve-floss]\nrest = 9007199254740993\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_NE(e.message.find("'rest' is out of range"), std::string::npos) << e.message;
}
