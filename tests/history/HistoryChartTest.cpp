// The chart's drawing needs a display (SFML aborts without one): run under xvfb-run. Without a
// display only displayProblem() is tested and the drawing tests are skipped, saying why.

#include "app/chart/HistoryChart.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

using namespace nf;
using namespace std::chrono;

namespace {

constexpr Date kToday{year{2026}, month{11}, day{21}};

ChartData sample() {
    std::vector<SessionRecord> records;
    for (int ago = 0; ago < 30; ++ago) {
        for (int k = 0; k < 1 + ago % 3; ++k) {
            SessionRecord r;
            r.start = {addDays(kToday, -ago), 8 + k, 0, 0};
            r.routineId = k == 2 ? "knee-rolls" : "nerve-floss";
            r.outcome = SessionOutcome::Completed;
            r.setsDone = 3;
            r.repsDone = 75;
            if (ago % 5 != 4) {
                r.painBefore = 6 - ago / 6;
                r.painAfter = 5 - ago / 7;
            }
            records.push_back(r);
        }
    }
    return ChartData{dailyStats(records, kToday, 30), 2};
}

sf::Font font() {
    sf::Font f;
    EXPECT_TRUE(f.loadFromFile(NERVEFLOSS_SOURCE_ASSETS "/fonts/DejaVuSans.ttf"));
    return f;
}

int countColour(const sf::Image& image, sf::Color c) {
    int n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x)
            if (image.getPixel(x, y) == c)
                ++n;
    return n;
}

#define NEED_DISPLAY()                                                                             \
    if (auto problem = displayProblem())                                                           \
    GTEST_SKIP() << *problem

} // namespace

TEST(HistoryChart, NoDisplayIsSaidInOneLine) {
    const char* saved = std::getenv("DISPLAY");
    const std::string keep = saved ? saved : "";
    ::unsetenv("DISPLAY");
    const auto problem = displayProblem();
    if (!keep.empty())
        ::setenv("DISPLAY", keep.c_str(), 1);
    ASSERT_TRUE(problem);
    EXPECT_NE(problem->find("DISPLAY"), std::string::npos);
    EXPECT_EQ(problem->find('\n'), std::string::npos);
}

TEST(HistoryChart, AnUnreachableDisplayIsSaidNotAborted) {
    const char* saved = std::getenv("DISPLAY");
    const std::string keep = saved ? saved : "";
    ::setenv("DISPLAY", ":987", 1);
    const auto problem = displayProblem();
    if (keep.empty())
        ::unsetenv("DISPLAY");
    else
        ::setenv("DISPLAY", keep.c_str(), 1);
    ASSERT_TRUE(problem);
    EXPECT_NE(problem->find(":987"), std::string::npos);
}

TEST(HistoryChart, DrawsBothPainLinesAndTheBars) {
    NEED_DISPLAY();
    const sf::Font f = font();
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(1200, 800));
    const ChartStyle style;
    texture.clear(style.background);
    drawHistoryChart(texture, {0, 0, 1200, 800}, sample(), f, style);
    texture.display();
    const sf::Image image = texture.getTexture().copyToImage();
    EXPECT_GT(countColour(image, style.painBefore), 500);
    EXPECT_GT(countColour(image, style.painAfter), 500);
    EXPECT_GT(countColour(image, style.floss), 2000);
    EXPECT_GT(countColour(image, style.other), 200);
    EXPECT_GT(countColour(image, style.target), 100);
}

TEST(HistoryChart, StaysInsideItsArea) {
    NEED_DISPLAY();
    const sf::Font f = font();
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(1000, 900));
    const sf::Color outside(1, 2, 3);
    texture.clear(outside);
    drawHistoryChart(texture, {100, 150, 800, 600}, sample(), f, ChartStyle::dark());
    texture.display();
    const sf::Image image = texture.getTexture().copyToImage();
    for (unsigned x = 0; x < 1000; x += 7) {
        EXPECT_EQ(image.getPixel(x, 149), outside) << x;
        EXPECT_EQ(image.getPixel(x, 751), outside) << x;
    }
    for (unsigned y = 0; y < 900; y += 7) {
        EXPECT_EQ(image.getPixel(99, y), outside) << y;
        EXPECT_EQ(image.getPixel(901, y), outside) << y;
    }
}

TEST(HistoryChart, SavesAPicture) {
    NEED_DISPLAY();
    const sf::Font f = font();
    const auto file = std::filesystem::temp_directory_path() / "nf-chart-test.png";
    saveHistoryChart(file, sample(), f, nullptr, 800, 500);
    sf::Image image;
    ASSERT_TRUE(image.loadFromFile(file.string()));
    EXPECT_EQ(image.getSize(), sf::Vector2u(800, 500));
    std::filesystem::remove(file);
}

TEST(HistoryChart, AnUnwritablePictureIsAChartError) {
    NEED_DISPLAY();
    const sf::Font f = font();
    EXPECT_THROW(saveHistoryChart("/nonexistent-folder/c.png", sample(), f, nullptr, 400, 300),
                 ChartError);
}
