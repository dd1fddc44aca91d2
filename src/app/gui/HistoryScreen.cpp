#include "app/gui/HistoryModel.hpp"
#include "app/gui/HistoryScreens.hpp"
#include "app/gui/Layout.hpp"
#include "app/gui/Screen.hpp"
#include "app/store/HistoryChart.hpp"
#include "app/store/LocalClock.hpp"

#include <SFML/Window/Keyboard.hpp>

#include <algorithm>

namespace nf::gui {
namespace {

enum HistoryAction { kBack = 1, kFullScreen };

constexpr int kChartDays = 30;
constexpr int kListed = 5; // recent sessions under the chart

// The progress chart over the last 30 days (pain before and after, sessions per day against
// the target) drawn by the chart library, and the most recent sessions in words. It reads the
// history once when opened: a static page, painted only when the window asks.
class HistoryScreen final : public Screen {
public:
    HistoryScreen(const HistoryStore& store, const AppContext& context)
        : m_today(localToday()), m_target(context.settings.dailyFlossTarget) {
        try {
            m_days = store.dailyStats(m_today, kChartDays);
            m_recent = store.sessions(std::nullopt, kListed);
            m_status = store.homeStatus(m_today, m_target);
        } catch (const HistoryError& e) {
            m_problem = e.what();
        }
        std::reverse(m_recent.begin(), m_recent.end()); // newest first
    }

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        switch (key.code) {
        case sf::Keyboard::Escape:
        case sf::Keyboard::Backspace:
        case sf::Keyboard::Enter:
        case sf::Keyboard::G: host.pop(); break;
        case sf::Keyboard::F:
        case sf::Keyboard::F11: host.toggleFullscreen(); break;
        default: break;
        }
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?') host.push(makeHelpScreen());
    }
    void onButton(int a, ScreenHost& host) override {
        if (a == kBack) host.pop();
        if (a == kFullScreen) host.toggleFullscreen();
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const int rows = m_recent.empty() ? 1 : static_cast<int>(m_recent.size());
        const HistoryLayout L = layoutHistory(host.size(), rows);
        th.text(target, "History", L.heading, sc.foreground, Weight::Bold, Align::Left);
        std::string status = m_problem;
        if (m_status) {
            status = targetLine(*m_status);
            if (const std::string streak = streakLine(*m_status); !streak.empty()) status += "   \xC2\xB7   " + streak;
        }
        th.text(target, status, L.status, m_problem.empty() ? sc.foreground : Rgb{255, 190, 90}, Weight::Regular,
                Align::Right, quantizeCharSize(L.status.h * 0.42));

        ChartStyle style = ChartStyle::dark();
        style.background = toSf(sc.background);
        drawHistoryChart(target,
                         sf::FloatRect(static_cast<float>(L.chart.x), static_cast<float>(L.chart.y),
                                       static_cast<float>(L.chart.w), static_cast<float>(L.chart.h)),
                         ChartData{m_days, m_target}, th.font(Weight::Regular), style, &th.font(Weight::Bold));
        paintList(target, th, sc, L);

        m_buttons.clear();
        const auto cells = splitRow(L.toolbar, 3, L.toolbar.h * 0.3);
        m_buttons.push_back({cells[1], host.fullscreen() ? "Window (F)" : "Full screen (F)", kFullScreen});
        m_buttons.push_back({cells[2], "Back (Esc)", kBack});
        paintButtons(target, th, sc, 0, m_buttons.size());
    }
    std::string title() const override { return "nervefloss \xE2\x80\x94 History"; }

private:
    void paintList(sf::RenderTarget& target, const Theme& th, const Scheme& sc, const HistoryLayout& L) const {
        if (m_recent.empty()) {
            th.text(target, "No sessions recorded yet: every session you do is kept here.", L.rows[0], sc.muted,
                    Weight::Regular, Align::Left);
            return;
        }
        const unsigned size = quantizeCharSize(L.rows[0].h * 0.62);
        for (std::size_t i = 0; i < m_recent.size() && i < L.rows.size(); ++i) {
            const SessionRow row = sessionRow(m_recent[i], m_today);
            const Rect& r = L.rows[i];
            const Rect when{r.x, r.y, r.w * 0.2, r.h}, what{r.x + r.w * 0.21, r.y, r.w * 0.31, r.h},
                done{r.x + r.w * 0.53, r.y, r.w * 0.3, r.h}, pain{r.x + r.w * 0.84, r.y, r.w * 0.16, r.h};
            th.text(target, row.when, when, sc.foreground, Weight::Bold, Align::Left, size);
            th.text(target, row.what, what, sc.foreground, Weight::Regular, Align::Left, size);
            th.text(target, row.done, done, sc.muted, Weight::Regular, Align::Left, size);
            th.text(target, row.pain, pain, sc.foreground, Weight::Bold, Align::Right, size);
        }
    }

    Date m_today{};
    int m_target = 2;
    std::vector<DayStats> m_days;
    std::vector<SessionRecord> m_recent;
    std::optional<HomeStatus> m_status;
    std::string m_problem;
};

} // namespace

std::unique_ptr<Screen> makeHistoryScreen(const HistoryStore& store, const AppContext& context) {
    return std::make_unique<HistoryScreen>(store, context);
}

} // namespace nf::gui
