#pragma once

#include "app/gui/kit/Layout.hpp"

#include <string>
#include <vector>

namespace nf::gui {

// Where the settings screen puts each element (pure arithmetic, tested without a display).

// The settings screen: the routines as tabs on the left, one row per value on the right.
struct SettingsRowLayout {
    Rect row, label, minus, value, plus;
};
struct SettingsLayout {
    Rect heading;
    std::vector<Rect> tabs;
    std::vector<SettingsRowLayout> rows;
    Rect note;
    Rect toolbar;
};
// valueShare: the part of a row's width the value takes (the sound tab's values are words).
SettingsLayout layoutSettings(Size window, int routines, int rows, double valueShare = 0.26);

} // namespace nf::gui
