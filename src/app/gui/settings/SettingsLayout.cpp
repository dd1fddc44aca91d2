#include "app/gui/settings/SettingsLayout.hpp"

#include <algorithm>
#include <cmath>

namespace nf::gui {

SettingsLayout layoutSettings(Size window, int routines, int rows, double valueShare) {
    const Size s = layoutSize(window);
    SettingsLayout L;
    const double m = std::round(std::min(s.w, s.h) * 0.03);
    L.heading = {m, m, s.w - 2 * m, std::round(s.h * 0.09)};
    const double tb = toolbarHeight(s);
    L.toolbar = {m, s.h - m - tb, s.w - 2 * m, tb};
    L.note = {m, L.toolbar.y - m * 0.5 - std::round(s.h * 0.045), s.w - 2 * m,
              std::round(s.h * 0.045)};
    const Rect body{m, L.heading.bottom() + m * 0.5, s.w - 2 * m,
                    L.note.y - m * 0.5 - (L.heading.bottom() + m * 0.5)};
    const double tabsW = std::round(body.w * 0.3);
    const double gap = std::round(m * 0.3);
    const int nt = std::max(routines, 1);
    const double tabH = std::min((body.h - gap * (nt - 1)) / nt, std::max(s.h * 0.1, 44.0));
    for (int i = 0; i < routines; ++i)
        L.tabs.push_back({body.x, body.y + i * (tabH + gap), tabsW, tabH});
    const Rect right{body.x + tabsW + m, body.y, body.w - tabsW - m, body.h};
    const int nr = std::max(rows, 1);
    const double rowH = std::min((right.h - gap * (nr - 1)) / nr, std::max(s.h * 0.11, 44.0));
    for (int i = 0; i < rows; ++i) {
        SettingsRowLayout r;
        r.row = {right.x, right.y + i * (rowH + gap), right.w, rowH};
        const double btn = std::min(rowH, r.row.w * 0.14);
        r.plus = {r.row.right() - btn, r.row.y, btn, rowH};
        r.value = {r.plus.x - gap - r.row.w * valueShare, r.row.y, r.row.w * valueShare, rowH};
        r.minus = {r.value.x - gap - btn, r.row.y, btn, rowH};
        r.label = {r.row.x + gap * 2, r.row.y, r.minus.x - gap * 3 - r.row.x, rowH};
        L.rows.push_back(r);
    }
    return L;
}

} // namespace nf::gui
