#include "core/Format.hpp"

#include <gtest/gtest.h>

using namespace nf;
using namespace std::chrono_literals;

TEST(Format, Clock) {
    EXPECT_EQ(formatClock(0s), "0:00");
    EXPECT_EQ(formatClock(65s), "1:05");
    EXPECT_EQ(formatClock(3725s), "1:02:05");
    EXPECT_EQ(formatClock(1499ms), "0:01");
}

TEST(Format, Duration) {
    EXPECT_EQ(formatDuration(45s), "45 s");
    EXPECT_EQ(formatDuration(515s), "8 min 35 s");
    EXPECT_EQ(formatDuration(480s), "8 min");
    EXPECT_EQ(formatDuration(3900s), "1 h 5 min");
}

TEST(Format, Seconds) {
    EXPECT_EQ(formatSeconds(3), "3");
    EXPECT_EQ(formatSeconds(2.5), "2.5");
    EXPECT_EQ(formatSeconds(0.75), "0.75");
}

TEST(Format, NumberWords) {
    EXPECT_EQ(numberWord(2), "two");
    EXPECT_EQ(numberWord(20), "twenty");
    EXPECT_EQ(numberWord(25), "25");
}

TEST(Format, HoldPatternSaysARepeatOnce) {
    Exercise e;
    auto phases = [&e](std::initializer_list<double> secs) {
        e.phases.clear();
        for (double s : secs)
            e.phases.push_back(Phase{"p", "p", s, HoldKind::Adjustable, ""});
        return holdPattern(e);
    };
    EXPECT_EQ(phases({3, 3}), "3 s");
    EXPECT_EQ(phases({2, 1.5, 2, 1.5}), "2 s + 1.5 s");
    EXPECT_EQ(phases({2, 2, 2}), "2 s");
    EXPECT_EQ(phases({2, 5, 2}), "2 s + 5 s + 2 s");
    EXPECT_EQ(phases({30}), "30 s");
    EXPECT_EQ(phases({}), "");
}

// Text from files reaches the terminal: nothing in it may move the cursor, colour the screen,
// break the line or hide.
TEST(Format, PrintableEscapesControlAndInvisibleCharacters) {
    EXPECT_EQ(printable("Knee rolls"), "Knee rolls");
    EXPECT_EQ(printable("Évite 😀"), "Évite 😀");
    EXPECT_EQ(printable("a\nb\tc"), "a\\nb\\tc");
    EXPECT_EQ(printable("\x1b[31mred\r\a\x7f"), "\\x1b[31mred\\x0d\\x07\\x7f");
    EXPECT_EQ(printable("\xef\xbb\xbfname"), "<U+FEFF>name");
    EXPECT_EQ(printable("zero\xe2\x80\x8bwidth\xe2\x80\xa8"), "zero<U+200B>width<U+2028>");
}

// The C1 controls (U+0080-U+009F) are controls too: U+009B is a terminal's one-character CSI.
TEST(Format, PrintableEscapesTheC1Controls) {
    EXPECT_EQ(printable("a\xc2\x9b"
                        "31mb"),
              "a<U+009B>31mb");
    EXPECT_EQ(printable("\xc2\x80\xc2\x9f"), "<U+0080><U+009F>");
    EXPECT_EQ(printable("\xc2\xa0\xc2\xa9"), "\xc2\xa0\xc2\xa9"); // no-break space, ©
    // A lead byte without its continuation is not a C1 control: the next character stays.
    EXPECT_EQ(printable("\xc2"
                        "A"),
              "\xc2"
              "A");
}
