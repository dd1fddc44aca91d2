#include "core/History.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace std::chrono;

namespace {
constexpr Date kDay{year{2026}, month{11}, day{21}};
}

TEST(HistoryDate, FormatsWithLeadingZeros) {
    EXPECT_EQ(formatDate(Date{year{2026}, month{3}, day{7}}), "2026-03-07");
}

// 2026-11-21 is a Saturday.
TEST(HistoryDate, DayInWordsIsHowAPersonSaysIt) {
    EXPECT_EQ(dayInWords(kDay, kDay), "today");
    EXPECT_EQ(dayInWords(addDays(kDay, -1), kDay), "yesterday");
    EXPECT_EQ(dayInWords(addDays(kDay, -2), kDay), "on Thursday");
    EXPECT_EQ(dayInWords(addDays(kDay, -6), kDay), "on Sunday");
    EXPECT_EQ(dayInWords(addDays(kDay, -7), kDay), "on 14 November");
    EXPECT_EQ(dayInWords(Date{year{2026}, month{1}, day{3}}, kDay), "on 3 January");
}

TEST(HistoryDate, ParsesAStrictIsoDate) {
    EXPECT_EQ(parseDate("2026-11-21"), kDay);
}

TEST(HistoryDate, RejectsImpossibleDays) {
    EXPECT_FALSE(parseDate("2026-02-30"));
    EXPECT_FALSE(parseDate("2026-13-01"));
    EXPECT_FALSE(parseDate("2026-00-10"));
}

TEST(HistoryDate, RejectsOtherShapes) {
    EXPECT_FALSE(parseDate("21/11/2026"));
    EXPECT_FALSE(parseDate("2026-1-21"));
    EXPECT_FALSE(parseDate("2026-11-21x"));
    EXPECT_FALSE(parseDate(""));
    EXPECT_FALSE(parseDate("yesterday!"));
}

TEST(HistoryDate, AcceptsALeapDay) {
    EXPECT_TRUE(parseDate("2028-02-29"));
}

TEST(HistoryDate, AddsDaysAcrossMonthAndYearEnds) {
    EXPECT_EQ(addDays(Date{year{2026}, month{12}, day{31}}, 1),
              (Date{year{2027}, month{1}, day{1}}));
    EXPECT_EQ(addDays(Date{year{2026}, month{3}, day{1}}, -1),
              (Date{year{2026}, month{2}, day{28}}));
}

TEST(HistoryDate, CountsDaysBetween) {
    EXPECT_EQ(daysBetween(kDay, addDays(kDay, 30)), 30);
    EXPECT_EQ(daysBetween(kDay, addDays(kDay, -2)), -2);
}

TEST(HistoryLocalTime, RoundTripsThroughText) {
    const LocalTime t{kDay, 7, 5, 9};
    EXPECT_EQ(formatLocalTime(t), "2026-11-21 07:05:09");
    EXPECT_EQ(parseLocalTime("2026-11-21 07:05:09"), t);
}

TEST(HistoryLocalTime, RejectsAnImpossibleHour) {
    EXPECT_FALSE(parseLocalTime("2026-11-21 24:00:00"));
    EXPECT_FALSE(parseLocalTime("2026-11-21T07:05:09"));
}

TEST(HistoryMorning, RoundTripsItsNames) {
    for (auto m : {MorningCheck::Better, MorningCheck::Same, MorningCheck::Worse})
        EXPECT_EQ(morningCheckFromString(toString(m)), m);
    EXPECT_FALSE(morningCheckFromString("fine"));
}

TEST(HistoryOutcome, RoundTripsItsNames) {
    for (auto o : {SessionOutcome::Unfinished, SessionOutcome::Completed, SessionOutcome::Stopped})
        EXPECT_EQ(sessionOutcomeFromString(toString(o)), o);
    EXPECT_FALSE(sessionOutcomeFromString("done"));
}

namespace {
LegAnswers leg(std::optional<bool> a, std::optional<bool> b, std::optional<bool> c) {
    LegAnswers l;
    l.leg = Side::Left;
    l.answers = {a, b, c};
    return l;
}
} // namespace

TEST(HistorySelfCheck, YesToAllThreeSuggestsNerve) {
    EXPECT_EQ(legVerdict(leg(true, true, true)), SelfCheckVerdict::SuggestsNerve);
}

TEST(HistorySelfCheck, AnyNoIsNotSuggestive) {
    EXPECT_EQ(legVerdict(leg(false, true, true)), SelfCheckVerdict::NotSuggestive);
    EXPECT_EQ(legVerdict(leg(true, false, true)), SelfCheckVerdict::NotSuggestive);
    EXPECT_EQ(legVerdict(leg(true, true, false)), SelfCheckVerdict::NotSuggestive);
}

TEST(HistorySelfCheck, AnUnansweredQuestionIsIncomplete) {
    EXPECT_EQ(legVerdict(leg(true, std::nullopt, true)), SelfCheckVerdict::Incomplete);
}

TEST(HistorySelfCheck, VerdictsHaveNames) {
    EXPECT_EQ(toString(SelfCheckVerdict::SuggestsNerve), "suggests-nerve");
    EXPECT_EQ(toString(SelfCheckVerdict::NotSuggestive), "not-suggestive");
    EXPECT_EQ(toString(SelfCheckVerdict::Incomplete), "incomplete");
}
