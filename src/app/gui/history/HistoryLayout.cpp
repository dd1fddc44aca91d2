#include "app/gui/history/HistoryLayout.hpp"

#include <algorithm>
#include <cmath>

namespace nf::gui {

HistoryLayout layoutHistory(Size window, int sessionRows, int checkInLines) {
    const Size s = layoutSize(window);
    HistoryLayout H;
    const double m = std::round(std::min(s.w, s.h) * 0.03);
    H.heading = {m, m, s.w * 0.4 - m, std::round(s.h * 0.09)};
    H.status = {H.heading.right() + m, m, s.w - H.heading.right() - 2 * m, H.heading.h};
    const double tb = toolbarHeight(s);
    H.toolbar = {m, s.h - m - tb, s.w - 2 * m, tb};
    const int n = std::max(sessionRows, 0);
    // Rows' words are 0.62 of the row: 23 px keeps them at 14 px or more.
    const double rowH = std::round(std::clamp(s.h * 0.04, 23.0, 48.0));
    const double gap = std::round(rowH * 0.15);
    const double listH = n > 0 ? n * rowH + (n - 1) * gap : 0.0;
    const double listTop = H.toolbar.y - m * 0.6 - listH;
    for (int i = 0; i < n; ++i)
        H.rows.push_back({m, listTop + i * (rowH + gap), s.w - 2 * m, rowH});
    // The check-in lines sit on the list, as tall as its rows.
    const int c = std::max(checkInLines, 0);
    const double linesTop = (n > 0 ? listTop - m * 0.6 : H.toolbar.y - m * 0.6) - c * (rowH + gap);
    for (int i = 0; i < c; ++i)
        H.checkIns.push_back({m, linesTop + i * (rowH + gap), s.w - 2 * m, rowH});
    const double chartTop = H.heading.bottom() + m * 0.4;
    const double chartBottom =
        c > 0 ? linesTop - m * 0.4 : (n > 0 ? listTop - m * 0.6 : H.toolbar.y - m * 0.6);
    H.chart = {m, chartTop, s.w - 2 * m, std::max(0.0, chartBottom - chartTop)};
    return H;
}

MorningLayout layoutMorning(Size window) {
    const PageLayout P = layoutPage(window);
    MorningLayout M;
    M.toolbar = P.toolbar;
    const Rect& b = P.body;
    M.question = {P.heading.x, P.heading.y, P.heading.w, P.heading.h + b.h * 0.12};
    M.note = {b.x, M.question.bottom() + b.h * 0.02, b.w, std::round(b.h * 0.09)};
    const double top = M.note.bottom() + b.h * 0.06;
    M.answers = splitRow({b.x, top, b.w, b.bottom() - top}, 3, std::round(b.w * 0.03));
    return M;
}

} // namespace nf::gui
