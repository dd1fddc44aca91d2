// The theme's painting helpers against what SFML's own shapes draw (the same pixels, whether the
// helper blends or not), and its measures against sf::Text's own (the same floats). Needs a
// display (xvfb-run), as an offscreen picture and a laid-out sf::Text do; skipped without one.

#include "app/gui/kit/Theme.hpp"
#include "app/Assets.hpp"
#include "app/chart/HistoryChart.hpp"
#include "app/gui/kit/GlyphMetrics.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace nf::gui {
namespace {

constexpr unsigned kSide = 160;
const Rgb kBackground{30, 40, 50, 255};

class ThemeFill : public ::testing::Test {
  protected:
    void SetUp() override {
        if (auto problem = displayProblem())
            GTEST_SKIP() << *problem;
        ASSERT_TRUE(m_texture.create(kSide, kSide));
    }

    // The picture of `paint` over the background.
    sf::Image picture(const std::function<void(sf::RenderTarget&)>& paint) {
        m_texture.clear(toSf(kBackground));
        paint(m_texture);
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }

    static int differingPixels(const sf::Image& a, const sf::Image& b) {
        int n = 0;
        for (unsigned y = 0; y < kSide; ++y)
            for (unsigned x = 0; x < kSide; ++x)
                n += a.getPixel(x, y) != b.getPixel(x, y) ? 1 : 0;
        return n;
    }

    sf::RenderTexture m_texture;
};

// The rounded rectangle Theme::fill drew before it built its own vertices.
sf::ConvexShape roundedShape(const Rect& r, double radius, Rgb colour) {
    constexpr std::size_t kCorner = 6;
    sf::ConvexShape s(4 * kCorner);
    const Vec2 centres[4] = {{r.right() - radius, r.y + radius},
                             {r.x + radius, r.y + radius},
                             {r.x + radius, r.bottom() - radius},
                             {r.right() - radius, r.bottom() - radius}};
    for (std::size_t c = 0; c < 4; ++c)
        for (std::size_t i = 0; i < kCorner; ++i) {
            const double a =
                (static_cast<double>(c) * 90.0 + static_cast<double>(i) * 90.0 / (kCorner - 1)) *
                std::numbers::pi / 180.0;
            s.setPoint(c * kCorner + i, {static_cast<float>(centres[c].x + radius * std::cos(a)),
                                         static_cast<float>(centres[c].y - radius * std::sin(a))});
        }
    s.setFillColor(toSf(colour));
    return s;
}

sf::RectangleShape rectShape(const Rect& r, Rgb colour) {
    sf::RectangleShape s({static_cast<float>(r.w), static_cast<float>(r.h)});
    s.setPosition(static_cast<float>(r.x), static_cast<float>(r.y));
    s.setFillColor(toSf(colour));
    return s;
}

TEST_F(ThemeFill, AnOpaqueRectangleCoversThePixelsARectangleShapeDoes) {
    const Rect r{10.25, 20.5, 101.3, 57.75};
    const Rgb colour{200, 120, 40, 255};
    EXPECT_EQ(differingPixels(picture([&](auto& t) { Theme::fill(t, r, colour); }),
                              picture([&](auto& t) { t.draw(rectShape(r, colour)); })),
              0);
}

TEST_F(ThemeFill, AnOpaqueRoundedRectangleCoversThePixelsAConvexShapeDoes) {
    for (const double radius : {4.0, 11.3, 30.0}) {
        const Rect r{7.6, 13.2, 140.1, 61.4};
        const Rgb colour{90, 200, 140, 255};
        EXPECT_EQ(
            differingPixels(picture([&](auto& t) { Theme::fill(t, r, colour, radius); }),
                            picture([&](auto& t) { t.draw(roundedShape(r, radius, colour)); })),
            0)
            << "radius " << radius;
    }
}

TEST_F(ThemeFill, ATranslucentFillIsStillBlendedWithWhatIsUnderIt) {
    const Rect r{0, 0, kSide, kSide};
    const Rgb shade{0, 0, 0, 128};
    const sf::Image blended = picture([&](auto& t) { Theme::fill(t, r, shade, 12.0); });
    EXPECT_EQ(
        differingPixels(blended, picture([&](auto& t) { t.draw(roundedShape(r, 12.0, shade)); })),
        0);
    // Half the background shows through the middle (not the shade's own colour, not its alpha).
    const sf::Color middle = blended.getPixel(kSide / 2, kSide / 2);
    EXPECT_NEAR(middle.r, kBackground.r / 2, 1);
    EXPECT_NEAR(middle.b, kBackground.b / 2, 1);
}

TEST_F(ThemeFill, AnOpaqueFillOverATranslucentOneHidesIt) {
    const Rect r{20, 20, 100, 100};
    const Rgb solid{250, 250, 250, 255};
    const sf::Image p = picture([&](auto& t) {
        Theme::fill(t, r, {255, 0, 0, 100});
        Theme::fill(t, r, solid, 8.0);
    });
    EXPECT_EQ(p.getPixel(70, 70), toSf(solid));
}

class Measures : public ::testing::Test {
  protected:
    void SetUp() override {
        // sf::Text lays out its glyphs only with a display (the font's texture is a GL one).
        if (auto problem = displayProblem())
            GTEST_SKIP() << *problem;
    }

    static std::string path(const std::string& file) { return Assets::get().font(file).string(); }
};

// What the window writes: words, kerning pairs, digits, punctuation, letters beyond ASCII,
// spaces at either end, a tab and a second line.
const char* const kLines[] = {
    "Point toes, chin down",
    "Toes up, look up",
    "AV To Wa y. Ty L' \"F\" r, P.",
    "0123456789",
    "3",
    "37",
    "1:05 left",
    "Set 2 of 3 \xc2\xb7 rep 14 of 25",
    "Pain before: 4/10 \xe2\x80\x93 after?",
    "Stra\xc3\x9f\x65, caf\xc3\xa9, na\xc3\xafve \xe2\x86\x90 \xe2\x86\x92 \xc3\x97",
    "  two spaces first, one last ",
    "tab\there",
    "two\nlines",
    "!#$%&()*+-/;<=>?@[]^_`{|}~",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz",
};

TEST_F(Measures, AreSfTextsOwnBoundsToTheBit) {
    for (const char* file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
        sf::Font font;
        ASSERT_TRUE(font.loadFromFile(path(file)));
        const GlyphMetrics metrics(path(file), font);
        ASSERT_TRUE(metrics.ok());
        for (const unsigned size : {4u, 9u, 14u, 17u, 23u, 32u, 48u, 61u, 100u, 128u, 330u}) {
            for (const char* line : kLines) {
                const sf::String str = fromUtf8(line);
                const sf::FloatRect expected = sf::Text(str, font, size).getLocalBounds();
                const sf::FloatRect got = metrics.bounds(str, size);
                EXPECT_EQ(got.left, expected.left) << file << " " << size << " \"" << line << "\"";
                EXPECT_EQ(got.top, expected.top) << file << " " << size << " \"" << line << "\"";
                EXPECT_EQ(got.width, expected.width)
                    << file << " " << size << " \"" << line << "\"";
                EXPECT_EQ(got.height, expected.height)
                    << file << " " << size << " \"" << line << "\"";
            }
        }
    }
}

TEST_F(Measures, AnEmptyLineHasNoBounds) {
    sf::Font font;
    ASSERT_TRUE(font.loadFromFile(path("DejaVuSans.ttf")));
    EXPECT_EQ(GlyphMetrics(path("DejaVuSans.ttf"), font).bounds("", 30), sf::FloatRect());
}

// Fitting a text measures it at 100 px; the font it is drawn with keeps glyphs of the size it
// is drawn at only (its 100 px page is never filled, so it is SFML's fresh 128 x 128 one).
TEST_F(Measures, FittingATextRasterizesNoGlyphAtTheMeasuringSize) {
    const Theme theme;
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(400, 300));
    const unsigned size = theme.text(texture, "The quick brown fox jumps over the lazy dog",
                                     {10, 10, 380, 40}, {255, 255, 255, 255});
    ASSERT_GT(size, 4u);
    ASSERT_LT(size, 100u);
    theme.fitSize("Pause and rate the pain now", {10, 60, 300, 50}, Weight::Bold, 200);
    EXPECT_EQ(theme.font(Weight::Regular).getTexture(100).getSize(), sf::Vector2u(128, 128));
    EXPECT_EQ(theme.font(Weight::Bold).getTexture(100).getSize(), sf::Vector2u(128, 128));
}

} // namespace
} // namespace nf::gui
