#include "app/gui/home/HomeLayout.hpp"

#include <algorithm>
#include <cmath>

namespace nf::gui {

namespace {

HomeRow homeRow(const Rect& row, bool full) {
    HomeRow r;
    r.row = row;
    const Rect in = row.inset(std::round(row.h * (full ? 0.1 : 0.12)));
    const double top = full ? std::round(in.h * 0.52) : in.h;
    if (full) {
        r.name = {in.x, in.y, in.w * 0.68, top};
        r.length = {in.x + in.w * 0.68, in.y, in.w * 0.32, top};
        r.dose = {in.x, in.y + top, in.w, in.h - top};
        return r;
    }
    // A one-line row has no dose line: today's plan goes between the name and the length.
    r.name = {in.x, in.y, in.w * 0.45, top};
    r.plan = {in.x + in.w * 0.47, in.y, in.w * 0.31, top};
    r.length = {in.x + in.w * 0.78, in.y, in.w * 0.22, top};
    return r;
}

} // namespace

HomeLayout layoutHome(Size window, int routineCount, int historyBands, int selected) {
    const Size s = layoutSize(window);
    HomeLayout H;
    const double m = std::round(std::min(s.w, s.h) * 0.03);
    const double headH = std::round(s.h * (historyBands > 0 ? 0.09 : 0.11));
    H.heading = {m, m, std::round((s.w - 2 * m) * 0.42), headH};
    const Rect actions{H.heading.right() + m, m, s.w - 2 * m - H.heading.w - m, headH};
    H.actions = splitRow(actions, 2, std::round(m * 0.5));
    H.subheading = {m, H.heading.bottom(), s.w - 2 * m, std::round(s.h * 0.045)};
    const double tb = toolbarHeight(s);
    H.toolbar = {m, s.h - m - tb, s.w - 2 * m, tb};
    double top = H.subheading.bottom() + m;
    if (historyBands >= 1) {
        H.status = {m, top, s.w - 2 * m, std::round(s.h * 0.14)};
        top = H.status.bottom() + std::round(m * 0.4);
    }
    if (historyBands >= 2) {
        H.advice = {m, top, s.w - 2 * m, std::round(s.h * 0.125)};
        top = H.advice.bottom() + std::round(m * 0.4);
    }
    const Rect list{m, top, s.w - 2 * m, std::max(0.0, H.toolbar.y - m - top)};
    const double gap = std::round(m * 0.4);
    const int n = std::max(routineCount, 0);
    if (n == 0)
        return H;
    const int sel = std::clamp(selected, 0, n - 1);
    const double fullH = std::round(s.h * 0.12);
    const double lineH = std::round(s.h * 0.07);
    if (n * fullH + (n - 1) * gap <= list.h) {
        // Room for every dose: rows share the list, up to a comfortable height.
        const double h = std::min((list.h - gap * (n - 1)) / n, std::max(s.h * 0.14, fullH));
        for (int i = 0; i < n; ++i)
            H.rows.push_back(homeRow({list.x, list.y + i * (h + gap), list.w, h}, true));
        return H;
    }
    // The chosen row full, the rest one line each; as many as fit, the choice among them.
    int shown = n;
    if (fullH + (n - 1) * (lineH + gap) > list.h) {
        const double room = list.h - lineH - gap; // less the "more" line
        shown = std::max(1, 1 + static_cast<int>(std::floor((room - fullH) / (lineH + gap))));
        shown = std::min(shown, n);
    }
    const int first = std::clamp(sel - (shown - 1) / 2, 0, n - shown);
    double y = list.y;
    for (int i = 0; i < n; ++i) {
        if (i < first || i >= first + shown) {
            H.rows.push_back({});
            continue;
        }
        const double h = i == sel ? fullH : lineH;
        H.rows.push_back(homeRow({list.x, y, list.w, h}, i == sel));
        y += h + gap;
    }
    if (shown < n) {
        H.hiddenAbove = first;
        H.hiddenBelow = n - first - shown;
        H.more = {list.x, y, list.w, lineH};
    }
    return H;
}

HomeStatusLayout layoutHomeStatus(const Rect& band, int target) {
    HomeStatusLayout L;
    const double pad = std::round(band.h * 0.12);
    const Rect in = band.inset(pad);
    const double buttonW = std::round(std::min(band.w * 0.2, in.h * 3.2));
    // Tall enough for a 14 px label (0.42 of the height), as every button row.
    const double buttonH = std::round(std::min(in.h, std::max(in.h * 0.6, 34.0)));
    L.history = {band.right() - pad - buttonW, in.y + (in.h - buttonH) / 2.0, buttonW, buttonH};
    const int n = std::clamp(target, 1, 10);
    // Dots about half the band's inner height, so ten still leave room for the words.
    const double d = std::min(std::round(in.h * 0.5), std::floor(band.w * 0.25 / n));
    const double gap = std::round(d * 0.25);
    for (int i = 0; i < n; ++i)
        L.pips.push_back({in.x + i * (d + gap), in.y + (in.h - d) / 2.0, d, d});
    const double textX = in.x + n * (d + gap) + gap;
    const double textW = std::max(0.0, L.history.x - pad - textX);
    L.today = {textX, in.y, textW, std::round(in.h * 0.58)};
    L.details = {textX, L.today.bottom(), textW, in.bottom() - L.today.bottom()};
    return L;
}

AdviceLayout layoutAdvice(const Rect& band, bool withButton) {
    AdviceLayout L;
    const double pad = std::round(band.h * 0.08);
    const Rect in = band.inset(pad);
    double textW = in.w;
    if (withButton) {
        const double w = std::round(std::min(band.w * 0.26, in.h * 6.0));
        L.button = {in.right() - w, in.y, w, in.h};
        textW = std::max(0.0, L.button.x - pad - in.x);
    }
    L.text = {in.x + pad, in.y, std::max(0.0, textW - pad), in.h};
    return L;
}

} // namespace nf::gui
