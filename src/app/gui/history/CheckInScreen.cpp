#include "app/LocalClock.hpp"
#include "app/gui/history/CheckInFlow.hpp"
#include "app/gui/history/HistoryScreens.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

KeyScreen keyScreenOf(CheckInKind kind) {
    switch (kind) {
    case CheckInKind::Where:
        return KeyScreen::WhereFelt;
    case CheckInKind::Urgent:
        return KeyScreen::UrgentSigns;
    case CheckInKind::Sbi:
        return KeyScreen::Bothersome;
    }
    return KeyScreen::WhereFelt;
}

// One check-in asked in the window: its questions one at a time with big answers (a key or a
// tap each), then what was kept and what it means. It keeps the answers in the history as
// `nervefloss checkin` does; a yes to an urgent sign gives way to the urgent notice. The
// answers' buttons never move or change size while it is asked, and the result takes their
// place only after the last answer, so a second tap lands on nothing.
class CheckInScreen final : public Screen {
  public:
    CheckInScreen(HistoryStore& store, CheckInKind kind, std::function<void()> kept)
        : m_store(store), m_flow(kind), m_kept(std::move(kept)) {
        // Without the answer before (an unreadable history) the result just has no trend.
        try {
            if (kind == CheckInKind::Where) {
                const auto before = store.whereFelt();
                if (!before.empty())
                    m_previous = before.back();
            }
        } catch (const HistoryError&) {
        }
    }

    void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) override {
        if (const auto a = actionFor(keyMap(keyScreenOf(m_flow.kind())), key.code, key.shift))
            onButton(*a, host);
    }
    void onText(sf::Uint32 c, ScreenHost& host) override {
        if (c == '?')
            onButton(static_cast<int>(CheckInAction::Help), host);
    }
    void onButton(int a, ScreenHost& host) override {
        if (a >= static_cast<int>(CheckInAction::Answer)) {
            if (m_flow.finished())
                return;
            m_flow.answer(a - static_cast<int>(CheckInAction::Answer));
            if (m_flow.finished())
                keep(host);
            return;
        }
        switch (static_cast<CheckInAction>(a)) {
        case CheckInAction::Close:
            host.pop();
            break;
        case CheckInAction::Back:
            m_flow.back();
            break;
        case CheckInAction::Tingling:
            if (m_flow.kind() == CheckInKind::Where && !m_flow.finished())
                m_flow.toggleTingling();
            break;
        case CheckInAction::Help:
            host.push(makeHelpScreen(keyScreenOf(m_flow.kind())));
            break;
        case CheckInAction::FullScreen:
            host.toggleFullscreen();
            break;
        case CheckInAction::Answer:
            break;
        }
    }

    void paint(sf::RenderTarget& target, ScreenHost& host) override {
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        target.clear(toSf(sc.background));
        const bool where = m_flow.kind() == CheckInKind::Where;
        const CheckInLayout L = layoutCheckIn(host.size(), m_flow.answerCount(), where);
        const KeyMap& keys = keyMap(keyScreenOf(m_flow.kind()));
        m_buttons.clear();

        th.text(target, m_flow.progress(), L.progress, sc.muted, Weight::Regular, Align::Left,
                quantizeCharSize(L.progress.h * 0.7));
        if (!m_flow.finished()) {
            const std::vector<std::string> question{m_flow.question()};
            th.paragraph(target, question, L.question, sc.foreground,
                         th.paragraphSize(question, L.question,
                                          quantizeCharSize(L.question.h * 0.34), Weight::Bold),
                         Weight::Bold);
            th.text(target, m_flow.hint(), L.hint, sc.foreground, Weight::Regular, Align::Left,
                    quantizeCharSize(L.hint.h * 0.8));
            paintAnswers(target, th, sc, L, keys);
        } else {
            paintResult(target, th, sc, L);
        }

        const auto cells = splitRow(L.toolbar, 3, L.toolbar.h * 0.3);
        const std::size_t first = m_buttons.size();
        if (m_flow.canGoBack())
            m_buttons.push_back(
                {cells[0], "Back (Backspace)", static_cast<int>(CheckInAction::Back)});
        // The same place for "later" while asking and "done" after: one key (Esc or Enter) for
        // both.
        m_buttons.push_back({cells[2], m_flow.finished() ? "Done (Enter)" : "Later (Esc)",
                             static_cast<int>(CheckInAction::Close)});
        paintButtons(target, th, sc, first, m_buttons.size());
    }

    std::string title() const override {
        switch (m_flow.kind()) {
        case CheckInKind::Where:
            return "nervefloss \xE2\x80\x94 Where it was felt";
        case CheckInKind::Urgent:
            return "nervefloss \xE2\x80\x94 Weekly check";
        case CheckInKind::Sbi:
            return "nervefloss \xE2\x80\x94 Bothersomeness";
        }
        return "nervefloss";
    }

  private:
    // The answer's word in the upper part of its button, clear of the key under it.
    static Rect wordBox(const Rect& r) {
        return {r.x + r.w * 0.06, r.y + r.h * 0.2, r.w * 0.88, r.h * 0.38};
    }

    void paintAnswers(sf::RenderTarget& target, const Theme& th, const Scheme& sc,
                      const CheckInLayout& L, const KeyMap& keys) {
        // Each answer's word large, its key under it; one size for every word, the size the
        // widest fits at, so the answers read as one row.
        unsigned size = 1000;
        for (int i = 0; i < m_flow.answerCount(); ++i) {
            const Rect word = wordBox(L.answers[static_cast<std::size_t>(i)]);
            size = std::min(size, th.fitSize(m_flow.answerLabel(i), word, Weight::Bold,
                                             quantizeCharSize(word.h * 0.8)));
        }
        const Rgb face = mix(sc.background, sc.foreground, 0.14);
        for (int i = 0; i < m_flow.answerCount(); ++i) {
            const Rect& r = L.answers[static_cast<std::size_t>(i)];
            const int action = static_cast<int>(CheckInAction::Answer) + i;
            const bool hover = m_hover == static_cast<int>(m_buttons.size());
            Theme::fill(target, r, hover ? mix(face, sc.foreground, 0.2) : face,
                        std::min(r.w, r.h) * 0.08);
            const std::string word = m_flow.answerLabel(i);
            th.text(target, word, wordBox(r), sc.foreground, Weight::Bold, Align::Centre, size);
            // A rating's digit is its own key; the other answers name theirs: "(1)", "(Y)".
            const std::string labelled = withKey(word, keys, action);
            const std::string key = labelled.substr(word.size());
            if (key != " (" + word + ")" && !key.empty())
                th.text(target, key.substr(1), {r.x, r.y + r.h * 0.62, r.w, r.h * 0.2}, sc.muted,
                        Weight::Bold, Align::Centre,
                        std::max(kSmallestText, quantizeCharSize(size * 0.75)));
            // Painted above; the label names the button in the debug log (tests click by it).
            m_buttons.push_back({r, labelled, action});
        }
        if (L.toggle.h > 0) {
            const bool on = m_flow.tingling();
            const bool hover = m_hover == static_cast<int>(m_buttons.size());
            const Rgb fill = on ? mix(sc.background, palette::kWarn, 0.35)
                                : mix(sc.background, sc.foreground, hover ? 0.2 : 0.08);
            Theme::fill(target, L.toggle, fill, L.toggle.h * 0.2);
            const std::string label =
                std::string(on ? "\xE2\x9C\x93 " : "") +
                (on ? "New tingling or numbness: yes (T)" : "New tingling or numbness? No (T)");
            th.text(target, label, L.toggle.inset(L.toggle.h * 0.18),
                    on ? palette::kWarn : sc.foreground, Weight::Bold, Align::Left,
                    quantizeCharSize(L.toggle.h * 0.5));
            m_buttons.push_back(
                {L.toggle, "Tingling (T)", static_cast<int>(CheckInAction::Tingling)});
        }
    }

    void paintResult(sf::RenderTarget& target, const Theme& th, const Scheme& sc,
                     const CheckInLayout& L) const {
        const Rect box{L.question.x, L.question.y, L.question.w,
                       L.answers.front().bottom() - L.question.y};
        std::vector<std::string> lines = m_result;
        th.paragraph(target, lines, box, m_problem ? palette::kWarn : sc.foreground,
                     th.paragraphSize(lines, box, quantizeCharSize(box.h * 0.1), Weight::Bold),
                     Weight::Bold);
    }

    // The last answer came: keep it as `nervefloss checkin` does and say what it means.
    void keep(ScreenHost& host) {
        const LocalTime now = localNow();
        try {
            switch (m_flow.kind()) {
            case CheckInKind::Where: {
                const auto answer = m_flow.whereFelt(now);
                if (answer)
                    m_store.addWhereFelt(*answer);
                m_result = whereResult(m_previous, answer);
                break;
            }
            case CheckInKind::Urgent: {
                const UrgentCheck check = *m_flow.urgentCheck(now.date);
                m_store.addUrgentCheck(check);
                m_result = {urgentResult(check)};
                if (check.anyYes())
                    host.replace(makeSafetyScreen(SafetyMode::Urgent));
                break;
            }
            case CheckInKind::Sbi: {
                const SbiScore score = *m_flow.sbiScore(now.date);
                m_store.addSbi(score);
                m_result = sbiResult(score, m_store.sbiScores());
                break;
            }
            }
            if (m_kept)
                m_kept();
        } catch (const HistoryError& e) {
            m_problem = true;
            m_result = {std::string("Not saved: ") + e.what()};
            // An urgent yes goes to the notice even when it could not be kept.
            if (const auto check = m_flow.urgentCheck(now.date); check && check->anyYes())
                host.replace(makeSafetyScreen(SafetyMode::Urgent));
        }
    }

    HistoryStore& m_store;
    CheckInFlow m_flow;
    std::function<void()> m_kept;
    std::optional<WhereFelt> m_previous; // the answer before this one, for the trend
    std::vector<std::string> m_result;   // what was kept and what it means
    bool m_problem = false;
};

} // namespace

std::unique_ptr<Screen> makeCheckInScreen(HistoryStore& store, CheckInKind kind,
                                          std::function<void()> kept) {
    return std::make_unique<CheckInScreen>(store, kind, std::move(kept));
}

} // namespace nf::gui
