// `nervefloss report` end to end: a scratch history over two weeks (sessions, one real run under
// a faked clock, check-ins given on the command line), the PDF read back with poppler-utils'
// pdftotext (the numbers are there), pdfinfo (its pages) and pdftoppm (it renders, not blank).

#include "app/history/HistoryStore.hpp"

#include "StoreTestSupport.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

using namespace nf;
using namespace nf::test;
using namespace std::chrono;

namespace {

constexpr const char* kNow = "2026-11-21 20:00:00";

// pdftotext -layout spreads a table's cells with spaces as it sees fit: compare without them.
bool hasCell(const std::string& text, std::string cell) {
    std::string squeezed;
    for (char c : text)
        if (c != ' ')
            squeezed += c;
    cell.erase(std::remove(cell.begin(), cell.end(), ' '), cell.end());
    return has(squeezed, cell);
}

std::string capture(const std::string& command) {
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[4096];
        while (std::size_t n = std::fread(buf, 1, sizeof buf, p))
            out.append(buf, n);
        ::pclose(p);
    }
    return out;
}

bool havePoppler() {
    return capture("for t in pdftotext pdftoppm pdfinfo; do command -v $t; done | wc -l") == "3\n";
}

// Two weeks of flossing twice a day (pain 3 -> 2), one amber day (2 -> 5), strengthening every
// other day, a set ended early, a dose change, and the check-ins.
void twoWeeks(const TempDir& home) {
    for (int ago = 13; ago >= 1; --ago) {
        const Date day = addDays(kDay, -ago);
        addSession(home, "nerve-floss", day, 8, ago == 5 ? 2 : 3, ago == 5 ? 5 : 2);
        if (ago != 5 && ago != 4)
            addSession(home, "nerve-floss", day, 18, 3, 2);
        if (ago % 2 == 1)
            addSession(home, "strengthening", day, 17);
    }
    HistoryStore store(historyIn(home.path()));
    SetRecord set;
    set.exercise = "Nerve floss";
    set.setNumber = 2;
    set.side = "right";
    set.reps = 11;
    set.repsPlanned = 25;
    set.endedEarly = true;
    set.finishedAt = {addDays(kDay, -2), 8, 10, 0};
    store.recordSet(store.sessions(addDays(kDay, -2)).front().id, set);
    store.addDoseChange({{addDays(kDay, -10), 12, 0, 0},
                         "nerve-floss",
                         "reps",
                         "15",
                         "20",
                         "14 days of green: no rise of 2 or more, no worse morning"});
}

struct Pdf {
    RunResult run;
    std::string text;
    int pages = 0;
};

Pdf report(const TempDir& home, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"report", (home / "report.pdf").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    Pdf pdf;
    pdf.run = at(home, kNow, args);
    const std::string file = (home / "report.pdf").string();
    pdf.text = capture("pdftotext -layout '" + file + "' - 2>&1");
    const std::string info = capture("pdfinfo '" + file + "' 2>&1");
    if (const auto at = info.find("Pages:"); at != std::string::npos)
        pdf.pages = std::stoi(info.substr(at + 6));
    return pdf;
}

} // namespace

TEST(ReportCli, PdfHoldsThePlanSessionsCheckInsAndChanges) {
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdftoppm, pdfinfo) is not installed";
    TempDir home;
    twoWeeks(home);
    const auto run =
        at(home, "2026-11-21 08:00:00",
           {"run", "nerve-floss", "--headless", "--reps", "2", "--hold", "0.5", "--sets", "1",
            "--lead-in", "0", "--quiet", "--pain-before", "4", "--pain-after", "3"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    ASSERT_EQ(at(home, "2026-11-09 10:00:00", {"checkin", "sbi", "4", "3", "2", "4"}).exitCode, 0);
    ASSERT_EQ(at(home, "2026-11-21 10:00:00", {"checkin", "sbi", "3", "3", "1", "3"}).exitCode, 0);
    ASSERT_EQ(at(home, "2026-11-21 10:00:00", {"checkin", "urgent", "no", "no", "no", "no", "yes"})
                  .exitCode,
              0);
    ASSERT_EQ(
        at(home, "2026-11-20 19:00:00", {"checkin", "where", "thigh", "--new-tingling"}).exitCode,
        0);
    ASSERT_EQ(at(home, "2026-11-15 09:00:00", {"morning", "worse", "--day", "2026-11-14"}).exitCode,
              0);

    const Pdf pdf = report(home, {"--days", "14"});
    ASSERT_EQ(pdf.run.exitCode, 0) << pdf.run.err;
    EXPECT_TRUE(has(pdf.run.out, "Wrote " + (home / "report.pdf").string() +
                                     " (2026-11-08 to 2026-11-21, 14 days)"));
    const std::string& t = pdf.text;
    EXPECT_TRUE(has(t, "Made 2026-11-21 20:00; covers 2026-11-08 to 2026-11-21 (14 days)")) << t;
    // The plan and the dose now (the built-in plan; the settings hold no dose).
    EXPECT_TRUE(has(t, "every other day (never two days in")) << t;
    // 14 days x 2 wanted, less the days flossing is off the plan by the symptom response: the
    // worse morning (the 15th, about the 14th) begins an amber, the rise on the 16th a second
    // one, and two ambers within a week are red, which rests flossing to today: 7 days off, 14
    // wanted, all 14 done on the 7 days before.
    EXPECT_TRUE(has(t, "Nerve flossing: 14 of 14 planned sessions done (100%)")) << t;
    EXPECT_TRUE(has(t, "Strengthening: 7 of 7 planned sessions done (100%)")) << t;
    EXPECT_TRUE(has(t, "pain rose from 2 to 5 after Nerve flossing")) << t;
    EXPECT_TRUE(has(t, "the morning was worse than before")) << t;
    EXPECT_TRUE(hasCell(t, "4 \u2192 3")) << t; // the real run's pain before and after
    EXPECT_TRUE(has(t, "2 of 2")) << t;         // its reps done of planned
    EXPECT_TRUE(has(t, "ended early: the pain eased")) << t;
    EXPECT_TRUE(has(t, "11 of 25")) << t;
    EXPECT_TRUE(has(t, "YES to: Pain, numbness or tingling in both legs?")) << t;
    EXPECT_TRUE(has(t, "the thigh")) << t;
    EXPECT_TRUE(has(t, "reps: 15 \u2192 20")) << t;
    EXPECT_TRUE(has(t, "14 days of green")) << t;
    // Both bothersomeness scores with their totals.
    EXPECT_TRUE(has(t, "13")) << t;
    EXPECT_TRUE(has(t, "10")) << t;
    EXPECT_GE(pdf.pages, 1);
    EXPECT_EQ(pdf.pages, 2) << "a report for a clinician stays short";

    // It renders: every page to a picture, and the first is not blank.
    const std::string prefix = (home / "page").string();
    capture("pdftoppm -r 30 -gray '" + (home / "report.pdf").string() + "' '" + prefix + "'");
    const std::string first = pdf.pages >= 10 ? prefix + "-01.pgm" : prefix + "-1.pgm";
    std::ifstream pgm(first, std::ios::binary);
    ASSERT_TRUE(pgm) << first;
    std::string magic;
    int w = 0, h = 0, max = 0;
    pgm >> magic >> w >> h >> max;
    pgm.get();
    std::string pixels((std::istreambuf_iterator<char>(pgm)), std::istreambuf_iterator<char>());
    ASSERT_EQ(pixels.size(), static_cast<std::size_t>(w * h));
    std::size_t dark = 0;
    for (char c : pixels)
        dark += static_cast<unsigned char>(c) < 200 ? 1 : 0;
    EXPECT_GT(dark, pixels.size() / 100) << "the first page looks blank";
    EXPECT_NEAR(static_cast<double>(h) / w, 842.0 / 595.0, 0.02) << "A4";
}

TEST(ReportCli, AnEmptyHistoryStillMakesAReport) {
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    TempDir home;
    const Pdf pdf = report(home);
    ASSERT_EQ(pdf.run.exitCode, 0) << pdf.run.err;
    EXPECT_TRUE(has(pdf.text, "covers 2026-10-25 to 2026-11-21 (28 days)")) << pdf.text;
    EXPECT_TRUE(has(pdf.text, "No sessions in these days.")) << pdf.text;
}

TEST(ReportCli, SinceSetsTheFirstDay) {
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    TempDir home;
    addSession(home, "nerve-floss", addDays(kDay, -3), 9, 3, 3);
    addSession(home, "nerve-floss", addDays(kDay, -1), 9, 6, 6);
    const Pdf pdf = report(home, {"--since", "2026-11-19"});
    ASSERT_EQ(pdf.run.exitCode, 0) << pdf.run.err;
    EXPECT_TRUE(has(pdf.text, "(3 days)")) << pdf.text;
    EXPECT_TRUE(hasCell(pdf.text, "6 \u2192 6")) << pdf.text;
    EXPECT_FALSE(hasCell(pdf.text, "3 \u2192 3")) << pdf.text;
}

TEST(ReportCli, BadRequestsAreOneLineAndWriteNothing) {
    TempDir home;
    auto refused = [&](const std::vector<std::string>& args, const std::string& message) {
        const auto r = at(home, kNow, args);
        EXPECT_EQ(r.exitCode, 2) << r.out;
        EXPECT_TRUE(has(r.err, message)) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    };
    const std::string out = (home / "r.pdf").string();
    refused({"report", (home / "r.txt").string()}, "must end in .pdf");
    refused({"report", out, "--since", "2026-11-22"}, "--since: 2026-11-22 is after today");
    refused({"report", out, "--since", "2025-11-01"}, "at most 366 days");
    refused({"report", out, "--since", "21/11/2026"}, "--since: expected a date like 2026-11-21");
    refused({"report", out, "--days", "0"}, "--days: must be from 1 to 366");
    refused({"report", out, "--days", "7", "--since", "2026-11-20"}, "not both");
    refused({"report", (home / "no-such-folder" / "r.pdf").string()}, "r.pdf");
    EXPECT_FALSE(std::filesystem::exists(out));
    std::filesystem::create_directories(home / "folder.pdf");
    refused({"report", (home / "folder.pdf").string()}, "folder.pdf");
}

TEST(ReportCli, NeverOverwritesTheHistory) {
    TempDir home;
    addSession(home, "nerve-floss", kDay, 9);
    const auto history = historyIn(home.path());
    const auto link = home / "history.pdf";
    std::filesystem::create_symlink(history, link);
    const auto before = readFile(history);
    const auto r = at(home, kNow, {"report", link.string()});
    EXPECT_EQ(r.exitCode, 2) << r.out;
    EXPECT_EQ(readFile(history), before);
}
