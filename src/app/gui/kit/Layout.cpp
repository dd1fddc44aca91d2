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

double toolbarHeight(Size s) {
    return std::clamp(s.h * 0.065, 34.0, 60.0);
}

unsigned minReadableSize(Size window) {
    return quantizeCharSize(std::ceil(layoutSize(window).h * 0.035));
}

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

} // namespace nf::gui
