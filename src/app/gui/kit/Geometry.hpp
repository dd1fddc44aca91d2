#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace nf::gui {

// Small value types for layout and figure maths, free of SFML so they can be tested without a
// display. Screen convention: x to the right, y down, units are pixels (or figure-box units).
struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double k) { return {a.x * k, a.y * k}; }
    friend bool operator==(Vec2, Vec2) = default;
};

// The unit vector `degrees` anticlockwise from +x as seen on the screen, where y grows downwards.
inline Vec2 direction(double degrees) {
    const double a = degrees * std::numbers::pi / 180.0;
    return {std::cos(a), -std::sin(a)};
}

struct Rect {
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;

    double right() const { return x + w; }
    double bottom() const { return y + h; }
    Vec2 centre() const { return {x + w / 2.0, y + h / 2.0}; }
    bool contains(Vec2 p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    bool contains(const Rect& r) const {
        return r.x >= x - 1e-9 && r.y >= y - 1e-9 && r.right() <= right() + 1e-9 &&
               r.bottom() <= bottom() + 1e-9;
    }
    bool intersects(const Rect& r) const {
        return x < r.right() && r.x < right() && y < r.bottom() && r.y < bottom();
    }
    // The same rectangle shrunk by `d` on every side (never below zero size).
    Rect inset(double d) const {
        const double dx = std::min(d, w / 2.0), dy = std::min(d, h / 2.0);
        return {x + dx, y + dy, w - 2 * dx, h - 2 * dy};
    }
    friend bool operator==(const Rect&, const Rect&) = default;
};

// An sRGB colour with 8-bit channels.
struct Rgb {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 255;

    Rgb withAlpha(std::uint8_t alpha) const { return {r, g, b, alpha}; }
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// A window or image size in pixels.
struct Size {
    double w = 0.0;
    double h = 0.0;
    friend bool operator==(const Size&, const Size&) = default;
};

} // namespace nf::gui
