#include "app/gui/kit/Layout.hpp"

#include <algorithm>
#include <cmath>

namespace nf::gui {

unsigned quantizeCharSize(double size) {
    if (!(size > 1.0))
        return 1;
    const auto s = static_cast<unsigned>(std::floor(size));
    if (s <= 24)
        return s;
    if (s < 64)
        return s & ~1u;
    return s & ~7u;
}

unsigned fitCharSize(double boxW, double boxH, double widthPerPx, double heightPerPx,
                     unsigned maxSize) {
    double size = static_cast<double>(maxSize);
    if (widthPerPx > 0)
        size = std::min(size, boxW / widthPerPx);
    if (heightPerPx > 0)
        size = std::min(size, boxH / heightPerPx);
    return quantizeCharSize(size);
}

std::vector<Rect> splitRow(const Rect& a, int n, double gap) {
    std::vector<Rect> out;
    if (n <= 0)
        return out;
    const double w = std::max(0.0, (a.w - gap * (n - 1)) / n);
    for (int i = 0; i < n; ++i)
        out.push_back({a.x + i * (w + gap), a.y, w, a.h});
    return out;
}

std::vector<Rect> splitColumn(const Rect& a, int n, double gap) {
    std::vector<Rect> out;
    if (n <= 0)
        return out;
    const double h = std::max(0.0, (a.h - gap * (n - 1)) / n);
    for (int i = 0; i < n; ++i)
        out.push_back({a.x, a.y + i * (h + gap), a.w, h});
    return out;
}

Size layoutSize(Size window) {
    return {std::max(window.w, kMinWindow.w), std::max(window.h, kMinWindow.h)};
}

double toolbarHeight(Size window) {
    return std::clamp(window.h * 0.065, 34.0, 60.0);
}

unsigned minReadableSize(Size window) {
    return quantizeCharSize(std::ceil(layoutSize(window).h * 0.035));
}

DialogLayout layoutDialog(Size window, double above) {
    const Size s = layoutSize(window);
    DialogLayout D;
    const double w = std::min(s.w * 0.8, 900.0);
    double h = std::min(s.h * 0.6, 520.0);
    double top = (s.h - h) / 2;
    if (above > 0.0) {
        // Centred in the space over the line to keep clear, a small margin from both edges.
        const double margin = std::round(s.h * 0.02);
        h = std::min(h, above - 2 * margin);
        top = margin + (above - 2 * margin - h) / 2;
    }
    D.box = {(s.w - w) / 2, top, w, h};
    const Rect in = D.box.inset(std::round(h * 0.07));
    D.title = {in.x, in.y, in.w, in.h * 0.38};
    D.text = {in.x, D.title.bottom() + in.h * 0.04, in.w, in.h * 0.24};
    D.buttons = {in.x, in.bottom() - in.h * 0.22, in.w, in.h * 0.22};
    return D;
}

PageLayout layoutPage(Size window) {
    const Size s = layoutSize(window);
    PageLayout P;
    const double m = std::round(std::min(s.w, s.h) * 0.03);
    P.heading = {m, m, s.w - 2 * m, std::round(s.h * 0.1)};
    const double tb = toolbarHeight(s);
    P.toolbar = {m, s.h - m - tb, s.w - 2 * m, tb};
    P.body = {m, P.heading.bottom() + m * 0.5, s.w - 2 * m,
              P.toolbar.y - m - (P.heading.bottom() + m * 0.5)};
    return P;
}

PainStripLayout layoutPainStrip(const Rect& area, bool withSkip) {
    PainStripLayout P;
    const double gap = std::round(std::max(2.0, area.h * 0.06));
    P.label = {area.x, area.y, area.w, std::round(area.h * 0.4)};
    Rect row{area.x, P.label.bottom() + gap, area.w, area.bottom() - P.label.bottom() - gap};
    if (withSkip) {
        const double skipW = std::round(std::min(area.w * 0.2, row.h * 3.2));
        P.skip = {row.right() - skipW, row.y, skipW, row.h};
        row.w -= skipW + gap * 2;
    }
    // Square-ish numbers: a tall narrow button leaves no room for its digits.
    const double cellW = std::max(0.0, (row.w - gap * 10) / 11);
    const double h = std::min(row.h, std::round(cellW * 1.1));
    row.y += (row.h - h) / 2.0;
    row.h = h;
    if (withSkip) {
        P.skip.y = row.y;
        P.skip.h = h;
    }
    P.numbers = splitRow(row, 11, gap);
    return P;
}

PainStripLayout layoutPainRow(const Rect& area, double labelW) {
    PainStripLayout P;
    const double gap = std::round(std::max(2.0, area.h * 0.12));
    P.label = {area.x, area.y, std::min(labelW, area.w * 0.35), area.h};
    const double skipW = std::round(std::min(area.w * 0.15, area.h * 2.4));
    P.skip = {area.right() - skipW, area.y, skipW, area.h};
    const double x = P.label.right() + gap * 2;
    const Rect row{x, area.y, std::max(0.0, P.skip.x - gap * 2 - x), area.h};
    P.numbers = splitRow(row, 11, gap);
    return P;
}

double paragraphsHeight(const std::vector<std::string>& paragraphs, double width, unsigned size,
                        const TextMetrics& metrics) {
    const double lineH = metrics.lineHeight(size);
    double used = 0.0;
    for (const auto& p : paragraphs) {
        const auto lines =
            wrapWords(p, width, [&](const std::string& t) { return metrics.width(t, size); });
        used += static_cast<double>(lines.size()) * lineH + lineH * kParagraphGap;
    }
    return used;
}

} // namespace nf::gui
