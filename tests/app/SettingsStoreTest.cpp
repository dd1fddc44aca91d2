#include "app/SettingsStore.hpp"
#include "app/Files.hpp"
#include "support/TempDir.hpp"

#include <gtest/gtest.h>

#include <fstream>

using namespace nf;

TEST(SettingsStore, MissingFileIsTheDefaults) {
    test::TempDir dir;
    SettingsStore store(dir / "nested/settings.toml");
    EXPECT_TRUE(store.load().doses.empty());
}

TEST(SettingsStore, SaveCreatesFoldersAndLoadsBack) {
    test::TempDir dir;
    SettingsStore store(dir / "a/b/settings.toml");
    Settings s;
    s.doses["nerve-floss"].reps = 12;
    store.save(s);
    EXPECT_EQ(store.load().doses["nerve-floss"].reps, 12);
    for (const auto& e : std::filesystem::directory_iterator(dir / "a/b"))
        EXPECT_EQ(e.path().filename(), "settings.toml") << "no temporary file left behind";
}

TEST(SettingsStore, MalformedFileThrowsWithPositionAndIsKept) {
    test::TempDir dir;
    const auto file = dir / "settings.toml";
    std::ofstream(file) << "[audio]\nvolume = \"loud\"\n";
    SettingsStore store(file);
    try {
        store.load();
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("settings.toml:2:"), std::string::npos) << e.what();
    }
    EXPECT_EQ(readTextFile(file), "[audio]\nvolume = \"loud\"\n");
}

TEST(SettingsStore, UnwritableFolderThrowsNamingIt) {
    test::TempDir dir;
    std::ofstream(dir / "file") << "x";
    SettingsStore store(dir / "file/settings.toml"); // a file where a folder should be
    EXPECT_THROW(store.save(Settings{}), std::runtime_error);
}

TEST(Files, ReadingAFolderIsAnError) {
    test::TempDir dir;
    EXPECT_THROW(readTextFile(dir.path()), std::runtime_error);
}
