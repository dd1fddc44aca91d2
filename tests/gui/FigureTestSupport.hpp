#pragma once

#include "app/gui/figures/Figure.hpp"

#include <cmath>
#include <numbers>

namespace nf::gui {

// The foot's angle to the shin, in degrees: 90 is square, larger is the toes pointed, smaller
// the toes pulled up.
inline double ankleAngle(const Joints& j) {
    const Vec2 shin = j.knee - j.ankle, foot = j.toe - j.ankle;
    return std::acos((shin.x * foot.x + shin.y * foot.y) /
                     (std::hypot(shin.x, shin.y) * std::hypot(foot.x, foot.y))) *
           180.0 / std::numbers::pi;
}

} // namespace nf::gui
