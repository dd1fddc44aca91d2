#include "app/gui/history/HomeHistory.hpp"

#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "app/PlanFile.hpp"
#include "app/gui/history/HistoryModel.hpp"
#include "app/gui/history/HistoryScreens.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/session/PainEntry.hpp"
#include "app/history/HistoryStore.hpp"
#include "app/history/Programme.hpp"

#include <map>

#include <SFML/Window/Keyboard.hpp>

namespace nf::gui {
namespace {

enum HistoryButton {
    kOpenHistory = static_cast<int>(HomeAction::History),
    kApply = static_cast<int>(HomeAction::Apply),
};
static_assert(kOpenHistory == kHomeHistoryButtons);

constexpr const char* kDot = "   \xC2\xB7   "; // a spaced middle dot

class StoreHomeHistory final : public HomeHistory {
  public:
    explicit StoreHomeHistory(AppContext& context) : m_context(context) {
        // Opened with the window: a file that is not a database is moved aside now, and said
        // once on home. Without a usable history the window still works; sessions are not kept.
        try {
            m_store = std::make_unique<HistoryStore>(Paths::historyFile());
            if (m_store->recoveryNotice())
                m_notice = *m_store->recoveryNotice();
            // Sessions from before this window opened are not "just ended".
            m_lastSession = latestSession();
        } catch (const HistoryError& e) {
            m_notice = std::string(e.what()) + "; sessions are not recorded";
        }
    }

    int bands() const override {
        if (!m_status)
            return 0;
        return m_status->suggestion ? 2 : 1;
    }

    void refresh(ScreenHost& host) override {
        if (!m_store)
            return;
        const Date today = localToday();
        if (m_stale || !m_status || m_status->today != today) {
            try {
                m_status = m_store->homeStatus(today, m_context.settings.dailyFlossTarget);
                readPlan();
                readCheckIns(today);
            } catch (const HistoryError& e) {
                m_status.reset();
                m_notice = e.what();
            }
            m_stale = false;
        }
        if (m_status && m_status->askMorningFor && !m_askedMorning) {
            m_askedMorning = true; // once a window run, answered or skipped
            host.push(
                makeMorningScreen(*m_store, *m_status->askMorningFor, [this] { m_stale = true; }));
            return;
        }
        // One question at a time: the next comes when home is on top again.
        if (const auto next = nextCheckIn(m_due, m_asked)) {
            if (*next == CheckInKind::Where)
                m_due.sessionJustEnded = false; // asked again after the next session
            if (*next == CheckInKind::Urgent)
                m_asked.urgent = true;
            if (*next == CheckInKind::Sbi)
                m_asked.sbi = true;
            host.push(makeCheckInScreen(*m_store, *next, [this] { m_stale = true; }));
        }
    }

    void stale() override {
        m_stale = true;
        m_notice.reset(); // shown once: gone when the user moves on from home
    }

    std::optional<std::string> notice() const override { return m_notice; }

    std::optional<std::string> planFor(const std::string& routineId) const override {
        const auto it = m_plan.find(routineId);
        return it == m_plan.end() ? std::nullopt : std::optional(it->second);
    }

    std::optional<std::string> planShortFor(const std::string& routineId) const override {
        const auto it = m_planShort.find(routineId);
        return it == m_planShort.end() || it->second.empty() ? std::nullopt
                                                             : std::optional(it->second);
    }

    void paint(sf::RenderTarget& target, ScreenHost& host, const HomeLayout& layout,
               std::vector<Button>& buttons, int hover) override {
        if (!m_status)
            return;
        const Theme& th = host.theme();
        const Scheme sc = neutralScheme(palette::kHome);
        const HomeStatus& h = *m_status;
        const Rect& band = layout.status;
        Theme::fill(target, band, mix(sc.background, sc.foreground, 0.08), band.h * 0.16);
        const HomeStatusLayout S = layoutHomeStatus(band, h.target);
        const Rgb track = mix(sc.background, sc.foreground, 0.3);
        for (std::size_t i = 0; i < S.pips.size(); ++i) {
            const Rect& p = S.pips[i];
            const bool done = static_cast<int>(i) < h.flossToday;
            Theme::fill(target, p, done ? palette::kGood : track, p.w / 2);
            if (!done)
                Theme::fill(target, p.inset(p.w * 0.14), mix(sc.background, sc.foreground, 0.08),
                            p.w / 2);
        }
        const bool onTarget = h.flossToday >= h.target;
        th.text(target, targetLine(h), S.today, onTarget ? palette::kGood : sc.foreground,
                Weight::Bold, Align::Left, quantizeCharSize(S.today.h * 0.8));
        th.text(target, details(h), S.details, sc.foreground, Weight::Regular, Align::Left,
                quantizeCharSize(S.details.h * 0.8));
        const std::size_t first = buttons.size();
        buttons.push_back({S.history, "History (G)", kOpenHistory});
        th.button(target, buttons.back(), sc, hover == static_cast<int>(first));

        if (!h.suggestion)
            return;
        const Suggestion& sug = *h.suggestion;
        const bool applied = alreadyApplied(m_context.settings, sug);
        const bool offer = canApply(sug) && !applied;
        const AdviceLayout A = layoutAdvice(layout.advice, offer);
        const bool caution = sug.kind != SuggestionKind::KeepOn;
        Theme::fill(target, layout.advice,
                    mix(sc.background, caution ? palette::kWarn : palette::kGood, 0.16),
                    layout.advice.h * 0.16);
        std::string text = sug.reason;
        if (applied)
            text = "Saved: " + std::to_string(*m_context.settings.doseFor(sug.routineId).reps) +
                   " reps a set from your next start. Less is fine while the nerve settles.";
        if (!m_saveProblem.empty())
            text = m_saveProblem;
        unsigned size = th.paragraphSize({text}, A.text, quantizeCharSize(A.text.h * 0.6));
        // In the smallest window a flare day's whole reason does not fit at a readable size: its
        // first sentences do (what to do now comes first; the button names the new dose).
        while (size < kSmallestText && dropLastSentence(text))
            size = th.paragraphSize({text}, A.text, quantizeCharSize(A.text.h * 0.6));
        th.paragraph(target, {text}, A.text, caution && !applied ? palette::kWarn : sc.foreground,
                     size);
        if (offer) {
            buttons.push_back({A.button, applyLabel(sug), kApply});
            th.button(target, buttons.back(), sc, hover == static_cast<int>(buttons.size() - 1));
        }
    }

    bool onButton(int action, ScreenHost& host) override {
        if (action == kOpenHistory) {
            if (!m_store)
                return true;
            stale();
            host.push(makeHistoryScreen(*m_store, m_context));
            return true;
        }
        if (action == kApply) {
            if (m_status && m_status->suggestion && canApply(*m_status->suggestion) &&
                !alreadyApplied(m_context.settings, *m_status->suggestion))
                apply(*m_status->suggestion);
            return true;
        }
        return false;
    }

  private:
    static std::string details(const HomeStatus& h) {
        std::string s = streakLine(h);
        if (h.lastPainBefore || h.lastPainAfter)
            s += (s.empty() ? "" : kDot) + std::string("last pain ") +
                 painPair(h.lastPainBefore, h.lastPainAfter);
        if (s.empty())
            s = h.lastSessionStart ? "No streak yet" : "No sessions yet";
        return s;
    }

    void apply(const Suggestion& sug) {
        const Settings s = applySuggestion(m_context.settings, sug);
        try {
            m_context.saveSettings(s);
            m_saveProblem.clear();
        } catch (const std::exception& e) {
            m_saveProblem = std::string("Not saved: ") + e.what();
        }
    }

    // Today's plan line for each routine, as `today` prints it. A plan file with a mistake shows
    // no plan lines here; `today` and `plan show` name the mistake.
    void readPlan() {
        m_plan.clear();
        m_planShort.clear();
        auto loaded = loadPlan(m_context.catalog);
        const auto* plan = std::get_if<LoadedPlan>(&loaded);
        if (!plan)
            return;
        const ProgrammeToday today = programmeToday(m_context, plan->plan, *m_store, localNow());
        for (const PlanItem& item : today.plan.items) {
            m_plan[item.routineId] = planStatus(item);
            m_planShort[item.routineId] = planShort(item);
        }
    }

    // The newest session's id, and whether it did any reps; nothing without sessions.
    std::optional<std::pair<std::int64_t, bool>> latestSession() const {
        std::optional<std::pair<std::int64_t, bool>> latest;
        for (const SessionRecord& r : m_store->sessions())
            if (!latest || r.id > latest->first)
                latest = std::pair{r.id, r.repsDone > 0};
        return latest;
    }

    // What the check-ins need from the history: a session recorded since home last looked
    // (where it was felt), and the urgent signs and bothersomeness when due.
    void readCheckIns(Date today) {
        const auto latest = latestSession();
        if (latest && (!m_lastSession || latest->first != m_lastSession->first) && latest->second)
            m_due.sessionJustEnded = true;
        m_lastSession = latest;
        m_due.anySession = latest.has_value();
        m_due.urgentDue = checkInDue(lastDay(m_store->urgentChecks()), today, kUrgentEveryDays);
        m_due.sbiDue = checkInDue(lastDay(m_store->sbiScores()), today, kSbiEveryDays);
    }

    AppContext& m_context;
    std::unique_ptr<HistoryStore> m_store;
    std::optional<HomeStatus> m_status;
    std::map<std::string, std::string> m_plan;                  // routine id -> today's plan for it
    std::map<std::string, std::string> m_planShort;             // the same in a few words
    std::optional<std::pair<std::int64_t, bool>> m_lastSession; // id, did reps
    CheckInsDue m_due;
    CheckInsAsked m_asked; // this window run: the weekly ones once
    std::optional<std::string> m_notice;
    std::string m_saveProblem;
    bool m_stale = true;
    bool m_askedMorning = false;
};

} // namespace

std::unique_ptr<HomeHistory> makeHomeHistory(AppContext& context) {
    return std::make_unique<StoreHomeHistory>(context);
}

} // namespace nf::gui
