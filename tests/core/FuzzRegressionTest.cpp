// Inputs found by the fuzzers in fuzz/ (scripts/fuzz.sh), each kept as a test. All reached
// undefined behaviour inside toml++ 3.3.0 (a non-ASCII character where it looks for whitespace,
// see src/core/TomlRead.cpp); the core now reports them as ordinary errors before toml++ sees them.
// A malformed document fails on its first problem in the ASCII stand-in parse; a well-formed one
// with a non-ASCII character where toml++ would still trip is refused by the scan.

#include "core/RoutineFile.hpp"
#include "core/Settings.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

using namespace nf;

namespace {

ParseError routineError(std::string_view text) {
    auto p = parseRoutine(text, "r.toml", "r");
    EXPECT_TRUE(std::holds_alternative<ParseError>(p)) << "parsed, but should not have";
    return std::holds_alternative<ParseError>(p) ? std::get<ParseError>(p) : ParseError{};
}

ParseError settingsError(std::string_view text) {
    auto p = parseSettings(text, "settings.toml");
    EXPECT_TRUE(std::holds_alternative<ParseError>(p)) << "parsed, but should not have";
    return std::holds_alternative<ParseError>(p) ? std::get<ParseError>(p) : ParseError{};
}

const char* kRoutineWithAccents = R"(# Étirement — ĉiu tago
name = "Étirement — ĉiu"
description = """Épaule, "genou"
et cheville"""
setup = ['À genoux', "Ж\u00e9"]

[[exercise]]
name = "Une"
[[exercise.phase]]
name = "Tenir – 3 s"
hold = 3
)";

} // namespace

TEST(FuzzRegression, LetterOutsideQuotesAtLineStartIsAnError) {
    auto e = settingsError("\xc5\x9d\n[");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 1);
    EXPECT_EQ(e.message, "'\xc5\x9d' is only allowed inside quotes or in a # comment");
}

TEST(FuzzRegression, LetterAfterAClosedStringIsAnError) {
    auto e = routineError("name = \"\xc3\x89= \"\xc3\x89tirement \xe2\x80\x94 \xc4\x89iu\"\n");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 13);
}

TEST(FuzzRegression, QuoteAfterANumberDoesNotOpenAString) {
    auto e = routineError("name = 0x7fffffffffffffff\"\xc3\x89tirement\"\n");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 26); // the quote after the number
}

TEST(FuzzRegression, QuotesInsideADateDoNotOpenAString) {
    auto e = settingsError("[audio]\nmode = 0989-05-27T07:'''32:\xd2\x9a\xd2\x99loss = \nI3X2mode");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 22); // the quotes in the malformed date
}

TEST(FuzzRegression, NonAsciiAfterABackslashInAMultiLineStringIsAnError) {
    auto e = settingsError(" \"\"\"\"d\\\xef\xbb\xbb"
                           "4`verouties\\\n[");
    EXPECT_EQ(e.line, 1); // the text is never closed: malformed
}

TEST(FuzzRegression, NonAsciiStartingTheLineAfterALineEndingBackslashIsRefused) {
    // Valid TOML, but toml++ 3.3.0 cannot read it safely: the one kind of file refused.
    auto e = routineError("name = \"\"\"a \\\n   \xc2\xa7\"\"\"\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 4);
}

TEST(FuzzRegression, NonAsciiAfterTwoLineEndingBackslashesIsRefused) {
    // The second backslash ends a line too; toml++ skips the blanks after it into the BOM.
    auto open = settingsError("\"\"\"ti   \\\n   \\\n    \xef\xbb\xbf       \xef\xb9\xbf   ");
    EXPECT_EQ(open.line, 3); // never closed: malformed
    auto closed = settingsError("k = \"\"\"ti   \\\n   \\\n    \xef\xbb\xbf  \"\"\"\n");
    EXPECT_EQ(closed.line, 3);
    EXPECT_EQ(closed.column, 5);
    EXPECT_NE(closed.message.find("backslash"), std::string::npos) << closed.message;
}

TEST(FuzzRegression, TwoLineEndingBackslashesBeforePlainTextStillParse) {
    auto p =
        parseRoutine("name = \"\"\"Nerve \\\n  \\\n  flossing\"\"\"\n[[exercise]]\nname = \"x\"\n"
                     "[[exercise.phase]]\nname = \"y\"\nhold = 1\n",
                     "r.toml", "r");
    ASSERT_TRUE(std::holds_alternative<Routine>(p)) << std::get<ParseError>(p).message;
    EXPECT_EQ(std::get<Routine>(p).name, "Nerve flossing");
}

TEST(FuzzRegression, NonAsciiInATextLeftOpenIsRefused) {
    // toml++ read "11a-='vo27?" as a bare value and reached the non-ASCII character.
    auto e = settingsError("e = 11a-='vo27?\xef\xbb\xb6[1");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 7); // the malformed value
}

TEST(FuzzRegression, NonAsciiInAStringAfterAMalformedValueIsAnError) {
    // toml++ read past the malformed values "20erc[i=" and "1%_=[" into the strings after them.
    auto r = routineError("name = \"\xc3\x89t \xc4\x89"
                          "2\"\nreps = 20erc[i=\"\xc3\x89t \xc4\x89"
                          "922its\"\n");
    EXPECT_EQ(r.line, 2);
    auto s = settingsError("# x\"loud\"\nvolume = 1%_=['2\xc3\xa0\xc2\x9a'2=_%%\n");
    EXPECT_EQ(s.line, 2);
}

TEST(FuzzRegression, NonAsciiBareKeyIsNamedWithItsPosition) {
    auto e = settingsError("[audio]\nvol\xc3\xbbme = 3\n");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 4);
    EXPECT_NE(e.message.find("'\xc3\xbb' is only allowed inside quotes"), std::string::npos)
        << e.message;
}

TEST(FuzzRegression, AccentsInsideQuotesAndCommentsStillParse) {
    auto p = parseRoutine(kRoutineWithAccents, "r.toml", "r");
    ASSERT_TRUE(std::holds_alternative<Routine>(p)) << std::get<ParseError>(p).message;
    EXPECT_EQ(std::get<Routine>(p).name, "Étirement — ĉiu");
    EXPECT_EQ(std::get<Routine>(p).setup.at(1), "Жé");
}

TEST(FuzzRegression, LineEndingBackslashBeforePlainTextStillParses) {
    auto p = parseRoutine("name = \"\"\"Nerve \\\n    flossing\"\"\"\n[[exercise]]\nname = \"x\"\n"
                          "[[exercise.phase]]\nname = \"y\"\nhold = 1\n",
                          "r.toml", "r");
    ASSERT_TRUE(std::holds_alternative<Routine>(p)) << std::get<ParseError>(p).message;
    EXPECT_EQ(std::get<Routine>(p).name, "Nerve flossing");
}

TEST(FuzzRegression, QuotedKeysWithAccentsStillParse) {
    auto p = parseSettings("[routines.\"\xc3\xa9tirement\"]\nreps = 3 # \xc3\xa9\n", "s.toml");
    ASSERT_TRUE(std::holds_alternative<Settings>(p)) << std::get<ParseError>(p).message;
    EXPECT_EQ(*std::get<Settings>(p).doses.at("\xc3\xa9tirement").reps, 3);
}
