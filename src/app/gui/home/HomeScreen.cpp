#include "app/gui/history/HomeHistory.hpp"
#include "app/gui/home/HomeLayout.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/kit/Texts.hpp"

#include <SFML/Window/Keyboard.hpp>

#include <stdexcept>

namespace nf::gui {
namespace {

constexpr const char* kHomeHint = "Choose a routine: Up and Down, then Enter.";

// The first screen: every routine with its dose and length; start one, or open settings or help.
class HomeScreen final : public Screen {
  public:
    explicit HomeScreen(AppContext& context) : m_context(context) {}

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        const auto a = actionFor(keyMap(KeyScreen::Home), key.code, key.shift);
        if (!a)
            return;
        // 1-9 start the routine of that number.
        if (*a == static_cast<int>(HomeAction::Row)) {
            const int digit = key.code - sf::Keyboard::Num1;
            if (digit < static_cast<int>(m_context.catalog.routines().size()))
                onButton(static_cast<int>(HomeAction::Row) + digit, host);
            return;
        }
        onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            onButton(static_cast<int>(HomeAction::Help), host);
    }
    void onButton(int a, ScreenHost& host) override {
        const auto& routines = m_context.catalog.routines();
        if (m_history && m_history->onButton(a, host))
            return;
        if (m_history)
            m_history->stale(); // whatever home opens may change today's figures
        if (a >= static_cast<int>(HomeAction::Row)) {
            m_selected = a - static_cast<int>(HomeAction::Row);
            a = static_cast<int>(HomeAction::Start);
        }
        const int n = static_cast<int>(routines.size());
        switch (static_cast<HomeAction>(a)) {
        case HomeAction::Up:
            m_selected = (m_selected + n - 1) % std::max(n, 1);
            break;
        case HomeAction::Down:
            m_selected = (m_selected + 1) % std::max(n, 1);
            break;
        case HomeAction::Start:
            if (m_selected < static_cast<int>(routines.size())) {
                try {
                    host.push(makeSessionScreen(
                        host, host.requestFor(routines[static_cast<std::size_t>(m_selected)].id)));
                    m_problem.clear();
                } catch (const std::exception& e) {
                    m_problem = e.what();
                }
            }
            break;
        case HomeAction::Settings:
            host.push(makeSettingsScreen(m_context, m_selected));
            break;
        case HomeAction::Help:
            host.push(makeHelpScreen(KeyScreen::Home));
            break;
        case HomeAction::SelfCheck:
            host.startSelfCheck();
            break;
        case HomeAction::Safety:
            host.push(makeSafetyScreen(SafetyMode::Reading));
            break;
        case HomeAction::FullScreen:
            host.toggleFullscreen();
            break;
        case HomeAction::Quit:
            host.quit();
            break;
        case HomeAction::Row:
        case HomeAction::History: // the history's part of home, when linked, took these above
        case HomeAction::Apply:
            break;
        }
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const auto& routines = m_context.catalog.routines();
        if (m_history)
            m_history->refresh(host);
        const HomeLayout L = layoutHome(host.size(), static_cast<int>(routines.size()),
                                        m_history ? m_history->bands() : 0, m_selected);
        th.text(target, "nervefloss", L.heading, sc.foreground, Weight::Bold, Align::Left);
        std::string sub = m_problem.empty() ? kHomeHint : m_problem;
        if (m_problem.empty() && !m_context.catalog.problems().empty())
            sub =
                "Skipped a broken routine file: " + m_context.catalog.problems().front().toString();
        const auto notice = m_history ? m_history->notice() : std::nullopt;
        if (m_problem.empty() && notice)
            sub = *notice;
        else if (sub == kHomeHint && !host.soundProblem().empty())
            sub = kNoSoundHome;
        th.text(target, sub, L.subheading, m_problem.empty() && !notice ? sc.muted : palette::kWarn,
                Weight::Regular, Align::Left);

        m_buttons.clear();
        for (std::size_t i = 0; i < routines.size(); ++i) {
            const HomeRow& r = L.rows[i];
            if (r.row.w <= 0)
                continue; // scrolled out of view
            const bool sel = static_cast<int>(i) == m_selected;
            const bool hover = m_hover == static_cast<int>(m_buttons.size());
            const Scheme rs = sel ? schemeForPosture(0) : sc;
            Theme::fill(target, r.row,
                        sel ? rs.background
                            : mix(sc.background, sc.foreground, hover ? 0.16 : 0.08),
                        r.row.h * 0.12);
            const Dose dose = m_context.settings.doseFor(routines[i].id);
            const Routine applied = applyDose(routines[i], dose);
            const SideChoice side = m_context.settings.sideFor(routines[i].id);
            th.text(target, std::to_string(i + 1) + "  " + applied.name, r.name, rs.foreground,
                    Weight::Bold, Align::Left, quantizeCharSize(r.name.h * 0.8));
            th.text(target, lengthSummary(applied, side), r.length, rs.foreground, Weight::Regular,
                    Align::Right, quantizeCharSize(r.name.h * 0.7));
            if (r.dose.h > 0) {
                // Today's plan beside the dose: what is due, done or resting, as `today` says it.
                // A long plan line (a flare day's reason) that would shrink the dose below its size
                // gives way to the plan in a few words.
                const unsigned size = quantizeCharSize(r.dose.h * 0.8);
                std::string line = doseSummary(applied, side);
                if (const auto plan =
                        m_history ? m_history->planFor(routines[i].id) : std::nullopt) {
                    const std::string today = line + "   \xC2\xB7   Today: ";
                    const std::string full = today + *plan;
                    const auto brief = m_history->planShortFor(routines[i].id);
                    line = th.fitSize(full, r.dose, Weight::Regular, size) >=
                                       std::max(kSmallestText, size * 4 / 5) ||
                                   !brief
                               ? full
                               : today + *brief;
                }
                th.text(target, line, r.dose, sel ? rs.foreground : sc.muted, Weight::Regular,
                        Align::Left, size);
            } else if (const auto plan =
                           m_history ? m_history->planShortFor(routines[i].id) : std::nullopt) {
                // No room for the dose: today's plan in a few words ("done 08:12", "rest day").
                th.text(target, *plan, r.plan, rs.foreground, Weight::Regular, Align::Left,
                        quantizeCharSize(r.name.h * 0.7));
            }
            m_buttons.push_back(
                {r.row, "", static_cast<int>(HomeAction::Row) + static_cast<int>(i)});
        }
        if (L.more.h > 0) {
            std::string more;
            if (L.hiddenAbove > 0)
                more += "\xE2\x96\xB2 " + std::to_string(L.hiddenAbove) + " more";
            if (L.hiddenBelow > 0)
                more += (more.empty() ? "" : "   ") + std::string("\xE2\x96\xBC ") +
                        std::to_string(L.hiddenBelow) + " more";
            th.text(target, more + "   (Up / Down)", L.more, sc.muted, Weight::Regular, Align::Left,
                    quantizeCharSize(L.more.h * 0.7));
        }
        {
            const std::size_t first = m_buttons.size();
            m_buttons.push_back(
                {L.actions[0], "Self-check (C)", static_cast<int>(HomeAction::SelfCheck)});
            m_buttons.push_back({L.actions[1], "Safety (I)", static_cast<int>(HomeAction::Safety)});
            paintButtons(target, th, sc, first, m_buttons.size());
        }
        if (m_history)
            m_history->paint(target, host, L, m_buttons, m_hover);
        // A narrow window leaves full screen to its key (F, listed by help): four labels keep
        // a readable size where five would not.
        std::vector<Button> bar = {
            {{}, "Start (Enter)", static_cast<int>(HomeAction::Start), !routines.empty()},
            {{}, "Settings (O)", static_cast<int>(HomeAction::Settings), !routines.empty()},
            {{}, "Help (H)", static_cast<int>(HomeAction::Help)},
            {{},
             host.fullscreen() ? "Window (F)" : "Full screen (F)",
             static_cast<int>(HomeAction::FullScreen)},
            {{}, "Quit (Esc)", static_cast<int>(HomeAction::Quit)},
        };
        if (L.toolbar.w < 700)
            bar.erase(bar.begin() + 3);
        const auto cells = splitRow(L.toolbar, static_cast<int>(bar.size()), L.toolbar.h * 0.3);
        for (std::size_t i = 0; i < bar.size(); ++i)
            bar[i].rect = cells[i];
        const std::size_t first = m_buttons.size();
        m_buttons.insert(m_buttons.end(), bar.begin(), bar.end());
        paintButtons(target, th, sc, first, m_buttons.size());
    }

  private:
    AppContext& m_context;
    std::unique_ptr<HomeHistory> m_history = makeHomeHistory(m_context); // null without the module
    int m_selected = 0;
    std::string m_problem; // why the last start failed (a trace file, a broken routine)
};

} // namespace

std::unique_ptr<Screen> makeHomeScreen(AppContext& context) {
    return std::make_unique<HomeScreen>(context);
}

} // namespace nf::gui
