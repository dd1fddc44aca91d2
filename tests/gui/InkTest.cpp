// Every screen laid out with real fonts at four window sizes, its texts listed glyph by glyph
// (Theme's ink probe): no letter of one text overlaps a letter of another, no letter leaves the
// window, and in the smallest window no text is under 14 px. Needs a display (xvfb-run), as
// laying out sf::Text does; skipped without one.

#include "GuiFixtures.hpp"
#include "app/Assets.hpp"
#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "app/RoutineCatalog.hpp"
#include "app/SettingsStore.hpp"
#include "app/chart/HistoryChart.hpp"
#include "app/gui/history/HistoryScreens.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/kit/Texts.hpp"
#include "app/gui/selfcheck/SelfCheckView.hpp"
#include "app/gui/session/SessionView.hpp"
#include "app/history/HistoryStore.hpp"
#include "core/Session.hpp"
#include "core/Timeline.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <sstream>

namespace nf::gui {
namespace {

constexpr Size kSizes[] = {{640, 480}, {800, 600}, {1024, 720}, {1920, 1080}};

// A window around one screen, without the window: its theme, its context, its size.
class PaperHost final : public ScreenHost {
  public:
    PaperHost(const Theme& theme, AppContext& context) : m_theme(theme), m_context(context) {}
    const Theme& theme() const override { return m_theme; }
    AppContext& context() override { return m_context; }
    const Clock& clock() const override { return m_clock; }
    Size size() const override { return m_size; }
    void push(std::unique_ptr<Screen>) override {}
    void pop() override {}
    void replace(std::unique_ptr<Screen>) override {}
    void popToHome() override {}
    void quit() override {}
    void toggleFullscreen() override {}
    bool fullscreen() const override { return false; }
    bool muted() const override { return m_muted; }
    void setMuted(bool) override {}
    std::string soundProblem() const override { return m_sound; }
    RunRequest requestFor(const std::string&) override { throw std::logic_error("not on paper"); }
    std::shared_ptr<SessionRun> startSession(RunRequest) override {
        throw std::logic_error("not on paper");
    }
    void startSelfCheck() override {}

    Size m_size{640, 480};
    std::string m_sound;
    bool m_muted = false;

  private:
    const Theme& m_theme;
    AppContext& m_context;
    ManualClock m_clock;
};

// What is wrong with one laid-out picture, one line each (empty: nothing).
std::string inkProblems(const std::vector<TextInk>& inks, Size size) {
    std::ostringstream out;
    const Rect window{0, 0, size.w, size.h};
    constexpr double kTouch = 0.5; // antialiased edges may touch
    for (std::size_t a = 0; a < inks.size(); ++a) {
        if (inks[a].glyphs.empty())
            continue;
        if (size.w <= kMinWindow.w && inks[a].size < kSmallestText)
            out << "  \"" << inks[a].text << "\" is " << inks[a].size << " px\n";
        for (const Rect& g : inks[a].glyphs)
            if (!window.inset(-kTouch).contains(g)) {
                out << "  \"" << inks[a].text << "\" leaves the window (a letter at " << g.x << ","
                    << g.y << " " << g.w << "x" << g.h << ")\n";
                break;
            }
        for (std::size_t b = a + 1; b < inks.size(); ++b) {
            bool overlap = false;
            for (const Rect& g : inks[a].glyphs)
                for (const Rect& h : inks[b].glyphs)
                    overlap = overlap || g.inset(kTouch).intersects(h.inset(kTouch));
            if (overlap)
                out << "  \"" << inks[a].text << "\" overlaps \"" << inks[b].text << "\"\n";
        }
    }
    return out.str();
}

class Ink : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        if (auto problem = displayProblem())
            return;
        s_home = std::filesystem::temp_directory_path() /
                 ("nervefloss-ink-" + std::to_string(::getpid()));
        std::filesystem::create_directories(s_home);
        ::setenv("XDG_CONFIG_HOME", (s_home / "config").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (s_home / "data").c_str(), 1);
    }
    static void TearDownTestSuite() {
        std::error_code ec;
        if (!s_home.empty())
            std::filesystem::remove_all(s_home, ec);
    }
    void SetUp() override {
        if (auto problem = displayProblem())
            GTEST_SKIP() << *problem;
        ASSERT_TRUE(m_texture.create(1920, 1080));
        Settings settings;
        settings.safetyAcknowledged = true;
        m_context.emplace(
            AppContext{RoutineCatalog::load(Assets::get().routinesDir(), Paths::userRoutinesDir()),
                       SettingsStore(Paths::settingsFile()), settings});
        m_host.emplace(m_theme, *m_context);
    }

    // Paints at every size and gathers what is wrong, by size.
    std::string check(const std::string& what,
                      const std::function<void(sf::RenderTarget&, Size)>& paint) {
        std::string all;
        for (const Size size : kSizes) {
            std::vector<TextInk> inks;
            m_theme.setInkProbe(&inks);
            m_host->m_size = size;
            m_texture.setView(sf::View(
                sf::FloatRect(0, 0, static_cast<float>(size.w), static_cast<float>(size.h))));
            paint(m_texture, size);
            m_theme.setInkProbe(nullptr);
            if (const std::string p = inkProblems(inks, size); !p.empty())
                all += what + " at " + std::to_string(static_cast<int>(size.w)) + "x" +
                       std::to_string(static_cast<int>(size.h)) + ":\n" + p;
        }
        return all;
    }
    // Every text the screen draws at `size`, joined by newlines.
    std::string textsOf(Screen& screen, Size size) {
        std::vector<TextInk> inks;
        m_theme.setInkProbe(&inks);
        m_host->m_size = size;
        m_texture.setView(
            sf::View(sf::FloatRect(0, 0, static_cast<float>(size.w), static_cast<float>(size.h))));
        screen.paint(m_texture, *m_host);
        m_theme.setInkProbe(nullptr);
        std::string all;
        for (const TextInk& ink : inks)
            all += ink.text + "\n";
        return all;
    }
    std::string checkScreen(const std::string& what, Screen& screen) {
        return check(what, [&](sf::RenderTarget& t, Size) { screen.paint(t, *m_host); });
    }
    // The session frame `at` into a run of `routine`, with `chrome`.
    std::string checkSession(const std::string& what, const Routine& routine, Micros at,
                             SessionChrome chrome, bool paused = false) {
        SessionOptions options;
        options.maxGap = options.maxStall = std::chrono::hours(1000);
        Session session(Timeline(routine, SideChoice::Right), options);
        session.start(Micros{0});
        session.update(at);
        if (paused)
            session.pause(at);
        const SessionFrame frame = describeSession(session.snapshot(at), session.timeline());
        return check(what, [&](sf::RenderTarget& t, Size size) {
            std::vector<Button> buttons;
            paintSession(t, m_theme, size, frame, chrome, buttons);
        });
    }

    static inline std::filesystem::path s_home;
    Theme m_theme;
    sf::RenderTexture m_texture;
    std::optional<AppContext> m_context;
    std::optional<PaperHost> m_host;
};

using namespace std::chrono_literals;

TEST_F(Ink, TheCheckSeesTextsOnOneAnotherOutsideTheWindowAndTooSmall) {
    const std::string problems = check("test", [&](sf::RenderTarget& t, Size size) {
        m_theme.text(t, "first", {10, 10, 200, 40}, {255, 255, 255});
        m_theme.text(t, "second", {30, 20, 200, 40}, {255, 255, 255});
        m_theme.text(t, "outside", {size.w - 50, 10, 200, 40}, {255, 255, 255}, Weight::Regular,
                     Align::Left);
        m_theme.text(t, "tiny", {10, 300, 200, 40}, {255, 255, 255}, Weight::Regular, Align::Left,
                     10);
    });
    EXPECT_NE(problems.find("\"first\" overlaps \"second\""), std::string::npos) << problems;
    EXPECT_NE(problems.find("\"outside\" leaves the window"), std::string::npos) << problems;
    EXPECT_NE(problems.find("\"tiny\" is 10 px"), std::string::npos) << problems;
}

TEST_F(Ink, Home) {
    auto home = makeHomeScreen(*m_context);
    EXPECT_EQ(checkScreen("home", *home), "");
    m_host->m_sound = "no audio output device";
    EXPECT_EQ(checkScreen("home without sound", *home), "");
}

TEST_F(Ink, Settings) {
    const int tabs =
        static_cast<int>(m_context->catalog.routines().size()) + 1; // and the sound tab
    for (int i = 0; i < tabs; ++i) {
        auto settings = makeSettingsScreen(*m_context, i);
        EXPECT_EQ(checkScreen("settings tab " + std::to_string(i + 1), *settings), "");
    }
    auto sound = makeSettingsScreen(*m_context, tabs - 1);
    m_host->m_muted = true;
    EXPECT_EQ(checkScreen("sound tab, muted", *sound), "");
    m_host->m_sound = "no audio output device";
    EXPECT_EQ(checkScreen("sound tab without a sound device", *sound), "");
}

TEST_F(Ink, TheSoundTabSaysWhyNothingWillBeHeard) {
    auto sound =
        makeSettingsScreen(*m_context, static_cast<int>(m_context->catalog.routines().size()));
    for (const Size size : kSizes) {
        std::string texts = textsOf(*sound, size);
        EXPECT_NE(texts.find("M mutes a session"), std::string::npos) << texts;
        m_host->m_muted = true;
        texts = textsOf(*sound, size);
        EXPECT_NE(texts.find("Sessions are muted"), std::string::npos) << texts;
        m_host->m_sound = "no audio output device";
        texts = textsOf(*sound, size);
        EXPECT_NE(texts.find(kNoSoundHome), std::string::npos) << texts;
        m_host->m_muted = false;
        m_host->m_sound.clear();
    }
}

TEST_F(Ink, HelpOfEveryScreenAndTheSafetyPage) {
    for (int s = 0; s <= static_cast<int>(KeyScreen::Bothersome); ++s) {
        auto help = makeHelpScreen(static_cast<KeyScreen>(s));
        EXPECT_EQ(checkScreen("help " + std::to_string(s), *help), "");
    }
    auto help = makeHelpScreen(KeyScreen::Home);
    help->onButton(static_cast<int>(HelpAction::Safety), *m_host);
    EXPECT_EQ(checkScreen("help, safety page", *help), "");
}

TEST_F(Ink, SafetyNotice) {
    auto first = makeSafetyScreen(SafetyMode::FirstStart);
    EXPECT_EQ(checkScreen("first-start safety", *first), "");
    auto reading = makeSafetyScreen(SafetyMode::Reading);
    EXPECT_EQ(checkScreen("safety", *reading), "");
}

TEST_F(Ink, HistoryAndMorning) {
    HistoryStore store(s_home / "ink-history.sqlite3");
    const Date today = localToday();
    for (int ago : {9, 4, 1, 0}) {
        SessionStartInfo info{{addDays(today, -ago), 9, 0, 0},
                              "nerve-floss",
                              "Nerve flossing",
                              "right",
                              25,
                              3,
                              3.0,
                              30.0,
                              5};
        const auto id = store.beginSession(info);
        store.recordSet(id, SetRecord{"Nerve flossing",
                                      1,
                                      "right",
                                      ago == 0 ? 10 : 25,
                                      false,
                                      {addDays(today, -ago), 9, 5, 0},
                                      25,
                                      0,
                                      false});
        store.endSession(id, {addDays(today, -ago), 9, 6, 0},
                         ago == 0 ? SessionOutcome::Stopped : SessionOutcome::Completed);
        store.setPainAfter(id, 3);
    }
    auto history = makeHistoryScreen(store, *m_context);
    EXPECT_EQ(checkScreen("history", *history), "");
    auto morning = makeMorningScreen(store, addDays(today, -1), [] {});
    EXPECT_EQ(checkScreen("morning", *morning), "");
}

// Home's rows with today's plan on each, one-line rows with it in a few words ("done 09:12",
// "off today"), the chosen row with its whole plan line.
TEST_F(Ink, HomeWithTodaysPlanOnEveryRow) {
    {
        HistoryStore store(Paths::historyFile());
        const Date today = localToday();
        SessionStartInfo info{
            {today, 9, 0, 0}, "nerve-floss", "Nerve flossing", "right", 25, 3, 3.0, 30.0, 5};
        const auto id = store.beginSession(info);
        store.recordSet(
            id, SetRecord{"Nerve flossing", 1, "right", 25, false, {today, 9, 5, 0}, 25, 0, false});
        store.endSession(id, {today, 9, 6, 0}, SessionOutcome::Completed);
        // Pain 5 -> 8: an amber day, so home has the suggestion's band too and the rows that are
        // not chosen have one line each (the plan in a few words).
        store.setPainAfter(id, 8);
        SessionStartInfo rolls{
            {today, 9, 10, 0}, "knee-rolls", "Knee rolls", "", 8, 1, 2.0, 0.0, 2};
        const auto r = store.beginSession(rolls);
        store.recordSet(r,
                        SetRecord{"Knee rolls", 1, "", 8, false, {today, 9, 12, 0}, 8, 0, false});
        store.endSession(r, {today, 9, 12, 0}, SessionOutcome::Completed);
    }
    for (int selected = 0; selected < 4; ++selected) {
        auto home = makeHomeScreen(*m_context);
        for (int i = 0; i < selected; ++i)
            home->onButton(static_cast<int>(HomeAction::Down), *m_host);
        EXPECT_EQ(checkScreen("home, row " + std::to_string(selected + 1) + " chosen", *home), "");
    }
    std::filesystem::remove(Paths::historyFile());
}

// The check-ins: each question, the tingling switch on, the results (with the six-week advice).
TEST_F(Ink, CheckInsAndTheUrgentNotice) {
    HistoryStore store(s_home / "ink-checkins.sqlite3");
    const Date today = localToday();
    store.addSbi({addDays(today, -56), {2, 2, 2, 2}});
    store.addSbi({addDays(today, -42), {3, 3, 2, 4}});
    store.addWhereFelt({{addDays(today, -1), 9, 0, 0}, Reach::Calf, false});
    auto where = makeCheckInScreen(store, CheckInKind::Where, [] {});
    EXPECT_EQ(checkScreen("where felt", *where), "");
    where->onButton(static_cast<int>(CheckInAction::Tingling), *m_host);
    EXPECT_EQ(checkScreen("where felt, tingling on", *where), "");
    where->onButton(static_cast<int>(CheckInAction::Answer) + 1, *m_host);
    EXPECT_EQ(checkScreen("where felt, kept", *where), "");

    auto urgent = makeCheckInScreen(store, CheckInKind::Urgent, [] {});
    for (int i = 0; i < kUrgentQuestions; ++i) {
        EXPECT_EQ(checkScreen("urgent question " + std::to_string(i + 1), *urgent), "");
        urgent->onButton(static_cast<int>(CheckInAction::Answer) + 1, *m_host);
    }
    EXPECT_EQ(checkScreen("urgent, none", *urgent), "");

    auto sbi = makeCheckInScreen(store, CheckInKind::Sbi, [] {});
    for (int i = 0; i < kSbiItems; ++i) {
        EXPECT_EQ(checkScreen("bothersomeness " + std::to_string(i + 1), *sbi), "");
        sbi->onButton(static_cast<int>(CheckInAction::Answer) + 4, *m_host);
    }
    EXPECT_EQ(checkScreen("bothersomeness, kept with the advice", *sbi), "");

    auto notice = makeSafetyScreen(SafetyMode::Urgent);
    EXPECT_EQ(checkScreen("urgent notice", *notice), "");

    auto history = makeHistoryScreen(store, *m_context);
    EXPECT_EQ(checkScreen("history with bothersomeness and advice", *history), "");
}

TEST_F(Ink, SessionLeadInPostureRestAndDialogs) {
    const Routine r = test::guiFlossing(25, 3, 3.0, 30.0, 8.0);
    PainEntry pain;
    SessionChrome leadIn;
    leadIn.painBefore = &pain;
    leadIn.reminder = "Not a diagnosis: stop if the pain spreads. Press I for the safety notice.";
    leadIn.gettingReady = true; // Start now, +10 s, Pause
    EXPECT_EQ(checkSession("lead-in", r, 2s, leadIn), "");
    EXPECT_EQ(checkSession("posture", r, 9500ms, {}), "");
    // The pain before not yet given when the lead-in ended: it takes the "Next" line, beside
    // the sound tag too, and stays in sight when answered.
    SessionChrome painLater;
    painLater.painBefore = &pain;
    EXPECT_EQ(checkSession("posture, pain before still asked", r, 9500ms, painLater), "");
    painLater.muted = true;
    EXPECT_EQ(checkSession("posture, pain before asked, muted", r, 9500ms, painLater), "");
    PainEntry given;
    given.digit(1);
    painLater.painBefore = &given;
    EXPECT_EQ(checkSession("posture, pain before given", r, 9500ms, painLater), "");
    SessionChrome soundless;
    soundless.soundless = true;
    EXPECT_EQ(checkSession("posture without sound", r, 9500ms, soundless), "");
    const Micros rest = std::chrono::seconds(8 + 25 * 6 + 3);
    EXPECT_EQ(checkSession("rest", r, rest, {}), ""); // Pause, Skip, +10 s
    EXPECT_EQ(checkSession("rest, pain before still asked", r, rest, painLater), "");
    SessionChrome paused;
    paused.overlay = SessionOverlay::Paused;
    EXPECT_EQ(checkSession("paused", r, 9500ms, paused, true), "");
    SessionChrome leave;
    leave.overlay = SessionOverlay::ConfirmLeave;
    EXPECT_EQ(checkSession("leave", r, 9500ms, leave, true), "");
    SessionChrome restart;
    restart.overlay = SessionOverlay::ConfirmRestart;
    restart.repsInSet = 4;
    EXPECT_EQ(checkSession("restart", r, 9500ms, restart, true), "");
    SessionChrome goOn; // a pain before of 8 or more, in the lead-in
    goOn.overlay = SessionOverlay::ConfirmGoOn;
    goOn.painBefore = &pain;
    EXPECT_EQ(checkSession("go on at 8 or more", r, 2s, goOn, true), "");
    SessionChrome guide;
    guide.controls = SessionControls::Guide;
    EXPECT_EQ(checkSession("self-check guide", r, 9500ms, guide), "");
}

// Texts are laid out once and then drawn from the theme's cache. Painted again, after other
// frames and other window sizes, every glyph lands where a theme that never saw them puts it.
TEST_F(Ink, TextsDrawnFromTheCacheLandWhereAFreshLayoutPutsThem) {
    const Routine r = test::guiFlossing(25, 3, 3.0, 30.0, 8.0);
    Session session(Timeline(r, SideChoice::Right));
    session.start(Micros{0});
    PainEntry pain;
    SessionChrome leadIn;
    leadIn.painBefore = &pain;
    // The lead-in, a posture's first frame and its next second, a rest.
    std::vector<std::pair<SessionFrame, SessionChrome>> frames;
    for (const Micros at : {2000ms, 8000ms, 9500ms, 10500ms, 162000ms}) {
        session.update(at);
        frames.emplace_back(describeSession(session.snapshot(at), session.timeline()),
                            at < 8000ms ? leadIn : SessionChrome{});
    }
    // Every frame at every size, painted by the theme `themeFor` gives for it.
    const auto inksOf = [&](const std::function<const Theme&()>& themeFor) {
        std::ostringstream all;
        for (const Size size : kSizes)
            for (const auto& [frame, chrome] : frames) {
                const Theme& theme = themeFor();
                std::vector<TextInk> inks;
                theme.setInkProbe(&inks);
                m_texture.setView(sf::View(
                    sf::FloatRect(0, 0, static_cast<float>(size.w), static_cast<float>(size.h))));
                std::vector<Button> buttons;
                paintSession(m_texture, theme, size, frame, chrome, buttons);
                theme.setInkProbe(nullptr);
                for (const TextInk& ink : inks) {
                    all << ink.text << " " << ink.size << ":";
                    for (const Rect& g : ink.glyphs)
                        all << " " << g.x << "," << g.y << "," << g.w << "," << g.h;
                    all << "\n";
                }
            }
        return all.str();
    };
    std::optional<Theme> fresh;
    const std::string expected = inksOf([&]() -> const Theme& { return fresh.emplace(); });
    EXPECT_NE(expected.find("rep 1 / 25"), std::string::npos);
    const auto cached = [this]() -> const Theme& { return m_theme; };
    EXPECT_EQ(inksOf(cached), expected); // laid out as it goes, and from the cache within a frame
    EXPECT_EQ(inksOf(cached), expected); // everything from the cache
}

TEST_F(Ink, SummaryWithThePainAfter) {
    const Routine r = test::guiFlossing(2, 1, 3.0, 30.0, 2.0);
    Session session(Timeline(r, SideChoice::Right));
    session.start(Micros{0});
    session.update(std::chrono::seconds(100));
    const Summary summary =
        summarize(session.snapshot(std::chrono::seconds(100)), session.timeline());
    PainEntry pain;
    EXPECT_EQ(check("summary",
                    [&](sf::RenderTarget& t, Size size) {
                        std::vector<Button> buttons;
                        paintSummary(t, m_theme, size, summary, r.name, -1, buttons, &pain, 6);
                    }),
              "");
    // The pain before asked again when the lead-in's was skipped.
    EXPECT_EQ(check("summary asking the pain before",
                    [&](sf::RenderTarget& t, Size size) {
                        std::vector<Button> buttons;
                        paintSummary(t, m_theme, size, summary, r.name, -1, buttons, &pain,
                                     std::nullopt, PainWhen::BeforeAtEnd);
                    }),
              "");
}

TEST_F(Ink, SelfCheckQuestionsAndResults) {
    const auto paint = [&](const SelfCheckFlow& flow, const std::string& note) {
        return [&flow, note, this](sf::RenderTarget& t, Size size) {
            std::vector<Button> buttons;
            paintSelfCheckAnswers(t, m_theme, size, flow, note, -1, buttons);
        };
    };
    // Every question of both legs, a symptom felt with one.
    SelfCheckFlow asking({Side::Right, Side::Left}, {Side::Right});
    for (int q = 1; asking.stage() == SelfCheckStage::Questions; ++q) {
        EXPECT_EQ(check("question " + std::to_string(q), paint(asking, "")), "");
        asking.answer(q % 2 == 1);
    }
    EXPECT_EQ(check("result after a symptom", paint(asking, kSelfCheckKept)), "");
    // Each verdict's result: every answer yes or no, on one leg or both; nothing tested.
    for (const bool yes : {true, false})
        for (const std::vector<Side>& legs :
             {std::vector<Side>{Side::Left}, std::vector<Side>{Side::Right, Side::Left}}) {
            SelfCheckFlow flow(legs, legs);
            while (flow.stage() == SelfCheckStage::Questions)
                flow.answer(yes);
            EXPECT_EQ(check(std::string("result, all ") + (yes ? "yes" : "no") + " on " +
                                std::to_string(legs.size()) + " leg(s): " + flow.resultHeading(),
                            paint(flow, kSelfCheckKept)),
                      "");
        }
    const SelfCheckFlow untested({});
    EXPECT_EQ(check("result, nothing tested", paint(untested, "")), "");
}

} // namespace
} // namespace nf::gui
