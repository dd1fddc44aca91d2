// The one safe way to write a file and the one way to read ours, with an injected full disk.

#include "app/Files.hpp"

#include "support/TempDir.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace {

using nf::OutputFile;
using nf::test::TempDir;

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void put(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

bool onlyFile(const std::filesystem::path& dir, const std::string& name) {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        ++n;
        if (e.path().filename() != name)
            return false;
    }
    return n == 1;
}

ssize_t diskFull(int, const void*, std::size_t) {
    errno = ENOSPC;
    return -1;
}

// The disk fills after 10 bytes: the first write is short, the next fails.
ssize_t fullAfterTen(int fd, const void* data, std::size_t size) {
    static thread_local std::size_t written = 0;
    if (written >= 10) {
        written = 0;
        errno = ENOSPC;
        return -1;
    }
    const std::size_t n = std::min<std::size_t>(size, 10 - written);
    written += n;
    return ::write(fd, data, n);
}

ssize_t oneByteAtATime(int fd, const void* data, std::size_t size) {
    return ::write(fd, data, size == 0 ? 0 : 1);
}

class SafeFiles : public ::testing::Test {
  protected:
    TempDir dir;
    // The program's own files are looked for here; keep them away from the real home.
    void SetUp() override {
        ::setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
    }
};

} // namespace

TEST_F(SafeFiles, AFullDiskKeepsTheOldFileAndRemovesTheTemporary) {
    put(dir / "a.txt", "old");
    EXPECT_THROW(
        nf::writeFileAtomically(dir / "a.txt", "new text", nf::OutputKind::Export, diskFull),
        std::runtime_error);
    EXPECT_EQ(slurp(dir / "a.txt"), "old");
    EXPECT_TRUE(onlyFile(dir.path(), "a.txt"));
}

TEST_F(SafeFiles, ADiskThatFillsHalfWayKeepsTheOldFile) {
    put(dir / "a.txt", "old");
    try {
        nf::writeFileAtomically(dir / "a.txt", std::string(100, 'n'), nf::OutputKind::Export,
                                fullAfterTen);
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("No space left on device"), std::string::npos) << what;
        EXPECT_EQ(what.find("Success"), std::string::npos) << what;
    }
    EXPECT_EQ(slurp(dir / "a.txt"), "old");
    EXPECT_TRUE(onlyFile(dir.path(), "a.txt"));
}

TEST_F(SafeFiles, ShortWritesAreFinished) {
    nf::writeFileAtomically(dir / "a.txt", "every byte", nf::OutputKind::Export, oneByteAtATime);
    EXPECT_EQ(slurp(dir / "a.txt"), "every byte");
}

TEST_F(SafeFiles, AnUncommittedOutputLeavesNothing) {
    {
        OutputFile out(dir / "b.png");
        out.write("half");
        EXPECT_EQ(out.tempPath().extension(), ".png");
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST_F(SafeFiles, ASymlinkIsWrittenThroughAndTheModeKept) {
    put(dir / "real.toml", "old");
    ::chmod((dir / "real.toml").c_str(), 0640);
    std::filesystem::create_symlink(dir / "real.toml", dir / "link.toml");
    nf::writeFileAtomically(dir / "link.toml", "new");
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "link.toml"));
    EXPECT_EQ(slurp(dir / "real.toml"), "new");
    struct stat st {};
    ::stat((dir / "real.toml").c_str(), &st);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST_F(SafeFiles, OurOwnFilesAreRefusedByIdentityNotByName) {
    put(dir / "other", "x");
    std::filesystem::create_directories(dir / "config" / "nervefloss");
    put(dir / "config" / "nervefloss" / "settings.toml", "[app]\n");
    std::filesystem::create_hard_link(dir / "config" / "nervefloss" / "settings.toml",
                                      dir / "alias");
    EXPECT_THROW(nf::checkOutputTarget(dir / "alias"), std::runtime_error);
    EXPECT_THROW(nf::writeFileAtomically(
                     dir / "config" / "nervefloss" / ".." / "nervefloss" / "settings.toml", "x"),
                 std::runtime_error);
    EXPECT_NO_THROW(nf::checkOutputTarget(dir / "other"));
    EXPECT_NO_THROW(nf::checkOutputTarget(dir / "new-name"));
    EXPECT_EQ(slurp(dir / "config" / "nervefloss" / "settings.toml"), "[app]\n");
}

TEST_F(SafeFiles, NodesThatAreNotRegularFilesAreRefused) {
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    EXPECT_THROW(nf::checkOutputTarget(dir / "fifo"), std::runtime_error);
    EXPECT_THROW(nf::checkOutputTarget("/dev/null"), std::runtime_error);
    EXPECT_THROW(nf::checkOutputTarget(dir.path()), std::runtime_error);
}

TEST_F(SafeFiles, ReadingAFifoOrADeviceIsRefusedAtOnce) {
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    EXPECT_THROW(nf::readTextFile(dir / "fifo"), std::runtime_error);
    EXPECT_THROW(nf::readTextFile("/dev/zero"), std::runtime_error);
}

TEST_F(SafeFiles, ReadingIsCappedInSize) {
    put(dir / "big", std::string(nf::kMaxTextFileBytes + 1, 'x'));
    put(dir / "ok", std::string(nf::kMaxTextFileBytes, 'x'));
    EXPECT_THROW(nf::readTextFile(dir / "big"), std::runtime_error);
    EXPECT_EQ(nf::readTextFile(dir / "ok").size(), nf::kMaxTextFileBytes);
}
