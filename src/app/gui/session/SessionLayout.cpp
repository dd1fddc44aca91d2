#include "app/gui/session/SessionLayout.hpp"

#include <algorithm>
#include <cmath>

namespace nf::gui {

SessionLayout layoutSession(Size window, SessionMode mode, bool leadInPain) {
    const Size s = layoutSize(window);
    SessionLayout L;
    const double m = std::round(std::min(s.w, s.h) * 0.025);
    L.margin = m;
    const double barH = std::max(6.0, std::round(s.h * 0.012));
    L.sessionBar = {0, s.h - barH, s.w, barH};
    const double tb = toolbarHeight(s);
    L.toolbar = {m, L.sessionBar.y - m * 0.5 - tb, s.w - 2 * m, tb};
    const double leftW = std::min(L.toolbar.w * 0.16, 150.0);
    L.left = {L.toolbar.right() - leftW, L.toolbar.y, leftW, tb};
    L.toolbar.w -= leftW + m * 0.5;

    // The lead-in's "Get ready" gives a little height to the words under it.
    L.title = {m, m, s.w - 2 * m, std::round(s.h * (mode == SessionMode::LeadIn ? 0.13 : 0.155))};
    L.next = {m, L.toolbar.y - m * 0.5 - std::round(s.h * 0.065), s.w - 2 * m,
              std::round(s.h * 0.065)};
    L.info = {m, L.next.y - std::round(s.h * 0.085), s.w - 2 * m, std::round(s.h * 0.08)};

    // The middle: the figure (a square) on the left, the seconds on the right.
    const Rect middle{m, L.title.bottom() + m * 0.5, s.w - 2 * m,
                      L.info.y - m * 0.5 - (L.title.bottom() + m * 0.5)};
    // The rule: at least a third of the height. Flat-topped digits (2, 5, 7) are a little shorter
    // than round ones (3, 8), which set the box: 4 % more keeps every digit above the third.
    const double digitsH = std::ceil(s.h / 3.0 * 1.04) + 2.0;
    // The figure takes the middle's height and what two digits leave of its width (at most
    // half): the drawing is scaled to fill it (Theme::figure), and side views are wide.
    const double fig = std::max(0.0, std::min(middle.w * 0.5, middle.w - m - 1.9 * digitsH));
    const double holdH = std::max(10.0, std::round(s.h * 0.04));
    // The right panel is as wide as it needs for two digits, and the two are centred together.
    const double panelW = std::min(middle.w - fig - m, std::max(digitsH * 1.9, middle.w * 0.42));
    const double x0 = middle.x + std::max(0.0, (middle.w - fig - m - panelW) / 2.0);
    L.figure = {x0, middle.y, fig, middle.h};
    const Rect panel{L.figure.right() + m, middle.y, panelW, middle.h};

    if (mode == SessionMode::LeadIn) {
        // The words are what matters now: a smaller figure with the count under it on the left,
        // the text column as wide as the rest, the pain rating compact at its bottom.
        double countH = std::round(middle.h * 0.3);
        const double small =
            std::max(0.0, std::min(middle.h - countH - holdH - m, middle.w * 0.25));
        countH = std::min(countH, std::floor(small / 1.9)); // "10" fits the figure's width
        const double y0 = middle.y + std::max(0.0, (middle.h - small - countH - holdH - m) / 2.0);
        L.figure = {middle.x, y0, small, small};
        L.seconds = {middle.x, L.figure.bottom() + m * 0.5, small, countH};
        L.holdBar = {middle.x, L.seconds.bottom() + m * 0.5, small, holdH};
        const Rect column{L.figure.right() + m, middle.y, middle.w - small - m, middle.h};
        L.setup = column;
        if (leadInPain) {
            const double painH = std::round(std::min(column.h * 0.22, column.w * 0.16));
            L.pain = {column.x, column.bottom() - painH, column.w, painH};
            L.setup.h = std::max(0.0, L.pain.y - std::round(m * 0.75) - column.y);
        }
        return L;
    }
    const double block = digitsH + m + holdH;
    const double y = panel.y + std::max(0.0, (panel.h - block) / 2.0);
    L.seconds = {panel.x, y, panel.w, std::min(digitsH, panel.h - m - holdH)};
    L.holdBar = {panel.x, L.seconds.bottom() + m, panel.w, holdH};
    return L;
}

namespace {

// The gap between the set-up and the stop-if paragraphs, in lines (on top of a paragraph's own).
constexpr double kBlockGap = 0.2;

double leadInHeight(const std::vector<std::string>& setup, const std::vector<std::string>& stop,
                    double width, unsigned size, const TextMetrics& metrics) {
    const double gap = !setup.empty() && !stop.empty() ? metrics.lineHeight(size) * kBlockGap : 0.0;
    return paragraphsHeight(setup, width, size, metrics) + gap +
           paragraphsHeight(stop, width, size, metrics);
}

// Each quantized size from maxSize down to 4, largest first.
std::vector<unsigned> sizesDown(unsigned maxSize) {
    std::vector<unsigned> sizes;
    for (unsigned s = quantizeCharSize(maxSize); s >= 4; s = quantizeCharSize(s - 1.0))
        sizes.push_back(s);
    return sizes;
}

// The largest size in `sizes` (descending) at which the text fits the box, or 0.
unsigned largestFit(const std::vector<unsigned>& sizes, const Rect& box,
                    const std::vector<std::string>& setup, const std::vector<std::string>& stop,
                    const TextMetrics& metrics) {
    // Taller text never takes less room, so the sizes that fit are a tail of the list.
    std::size_t lo = 0, hi = sizes.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (leadInHeight(setup, stop, box.w, sizes[mid], metrics) <= box.h)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo < sizes.size() ? sizes[lo] : 0;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : " ") + l;
    return out;
}

} // namespace

LeadInText fitLeadInText(const Rect& box, const std::vector<std::string>& setup,
                         const std::vector<std::string>& stopIf, const std::string& reminder,
                         const std::string& shortReminder, const TextMetrics& metrics,
                         unsigned minSize, unsigned maxSize) {
    // What to show, longest first.
    std::vector<std::vector<std::string>> stops;
    auto with = [](std::vector<std::string> v, const std::string& extra) {
        if (!extra.empty())
            v.push_back(extra);
        return v;
    };
    stops.push_back(with(stopIf, reminder));
    if (!reminder.empty() && !shortReminder.empty() && shortReminder != reminder)
        stops.push_back(with(stopIf, shortReminder));
    const std::string shortest = reminder.empty()        ? std::string{}
                                 : shortReminder.empty() ? reminder
                                                         : shortReminder;
    if (stopIf.size() > 1) {
        stops.push_back(with({joined(stopIf)}, shortest));
        stops.push_back(with({stopIf.front()}, shortest));
    }

    const std::vector<unsigned> sizes = sizesDown(std::max(maxSize, minSize));
    LeadInText out;
    out.setup = setup;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const unsigned size = largestFit(sizes, box, setup, stops[i], metrics);
        const bool last = i + 1 == stops.size();
        if (size >= minSize || last) {
            out.stop = stops[i];
            out.size = size > 0 ? size : 4;
            out.shortened = i > 0;
            break;
        }
    }
    const double lineH = metrics.lineHeight(out.size);
    const double setupH = paragraphsHeight(out.setup, box.w, out.size, metrics);
    out.setupBox = {box.x, box.y, box.w, std::min(setupH, box.h)};
    const double stopY = out.setup.empty() ? box.y : out.setupBox.bottom() + lineH * kBlockGap;
    out.stopBox = {box.x, stopY, box.w, std::max(0.0, box.bottom() - stopY)};
    return out;
}

SummaryLayout layoutSummary(Size window, bool withPain) {
    const PageLayout P = layoutPage(window);
    SummaryLayout L;
    L.heading = P.heading;
    L.toolbar = P.toolbar;
    const Rect& b = P.body;
    L.routine = {b.x, b.y, b.w, std::round(b.h * 0.12)};
    double bottom = b.bottom();
    if (withPain) {
        // The rating is the one thing to do here: wide numbers, big enough to click from a chair.
        const double h = std::round(b.h * 0.34);
        L.pain = {b.x + b.w * 0.04, b.bottom() - h, b.w * 0.92, h};
        bottom = L.pain.y - std::round(b.h * 0.05);
    }
    const double top = L.routine.bottom() + std::round(b.h * 0.03);
    L.lines = {b.x + b.w * 0.1, top, b.w * 0.8, std::max(0.0, bottom - top)};
    return L;
}

} // namespace nf::gui
