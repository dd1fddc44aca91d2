#include "app/RoutineCatalog.hpp"
#include "support/TempDir.hpp"

#include <gtest/gtest.h>

#include <fstream>

using namespace nf;

namespace {
const std::filesystem::path kBuiltins =
    std::filesystem::path(NERVEFLOSS_SOURCE_ASSETS) / "routines";
const char* kTiny =
    "name = \"Tiny\"\n[[exercise]]\nname = \"t\"\n[[exercise.phase]]\nname = \"a\"\nhold = 1\n";
} // namespace

TEST(RoutineCatalog, BuiltinsInOrderWithFlossingFirst) {
    test::TempDir user;
    auto c = RoutineCatalog::load(kBuiltins, user / "none");
    EXPECT_EQ(c.ids(), (std::vector<std::string>{"nerve-floss", "glute-stretch", "knee-rolls",
                                                 "strengthening"}));
    EXPECT_TRUE(c.problems().empty());
}

TEST(RoutineCatalog, UserRoutineWithABuiltinIdReplacesIt) {
    test::TempDir user;
    std::ofstream(user / "knee-rolls.toml") << kTiny;
    auto c = RoutineCatalog::load(kBuiltins, user.path());
    ASSERT_NE(c.find("knee-rolls"), nullptr);
    EXPECT_EQ(c.find("knee-rolls")->name, "Tiny");
    EXPECT_EQ(c.ids().size(), 4u);
}

TEST(RoutineCatalog, BrokenUserFileIsAProblemNotAFailure) {
    test::TempDir user;
    std::ofstream(user / "bad.toml") << "name = [";
    std::ofstream(user / "good.toml") << kTiny;
    std::ofstream(user / "notes.txt") << "ignored";
    auto c = RoutineCatalog::load(kBuiltins, user.path());
    ASSERT_EQ(c.problems().size(), 1u);
    EXPECT_NE(c.problems()[0].source.find("bad.toml"), std::string::npos);
    EXPECT_NE(c.find("good"), nullptr);
    EXPECT_EQ(c.find("notes"), nullptr);
}

TEST(RoutineCatalog, UnreadableFileIsReportedByName) {
    auto p = loadRoutineFile("/nonexistent/x.toml");
    ASSERT_TRUE(std::holds_alternative<ParseError>(p));
    EXPECT_EQ(std::get<ParseError>(p).toString().rfind("/nonexistent/x.toml: cannot open", 0), 0u)
        << std::get<ParseError>(p).toString();
}
