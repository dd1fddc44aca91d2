#include "app/PainPrompt.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

using namespace nf;

namespace {

// Answers `input` to the question and returns the rating and what was printed.
std::pair<std::optional<int>, std::string> ask(const std::string& input) {
    std::FILE* in = std::tmpfile();
    std::FILE* out = std::tmpfile();
    std::fputs(input.c_str(), in);
    std::rewind(in);
    const auto pain = askPain(in, out, "before");
    std::rewind(out);
    std::string printed;
    for (int c; (c = std::fgetc(out)) != EOF;)
        printed += static_cast<char>(c);
    std::fclose(in);
    std::fclose(out);
    return {pain, printed};
}

} // namespace

TEST(PainPrompt, ReadsANumber) {
    EXPECT_EQ(ask("4\n").first, 4);
}
TEST(PainPrompt, ReadsTen) {
    EXPECT_EQ(ask("10\n").first, 10);
}
TEST(PainPrompt, ToleratesSpaces) {
    EXPECT_EQ(ask("  7 \n").first, 7);
}
TEST(PainPrompt, EnterSkips) {
    EXPECT_FALSE(ask("\n").first);
}
TEST(PainPrompt, EndOfInputSkips) {
    EXPECT_FALSE(ask("").first);
}
TEST(PainPrompt, AsksAgainAfterANonsenseAnswer) {
    const auto [pain, printed] = ask("eleven\n3\n");
    EXPECT_EQ(pain, 3);
    EXPECT_NE(printed.find("0 (none) to 10"), std::string::npos);
}
TEST(PainPrompt, OutOfRangeIsAskedAgain) {
    EXPECT_EQ(ask("11\n-1\n2\n").first, 2);
}
TEST(PainPrompt, GivesUpAfterThreeTries) {
    EXPECT_FALSE(ask("a\nb\nc\n5\n").first);
}
TEST(PainPrompt, SaysWhatItAsks) {
    EXPECT_NE(ask("\n").second.find("Calf pain before the session, 0-10 (Enter skips)"),
              std::string::npos);
}
