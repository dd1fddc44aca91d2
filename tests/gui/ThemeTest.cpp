// The theme's painting helpers against what SFML's own shapes draw: the same pixels, whether the
// helper blends or not. Needs a display (xvfb-run), as an offscreen picture does; skipped
// without one.

#include "app/chart/HistoryChart.hpp"
#include "app/gui/kit/Theme.hpp"

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
        EXPECT_EQ(differingPixels(picture([&](auto& t) { Theme::fill(t, r, colour, radius); }),
                                  picture([&](auto& t) { t.draw(roundedShape(r, radius, colour)); })),
                  0)
            << "radius " << radius;
    }
}

TEST_F(ThemeFill, ATranslucentFillIsStillBlendedWithWhatIsUnderIt) {
    const Rect r{0, 0, kSide, kSide};
    const Rgb shade{0, 0, 0, 128};
    const sf::Image blended = picture([&](auto& t) { Theme::fill(t, r, shade, 12.0); });
    EXPECT_EQ(differingPixels(blended,
                              picture([&](auto& t) { t.draw(roundedShape(r, 12.0, shade)); })),
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

} // namespace
} // namespace nf::gui
