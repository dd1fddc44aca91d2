#include "app/report/PdfReport.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace nf {
namespace {

// A4 in points, with margins wide enough for a hole punch and a clinic's stamp.
constexpr double kPageWidth = 595.0;
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 42.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kFooterSpace = 24.0;

struct Rgb {
    double r, g, b;
};
// The chart's colours are the window chart's (orange and blue, apart for colour-blind eyes too).
constexpr Rgb kText{0.12, 0.12, 0.12};
constexpr Rgb kMuted{0.43, 0.43, 0.43};
constexpr Rgb kRule{0.85, 0.85, 0.85};
constexpr Rgb kPainBefore{230 / 255.0, 159 / 255.0, 0};
constexpr Rgb kPainAfter{0, 114 / 255.0, 178 / 255.0};
constexpr Rgb kDone{0, 158 / 255.0, 115 / 255.0};
constexpr Rgb kPartly{0.62, 0.85, 0.76};
constexpr Rgb kAmber{1.0, 0.93, 0.80};
constexpr Rgb kWorse{213 / 255.0, 94 / 255.0, 0};

constexpr const char* kFamily = "DejaVu Sans";

// The PDF's pages with a cursor running down them: text, tables and charts are placed below
// the last, and a new page starts when the next piece would not fit.
class Pages {
  public:
    explicit Pages(std::string* out) {
        m_surface =
            cairo_pdf_surface_create_for_stream(&Pages::append, out, kPageWidth, kPageHeight);
        m_cr = cairo_create(m_surface);
        m_y = kMargin;
    }
    ~Pages() {
        if (m_cr)
            cairo_destroy(m_cr);
        if (m_surface)
            cairo_surface_destroy(m_surface);
    }
    Pages(const Pages&) = delete;
    Pages& operator=(const Pages&) = delete;

    cairo_t* cr() { return m_cr; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    void setFooter(std::string text) { m_footer = std::move(text); }

    // Room for `height` more points on this page, else a new page.
    void need(double height) {
        if (m_y + height > kPageHeight - kMargin - kFooterSpace && m_y > kMargin)
            newPage();
    }
    void newPage() {
        footer();
        cairo_show_page(m_cr);
        ++m_page;
        m_y = kMargin;
    }

    // Ends the document; throws when cairo failed anywhere on the way.
    void finish() {
        footer();
        cairo_destroy(m_cr);
        m_cr = nullptr;
        cairo_surface_finish(m_surface);
        const cairo_status_t status = cairo_surface_status(m_surface);
        cairo_surface_destroy(m_surface);
        m_surface = nullptr;
        if (status != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("cannot draw the report: ") +
                                     cairo_status_to_string(status));
    }

    // A laid-out piece of text `width` wide, wrapped at words.
    PangoLayout* layout(const std::string& text, double size, bool bold, double width) {
        PangoLayout* l = pango_cairo_create_layout(m_cr);
        PangoFontDescription* font = pango_font_description_new();
        pango_font_description_set_family(font, kFamily);
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        pango_layout_set_font_description(l, font);
        pango_font_description_free(font);
        pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(l, text.c_str(), -1);
        return l;
    }

    static double height(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(h) / PANGO_SCALE;
    }

    void colour(Rgb c) { cairo_set_source_rgb(m_cr, c.r, c.g, c.b); }

    // Draws the text at (x, y) and returns its height.
    double text(const std::string& s, double x, double y, double size, bool bold, double width,
                const Rgb& c = kText) {
        PangoLayout* l = layout(s, size, bold, width);
        colour(c);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, l);
        const double h = height(l);
        g_object_unref(l);
        return h;
    }

    // A paragraph at the cursor, moved on past it.
    void paragraph(const std::string& s, double size, bool bold = false, const Rgb& c = kText) {
        PangoLayout* l = layout(s, size, bold, kContentWidth);
        const double h = height(l);
        g_object_unref(l);
        need(h);
        m_y += text(s, kMargin, m_y, size, bold, kContentWidth, c);
    }

  private:
    static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    }

    void footer() {
        const std::string line = m_footer + " \u2022 page " + std::to_string(m_page);
        text(line, kMargin, kPageHeight - kMargin, 7.5, false, kContentWidth, kMuted);
    }

    cairo_surface_t* m_surface = nullptr;
    cairo_t* m_cr = nullptr;
    double m_y = 0;
    int m_page = 1;
    std::string m_footer;
};

constexpr double kTableSize = 8.0;
constexpr double kCellPad = 3.0;

// How a table row is drawn: the header in bold, an alert (an urgent sign) in bold and the
// warning colour, so it is the first thing a clinician sees on the page.
enum class RowStyle { Header, Plain, Alert };

double rowHeight(Pages& pages, const std::vector<std::string>& cells,
                 const std::vector<double>& widths, RowStyle style) {
    double h = 0;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        PangoLayout* l = pages.layout(cells[i], kTableSize, style != RowStyle::Plain,
                                      widths[i] * kContentWidth - 2 * kCellPad);
        h = std::max(h, Pages::height(l));
        g_object_unref(l);
    }
    return h + 2 * kCellPad;
}

void drawRow(Pages& pages, const std::vector<std::string>& cells, const std::vector<double>& widths,
             RowStyle style) {
    const double h = rowHeight(pages, cells, widths, style);
    double x = kMargin;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        const double w = widths[i] * kContentWidth;
        pages.text(cells[i], x + kCellPad, pages.y() + kCellPad, kTableSize,
                   style != RowStyle::Plain, w - 2 * kCellPad,
                   style == RowStyle::Alert ? kWorse : kText);
        x += w;
    }
    pages.advance(h);
    pages.colour(kRule);
    cairo_set_line_width(pages.cr(), style == RowStyle::Header ? 0.9 : 0.4);
    cairo_move_to(pages.cr(), kMargin, pages.y());
    cairo_line_to(pages.cr(), kMargin + kContentWidth, pages.y());
    cairo_stroke(pages.cr());
}

// The header is drawn again at the top of each page the table runs on to.
void drawTable(Pages& pages, const ReportTable& table) {
    if (table.rows.empty())
        return;
    const double header = rowHeight(pages, table.header, table.widths, RowStyle::Header);
    pages.need(header + rowHeight(pages, table.rows.front(), table.widths, RowStyle::Plain));
    drawRow(pages, table.header, table.widths, RowStyle::Header);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool alert =
            std::find(table.alerts.begin(), table.alerts.end(), r) != table.alerts.end();
        const RowStyle style = alert ? RowStyle::Alert : RowStyle::Plain;
        const double h = rowHeight(pages, table.rows[r], table.widths, style);
        if (pages.y() + h > kPageHeight - kMargin - kFooterSpace) {
            pages.newPage();
            drawRow(pages, table.header, table.widths, RowStyle::Header);
        }
        drawRow(pages, table.rows[r], table.widths, style);
    }
}

void sectionTitle(Pages& pages, const std::string& title) {
    pages.need(60); // a title never sits alone at the foot of a page
    pages.advance(8);
    pages.paragraph(title, 11.5, true);
    pages.advance(3);
}

void drawSection(Pages& pages, const ReportSection& s) {
    sectionTitle(pages, s.title);
    for (const std::string& note : s.notes)
        pages.paragraph(note, 8.5);
    if (!s.notes.empty())
        pages.advance(3);
    drawTable(pages, s.table);
}

std::string shortDate(Date d) {
    return std::to_string(static_cast<unsigned>(d.day())) + "/" +
           std::to_string(static_cast<unsigned>(d.month()));
}

// The calendar strip: one row of day cells for each routine of the plan, filled by how much of
// the day's plan was done (full, part, or a session of an every-N-days or as-wanted routine).
void drawAdherence(Pages& pages, const Report& report) {
    if (report.adherence.empty() || report.days.empty())
        return;
    sectionTitle(pages, "Done against the plan");
    const double label = 110.0;
    const std::size_t days = report.days.size();
    const double cell = std::min(16.0, (kContentWidth - label) / static_cast<double>(days));
    const double rowH = std::min(14.0, std::max(cell, 8.0));
    pages.need(static_cast<double>(report.adherence.size()) * (rowH + 3) + 16);
    cairo_t* cr = pages.cr();
    for (const AdherenceRow& row : report.adherence) {
        const double y = pages.y();
        pages.text(row.name, kMargin, y + 1, 8, false, label - 4);
        for (std::size_t d = 0; d < days && d < row.done.size(); ++d) {
            const double x = kMargin + label + static_cast<double>(d) * cell;
            const int n = row.done[d];
            const bool full = row.wantedPerDay == 0 ? n > 0 : n >= row.wantedPerDay;
            if (n > 0) {
                pages.colour(full ? kDone : kPartly);
                cairo_rectangle(cr, x + 0.5, y + 0.5, cell - 1, rowH - 1);
                cairo_fill(cr);
            }
            pages.colour(kRule);
            cairo_set_line_width(cr, 0.5);
            cairo_rectangle(cr, x + 0.5, y + 0.5, cell - 1, rowH - 1);
            cairo_stroke(cr);
            if (n > 0 && cell >= 9)
                pages.text(std::to_string(n), x + cell / 2 - 2.2, y + rowH / 2 - 4.5, 6.5, false,
                           cell, {1, 1, 1});
        }
        pages.advance(rowH + 3);
    }
    // Dates under the strip: the first day, each Monday-like step of a week, and the last.
    const double y = pages.y();
    for (std::size_t d = 0; d < days; d += 7)
        pages.text(shortDate(report.days[d].day), kMargin + label + static_cast<double>(d) * cell,
                   y, 6.5, false, 40, kMuted);
    pages.advance(12);
    for (const AdherenceRow& row : report.adherence)
        pages.paragraph(row.line, 8.5);
    pages.paragraph(
        "A filled day: the day's plan done (the number is the sessions); a light day: part of it.",
        7.5, false, kMuted);
}

// Pain before and after per day (0-10), amber days shaded, and the next morning's answer under
// each day: + better, = the same, - worse.
void drawPainChart(Pages& pages, const Report& report) {
    if (report.days.empty())
        return;
    sectionTitle(pages, "Pain before and after sessions (0-10), and the mornings after");
    const double chartH = 115.0;
    pages.need(chartH + 40);
    cairo_t* cr = pages.cr();
    const double left = kMargin + 22, right = kMargin + kContentWidth - 4;
    const double top = pages.y() + 4, bottom = top + chartH;
    const std::size_t n = report.days.size();
    const double step = (right - left) / static_cast<double>(n);
    auto xOf = [&](std::size_t i) { return left + step * (static_cast<double>(i) + 0.5); };
    auto yOf = [&](double pain) { return bottom - pain / 10.0 * chartH; };

    for (std::size_t i = 0; i < n; ++i)
        if (report.days[i].amber) {
            pages.colour(kAmber);
            cairo_rectangle(cr, left + step * static_cast<double>(i), top, step, chartH);
            cairo_fill(cr);
        }
    cairo_set_line_width(cr, 0.4);
    for (int p = 0; p <= 10; p += 2) {
        pages.colour(kRule);
        cairo_move_to(cr, left, yOf(p));
        cairo_line_to(cr, right, yOf(p));
        cairo_stroke(cr);
        pages.text(std::to_string(p), kMargin, yOf(p) - 5, 7, false, 20, kMuted);
    }
    auto series = [&](auto value, const Rgb& c) {
        pages.colour(c);
        cairo_set_line_width(cr, 1.6);
        bool open = false;
        for (std::size_t i = 0; i < n; ++i) {
            const std::optional<double> v = value(report.days[i]);
            if (!v) {
                open = false; // a day without ratings breaks the line rather than inventing one
                continue;
            }
            if (open)
                cairo_line_to(cr, xOf(i), yOf(*v));
            else
                cairo_move_to(cr, xOf(i), yOf(*v));
            open = true;
        }
        cairo_stroke(cr);
        for (std::size_t i = 0; i < n; ++i)
            if (const std::optional<double> v = value(report.days[i])) {
                cairo_arc(cr, xOf(i), yOf(*v), 2.4, 0, 6.2832);
                cairo_fill(cr);
            }
    };
    series([](const ReportDay& d) { return d.painBefore; }, kPainBefore);
    series([](const ReportDay& d) { return d.painAfter; }, kPainAfter);

    for (std::size_t i = 0; i < n; ++i) {
        if (!report.days[i].morning)
            continue;
        const MorningCheck m = *report.days[i].morning;
        pages.text(m == MorningCheck::Better ? "+"
                   : m == MorningCheck::Same ? "="
                                             : "\u2212",
                   xOf(i) - 2.5, bottom + 2, 8, true, 10,
                   m == MorningCheck::Worse    ? kWorse
                   : m == MorningCheck::Better ? kDone
                                               : kMuted);
    }
    for (std::size_t i = 0; i < n; i += 7)
        pages.text(shortDate(report.days[i].day), xOf(i) - 6, bottom + 13, 6.5, false, 40, kMuted);
    pages.advance(chartH + 28);

    // The legend, in words and colours.
    double x = kMargin;
    const double y = pages.y();
    auto key = [&](const Rgb& c, const std::string& label, double width) {
        pages.colour(c);
        cairo_rectangle(cr, x, y + 2, 9, 7);
        cairo_fill(cr);
        pages.text(label, x + 12, y, 7.5, false, width - 12);
        x += width;
    };
    key(kPainBefore, "pain before", 75);
    key(kPainAfter, "pain after", 70);
    key(kAmber, "amber day", 70);
    pages.text("under a day: the next morning + better, = the same, \u2212 worse", x, y, 7.5, false,
               kContentWidth - (x - kMargin), kMuted);
    pages.advance(14);
}

// The bothersomeness totals (0-24) as bars, so a trend, or the lack of one, shows at a glance.
void drawSbiChart(Pages& pages, const Report& report) {
    if (report.sbi.size() < 2)
        return;
    const double chartH = 48.0, barW = 22.0;
    pages.need(chartH + 24);
    cairo_t* cr = pages.cr();
    const double top = pages.y() + 4, bottom = top + chartH;
    for (std::size_t i = 0; i < report.sbi.size() && i < 20; ++i) {
        const double x = kMargin + 22 + static_cast<double>(i) * (barW + 6);
        const double h = report.sbi[i].total() / 24.0 * chartH;
        pages.colour(kPainAfter);
        cairo_rectangle(cr, x, bottom - h, barW, h);
        cairo_fill(cr);
        pages.text(std::to_string(report.sbi[i].total()), x + 5, bottom - h - 10, 7, false, barW,
                   kText);
        pages.text(shortDate(report.sbi[i].day), x, bottom + 2, 6.5, false, barW + 6, kMuted);
    }
    pages.colour(kRule);
    cairo_move_to(cr, kMargin + 18, bottom);
    cairo_line_to(cr, kMargin + kContentWidth, bottom);
    cairo_stroke(cr);
    pages.advance(chartH + 18);
}

void loadFonts(const std::vector<std::filesystem::path>& files) {
    // Once per process: fontconfig keeps the application fonts in its current configuration.
    static bool done = false;
    if (done)
        return;
    done = true;
    for (const auto& f : files)
        FcConfigAppFontAddFile(FcConfigGetCurrent(), reinterpret_cast<const FcChar8*>(f.c_str()));
}

} // namespace

std::string renderReportPdf(const Report& report,
                            const std::vector<std::filesystem::path>& fontFiles) {
    loadFonts(fontFiles);
    std::string out;
    {
        Pages pages(&out);
        pages.setFooter(report.title + " \u2022 " + report.subtitle);
        pages.paragraph(report.title, 17, true);
        pages.advance(2);
        pages.paragraph(report.subtitle, 9, false, kMuted);
        pages.paragraph("Recorded by the person with nervefloss, a home exercise coach; the "
                        "numbers are their own "
                        "ratings and the sessions the program timed.",
                        8, false, kMuted);
        drawSection(pages, report.plan);
        drawAdherence(pages, report);
        drawPainChart(pages, report);
        for (const ReportSection& s : report.sections) {
            drawSection(pages, s);
            if (s.chart == ReportChart::SbiTotals)
                drawSbiChart(pages, report);
        }
        pages.finish();
    }
    return out;
}

} // namespace nf
