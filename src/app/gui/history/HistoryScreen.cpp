#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "app/PlanFile.hpp"
#include "app/chart/HistoryChart.hpp"
#include "app/gui/history/CheckInFlow.hpp"
#include "app/gui/history/HistoryLayout.hpp"
#include "app/gui/history/HistoryModel.hpp"
#include "app/gui/history/HistoryScreens.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/report/ClinicianReport.hpp"
#include "core/Report.hpp"

#include <SFML/Window/Keyboard.hpp>

#include <algorithm>
#include <array>

namespace nf::gui {
namespace {

constexpr int kChartDays = 30;
// Sessions shown at once under the chart (the list scrolls to all): fewer in a low window, where
// the chart needs the height to keep its words readable.
int listedFor(Size window) {
    return layoutSize(window).h < 600 ? 3 : 5;
}

// The progress chart over the last 30 days (pain before and after, sessions per day against
// the target) drawn by the chart library, and the most recent sessions in words. It reads the
// history once when opened: a static page, painted only when the window asks.
class HistoryScreen final : public Screen {
  public:
    HistoryScreen(const HistoryStore& store, const AppContext& context)
        : m_store(store), m_context(context), m_today(localToday()),
          m_target(context.settings.dailyFlossTarget) {
        try {
            m_days = store.dailyStats(m_today, kChartDays);
            m_recent = store.sessions();
            m_status = store.homeStatus(m_today, m_target);
            const auto scores = store.sbiScores();
            if (const std::string line = sbiHistoryLine(scores, m_today); !line.empty())
                m_checkIns.push_back(line);
            m_advice = sbiHistoryAdvice(scores);
        } catch (const HistoryError& e) {
            m_problem = e.what();
        }
        std::reverse(m_recent.begin(), m_recent.end()); // newest first
    }

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (const auto a = actionFor(keyMap(KeyScreen::History), key.code, key.shift))
            onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            onButton(static_cast<int>(HistoryAction::Help), host);
    }
    void onWheel(int steps, ScreenHost&) override { scroll(-steps); }
    void onButton(int a, ScreenHost& host) override {
        switch (static_cast<HistoryAction>(a)) {
        case HistoryAction::Back:
            host.pop();
            break;
        case HistoryAction::FullScreen:
            host.toggleFullscreen();
            break;
        case HistoryAction::Help:
            host.push(makeHelpScreen(KeyScreen::History));
            break;
        case HistoryAction::Up:
            scroll(-1);
            break;
        case HistoryAction::Down:
            scroll(1);
            break;
        case HistoryAction::PageUp:
            scroll(-m_listed);
            break;
        case HistoryAction::PageDown:
            scroll(m_listed);
            break;
        case HistoryAction::Report:
            writeReport();
            break;
        }
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        m_listed = listedFor(host.size());
        scroll(0);
        const int rows =
            m_recent.empty() ? 1 : std::min(m_listed, static_cast<int>(m_recent.size()));
        const int checkInLines = static_cast<int>(m_checkIns.size()) + (m_advice ? 1 : 0);
        const HistoryLayout L = layoutHistory(host.size(), rows, checkInLines);
        th.text(target, "History", L.heading, sc.foreground, Weight::Bold, Align::Left);
        std::string status = m_problem;
        if (m_status) {
            status = targetLine(*m_status);
            if (const std::string streak = streakLine(*m_status); !streak.empty())
                status += "   \xC2\xB7   " + streak;
        }
        // Once asked for, where the report went (or why not) takes the status's place.
        if (!m_reportLine.empty())
            status = m_reportLine;
        const bool problem = !m_problem.empty() || m_reportFailed;
        th.text(target, status, L.status, problem ? palette::kWarn : sc.foreground, Weight::Regular,
                Align::Right, quantizeCharSize(L.status.h * 0.42));

        ChartStyle style = ChartStyle::dark();
        style.background = toSf(sc.background);
        style.onText = [&th](const sf::Text& t) { th.recordInk(t); };
        drawHistoryChart(
            target,
            sf::FloatRect(static_cast<float>(L.chart.x), static_cast<float>(L.chart.y),
                          static_cast<float>(L.chart.w), static_cast<float>(L.chart.h)),
            ChartData{m_days, m_target}, th.font(Weight::Regular), style, &th.font(Weight::Bold));
        paintList(target, th, sc, L);
        // The bothersomeness over time in words, at the list's size; the advice under it in amber.
        for (std::size_t i = 0; i < m_checkIns.size() && i < L.checkIns.size(); ++i)
            th.text(target, m_checkIns[i], L.checkIns[i], sc.foreground, Weight::Regular,
                    Align::Left, quantizeCharSize(L.checkIns[i].h * 0.62));
        if (m_advice && L.checkIns.size() > m_checkIns.size()) {
            const Rect& a = L.checkIns[m_checkIns.size()];
            th.text(target, *m_advice, a, palette::kWarn, Weight::Bold, Align::Left,
                    quantizeCharSize(a.h * 0.62));
        }
        m_buttons.clear();
        const auto cells = splitRow(L.toolbar, 4, L.toolbar.h * 0.3);
        if (static_cast<int>(m_recent.size()) > m_listed) {
            const int last = std::min(m_first + m_listed, static_cast<int>(m_recent.size()));
            th.text(target,
                    std::to_string(m_first + 1) + "-" + std::to_string(last) + " of " +
                        std::to_string(m_recent.size()) + " (Up, Down)",
                    cells[0], sc.muted, Weight::Regular, Align::Left);
        }
        m_buttons.push_back({cells[1], "Report (W)", static_cast<int>(HistoryAction::Report)});
        m_buttons.push_back({cells[2], host.fullscreen() ? "Window (F)" : "Full screen (F)",
                             static_cast<int>(HistoryAction::FullScreen)});
        m_buttons.push_back({cells[3], "Back (Esc)", static_cast<int>(HistoryAction::Back)});
        paintButtons(target, th, sc, 0, m_buttons.size());
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 History"; }

  private:
    void paintList(sf::RenderTarget& target, const Theme& th, const Scheme& sc,
                   const HistoryLayout& L) const {
        if (m_recent.empty()) {
            th.text(target, "No sessions recorded yet: every session you do is kept here.",
                    L.rows[0], sc.muted, Weight::Regular, Align::Left);
            return;
        }
        const unsigned size = quantizeCharSize(L.rows[0].h * 0.62);
        std::vector<SessionRow> rows;
        for (std::size_t i = 0;
             i + static_cast<std::size_t>(m_first) < m_recent.size() && i < L.rows.size(); ++i)
            rows.push_back(sessionRow(m_recent[i + static_cast<std::size_t>(m_first)], m_today));
        // Columns as wide as their longest words, the room left shared out between them: a
        // narrow window still has every word at full size.
        std::array<double, 4> w{};
        for (const SessionRow& row : rows) {
            w[0] = std::max(w[0], static_cast<double>(th.width(row.when, size, Weight::Bold)));
            w[1] = std::max(w[1], static_cast<double>(th.width(row.what, size)));
            w[2] = std::max(w[2], static_cast<double>(th.width(row.done, size)));
            w[3] = std::max(w[3], static_cast<double>(th.width(row.pain, size, Weight::Bold)));
        }
        const Rect& first = L.rows[0];
        const double used = w[0] + w[1] + w[2] + w[3];
        const double spare = first.w - used;
        const double scale = spare < 0 ? first.w / used : 1.0;
        const double gap = spare > 0 ? spare / 3.0 : 0.0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const SessionRow& row = rows[i];
            const Rect& r = L.rows[i];
            double x = r.x;
            auto column = [&](std::size_t c) {
                const Rect box{x, r.y, w[c] * scale + 1.0, r.h};
                x += w[c] * scale + gap;
                return box;
            };
            const Rect when = column(0), what = column(1), done = column(2), pain = column(3);
            th.text(target, row.when, when, sc.foreground, Weight::Bold, Align::Left, size);
            th.text(target, row.what, what, sc.foreground, Weight::Regular, Align::Left, size);
            th.text(target, row.done, done, sc.muted, Weight::Regular, Align::Left, size);
            th.text(target, row.pain, pain, sc.foreground, Weight::Bold, Align::Right, size);
        }
    }

    // The clinician's report of the last four weeks, as `nervefloss report` writes it, to a
    // dated file in the home folder (the window has no file chooser); the line says where.
    void writeReport() {
        const LocalTime now = localNow();
        const auto file = Paths::homeDir() / ("nervefloss-report-" + formatDate(now.date) + ".pdf");
        try {
            auto loaded = loadPlan(m_context.catalog);
            if (const auto* err = std::get_if<ParseError>(&loaded))
                throw std::runtime_error(err->toString());
            writeClinicianReport(m_context, std::get<LoadedPlan>(loaded).plan, m_store,
                                 {addDays(now.date, -(kReportDefaultDays - 1)), now.date, now},
                                 file);
            m_reportLine = "Report written: ~/" + file.filename().string();
            m_reportFailed = false;
        } catch (const std::exception& e) {
            m_reportLine = std::string("No report: ") + e.what();
            m_reportFailed = true;
        }
    }

    void scroll(int rows) {
        const int most = std::max(0, static_cast<int>(m_recent.size()) - m_listed);
        m_first = std::clamp(m_first + rows, 0, most);
    }

    const HistoryStore& m_store; // home's, which stays open under this screen
    const AppContext& m_context;
    std::string m_reportLine; // where the report went, or why it did not
    bool m_reportFailed = false;
    Date m_today{};
    int m_first = 0;  // the first session listed (0: the newest)
    int m_listed = 5; // how many the window shows at once
    int m_target = 2;
    std::vector<DayStats> m_days;
    std::vector<SessionRecord> m_recent;
    std::optional<HomeStatus> m_status;
    std::vector<std::string> m_checkIns; // the bothersomeness scores over time
    std::optional<std::string> m_advice; // "... see your GP or physiotherapist", when it applies
    std::string m_problem;
};

} // namespace

std::unique_ptr<Screen> makeHistoryScreen(const HistoryStore& store, const AppContext& context) {
    return std::make_unique<HistoryScreen>(store, context);
}

} // namespace nf::gui
