#include "app/Log.hpp"
#include "app/Terminal.hpp"
#include "app/chart/HistoryChart.hpp"
#include "app/gui/home/SafetyModel.hpp"
#include "app/gui/kit/Gui.hpp"
#include "app/gui/kit/Layout.hpp"
#include "app/gui/kit/Screen.hpp"
#include "app/gui/kit/WakePlan.hpp"
#include "core/SelfCheck.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Joystick.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace nf::gui {
namespace {

// The window and its loop: owns the SFML window, the clock, the theme and a stack of screens
// (home at the bottom). It wakes for input, for the next visible change of the top screen, and
// exactly at the next session cue; it repaints only when the picture changed. Screens decide
// everything else.
class WindowApp final : public ScreenHost {
  public:
    WindowApp(AppContext& context, RequestMaker makeRequest, SessionMaker makeSession,
              SoundCheck checkSound)
        : m_context(context), m_makeRequest(std::move(makeRequest)),
          m_makeSession(std::move(makeSession)), m_checkSound(std::move(checkSound)) {
        // Both members are made by now: the fonts, and the window object, whose GL resource
        // creates the shared context (on llvmpipe: loading Mesa and libLLVM, most of this step).
        logStartupStep("fonts loaded, GL context made");
    }

    int run(std::optional<RunRequest> request) {
        m_stack.push_back(makeHomeScreen(m_context));
        // A session made before the window: a bad trace path fails with one line, no window.
        if (request && request->purpose == RunPurpose::SelfCheck)
            m_stack.push_back(makeSelfCheckScreen(*this, std::move(*request)));
        else if (request)
            m_stack.push_back(makeSessionScreen(*this, std::move(*request)));
        m_muted = m_context.settings.muted;
        // Ctrl-C, SIGTERM or SIGHUP close the window as its close button does: a session under
        // way ends as stopped and is recorded; the status says which signal it was.
        const StopSignals signals;
        logStartupStep("first screens made");
        createWindow();
        logStartupStep("window open");
        loop();
        return Terminal::interruptStatus();
    }

    // ScreenHost
    const Theme& theme() const override { return m_theme; }
    AppContext& context() override { return m_context; }
    const Clock& clock() const override { return m_clock; }
    Size size() const override {
        const auto s = m_window.getSize();
        return {static_cast<double>(s.x), static_cast<double>(s.y)};
    }
    void push(std::unique_ptr<Screen> s) override { m_pending.push_back({Op::Push, std::move(s)}); }
    void pop() override { m_pending.push_back({Op::Pop, nullptr}); }
    void replace(std::unique_ptr<Screen> s) override {
        m_pending.push_back({Op::Replace, std::move(s)});
    }
    void popToHome() override { m_pending.push_back({Op::Home, nullptr}); }
    void quit() override { m_quit = true; }
    void toggleFullscreen() override { m_toggleFullscreen = true; }
    bool fullscreen() const override { return m_fullscreen; }
    bool muted() const override { return m_muted; }
    std::string soundProblem() const override { return m_soundProblem; }
    void setMuted(bool muted) override {
        m_muted = muted;
        // Remembered like every other choice: the next start, window or terminal, is muted too.
        if (m_context.settings.muted == muted)
            return;
        Settings s = m_context.settings;
        s.muted = muted;
        try {
            m_context.saveSettings(s);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "nervefloss: mute not saved: %s\n", e.what());
        }
    }
    RunRequest requestFor(const std::string& id) override { return m_makeRequest(m_context, id); }
    std::shared_ptr<SessionRun> startSession(RunRequest request) override {
        return m_makeSession(m_context, std::move(request), m_clock);
    }
    void startSelfCheck() override {
        // The same run as `nervefloss self-check` with its defaults: the right leg first, 5 s
        // steps.
        RunRequest req;
        req.purpose = RunPurpose::SelfCheck;
        req.routine = selfCheckRoutine(SideChoice::Right, 5.0);
        req.side = SideChoice::Right;
        req.quiet = true;
        push(makeSelfCheckScreen(*this, std::move(req)));
    }

  private:
    enum class Op { Push, Pop, Replace, Home };
    struct Pending {
        Op op;
        std::unique_ptr<Screen> screen;
    };

    void createWindow() {
        // No multisampling: on software rendering (llvmpipe) 4x MSAA made each frame cost ten
        // times as much CPU and 30 MiB more memory; the shapes are big enough to read without it.
        sf::ContextSettings cs;
        cs.antialiasingLevel = 0;
        const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
        std::ostringstream
            quiet; // "antialiasing not supported" and the like: not the user's business
        std::streambuf* previous = sf::err().rdbuf(quiet.rdbuf());
        if (m_fullscreen) {
            m_window.create(desktop, m_title, sf::Style::Fullscreen, cs);
        } else {
            if (m_windowed.x == 0) {
                m_windowed.x = std::clamp(desktop.width * 85 / 100, 640u, 1024u);
                m_windowed.y = std::clamp(desktop.height * 85 / 100, 480u, 720u);
            }
            m_window.create(sf::VideoMode(m_windowed.x, m_windowed.y), m_title, sf::Style::Default,
                            cs);
            // SFML 2.5 puts a new window at (240, 340), cut off on small screens: centre it.
            m_window.setPosition(
                {std::max(0, static_cast<int>(desktop.width - m_windowed.x) / 2),
                 std::max(0, static_cast<int>(desktop.height - m_windowed.y) / 2)});
        }
        sf::err().rdbuf(previous);
        m_window.setKeyRepeatEnabled(false);
        fitView();
    }

    void fitView() {
        const auto s = m_window.getSize();
        m_window.setView(
            sf::View(sf::FloatRect(0.f, 0.f, static_cast<float>(s.x), static_cast<float>(s.y))));
    }

    Vec2 pointer(int x, int y) const {
        const sf::Vector2f p = m_window.mapPixelToCoords({x, y});
        return {p.x, p.y};
    }

    // True when the event may have changed the picture.
    bool handle(const sf::Event& e) {
        Screen& top = *m_stack.back();
        switch (e.type) {
        case sf::Event::Closed:
            m_quit = true;
            return false;
        case sf::Event::Resized: {
            const unsigned w = std::max(e.size.width, static_cast<unsigned>(kMinWindow.w));
            const unsigned h = std::max(e.size.height, static_cast<unsigned>(kMinWindow.h));
            if (w != e.size.width || h != e.size.height)
                m_window.setSize({w, h});
            if (!m_fullscreen)
                m_windowed = {w, h};
            fitView();
            return true;
        }
        case sf::Event::KeyPressed:
            if (e.key.code == sf::Keyboard::Q && e.key.control) {
                m_quit = true;
                return false;
            }
            top.onKey(e.key, *this);
            return true;
        case sf::Event::TextEntered:
            top.onText(e.text.unicode, *this);
            return true;
        case sf::Event::JoystickButtonPressed:
            top.onPadButton(e.joystickButton.button, *this);
            return true;
        case sf::Event::MouseButtonPressed:
            if (e.mouseButton.button != sf::Mouse::Left)
                return false;
            top.onClick(pointer(e.mouseButton.x, e.mouseButton.y), *this);
            return true;
        case sf::Event::MouseMoved:
            return top.onPointer(pointer(e.mouseMove.x, e.mouseMove.y));
        case sf::Event::MouseWheelScrolled:
            if (e.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel)
                return false;
            top.onWheel(e.mouseWheelScroll.delta > 0 ? 1 : -1, *this);
            return true;
        case sf::Event::MouseLeft:
            return top.onPointer({-1, -1});
        case sf::Event::GainedFocus:
        case sf::Event::LostFocus:
            return true;
        default:
            return false;
        }
    }

    bool applyPending() {
        bool changed = false;
        while (!m_pending.empty()) {
            Pending p = std::move(m_pending.front());
            m_pending.erase(m_pending.begin());
            changed = true;
            switch (p.op) {
            case Op::Push:
                m_stack.push_back(std::move(p.screen));
                break;
            case Op::Pop:
                closeTop();
                break;
            case Op::Replace:
                closeTop();
                m_stack.push_back(std::move(p.screen));
                break;
            case Op::Home:
                while (m_stack.size() > 1)
                    closeTop();
                break;
            }
        }
        if (m_stack.empty())
            m_quit = true;
        else if (changed)
            m_stack.back()->clearHover();
        return changed;
    }

    void closeTop() {
        if (m_stack.empty())
            return;
        m_stack.back()->onClose(*this);
        m_stack.pop_back();
    }

    // At debug level, each new picture's screen and buttons, once per change: what a test (or
    // a person reading the log) needs to know where to click without copying the layout.
    void logScreen(const Screen& top) {
        if (!spdlog::should_log(spdlog::level::debug))
            return;
        std::string line = "screen \"" + top.title() + "\" buttons:";
        for (const Button& b : top.buttons())
            line += " [" + b.label + (b.enabled ? "" : " (off)") + "@" +
                    std::to_string(static_cast<int>(b.rect.x)) + "," +
                    std::to_string(static_cast<int>(b.rect.y)) + "," +
                    std::to_string(static_cast<int>(b.rect.w)) + "," +
                    std::to_string(static_cast<int>(b.rect.h)) + "]";
        if (line == m_loggedScreen)
            return;
        m_loggedScreen = line;
        spdlog::debug("{}", line);
    }

    std::optional<Micros> deadline() const {
        std::optional<Micros> d;
        for (const auto& s : m_stack)
            if (auto sd = s->deadline())
                d = d ? std::min(*d, *sd) : *sd;
        return d;
    }

    void loop() {
        bool dirty = true;
        while (m_window.isOpen()) {
            sf::Event e;
            while (m_window.pollEvent(e))
                if (handle(e))
                    dirty = true;
            dirty |= applyPending();
            for (auto& s : m_stack)
                s->update(*this);
            dirty |= applyPending();
            if (m_quit || Terminal::wasInterrupted())
                break;
            // The safety notice opens over home at the first start, never over a session.
            if (safetyNoticeDue(m_context.settings, m_stack.size(), m_safetyShown)) {
                m_safetyShown = true;
                m_stack.push_back(makeSafetyScreen(SafetyMode::FirstStart));
                dirty = true;
            }
            // Then which leg is affected, rather than assuming one.
            if (affectedLegDue(m_context.settings, m_stack.size(), m_legAsked)) {
                m_legAsked = true;
                m_stack.push_back(makeAffectedLegScreen());
                dirty = true;
            }
            if (m_toggleFullscreen) {
                m_toggleFullscreen = false;
                m_fullscreen = !m_fullscreen;
                createWindow();
                dirty = true;
            }
            Screen& top = *m_stack.back();
            if (top.title() != m_title) {
                m_title = top.title();
                m_window.setTitle(fromUtf8(m_title));
            }
            dirty |= top.changed(*this);

            const std::optional<Micros> cue = deadline();
            Micros now = m_clock.now();
            if (dirty && mayPaint(now, cue)) {
                top.paint(m_window, *this);
                if (!m_firstPainted)
                    logStartupStep("first picture drawn");
                m_firstPainted = true;
                m_window.display();
                logFirstFrame();
                logScreen(top);
                dirty = false;
                now = m_clock.now();
                // After the first picture, so it does not wait for an audio device to open.
                // Asked only when sound is wanted: a person who chose silence needs no warning.
                if (!m_soundChecked && m_checkSound &&
                    m_context.settings.audioMode != AudioMode::Silent) {
                    m_soundProblem = m_checkSound();
                    dirty = !m_soundProblem.empty();
                    now = m_clock.now();
                }
                m_soundChecked = true;
            }
            // A gamepad's buttons come only through polling; everything else wakes the loop on
            // the display's connection.
            const bool onDisplay = !anyGamepad();
            const WakePlan wake = planWake(now, top.untilChange(*this), cue, dirty,
                                           onDisplay ? kIdleWait : kIdlePoll);
            // A wake for a cue ends exactly on it; the others may be a little late, or early
            // for input.
            if (wake.forCue || !onDisplay)
                m_clock.waitUntil(wake.at,
                                  wake.forCue ? WaitPrecision::Exact : WaitPrecision::Coarse);
            else
                waitForInput(wake.at);
        }
        // Top screen first.
        std::for_each(m_stack.rbegin(), m_stack.rend(),
                      [this](auto& screen) { screen->onClose(*this); });
        m_stack.clear();
        if (m_window.isOpen())
            m_window.close();
    }

    static bool anyGamepad() {
        for (unsigned i = 0; i < sf::Joystick::Count; ++i)
            if (sf::Joystick::isConnected(i))
                return true;
        return false;
    }

    // Sleeps until input arrives or `at`. Polling instead (as SFML 2.5 offers) woke the idle
    // home 25 times a second, and each wake of a sleeping process costs more than the little it
    // does: 0.5 % of a core for nothing (measured under Xvfb).
    void waitForInput(Micros at) {
        const Micros left = at - m_clock.now();
        if (left <= Micros{0})
            return;
        const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left);
        switch (waitForDisplayInput(ms)) {
        case DisplayWait::Input:
        case DisplayWait::TimedOut:
            return;
        case DisplayWait::Queued: // already read, perhaps not for our window: never spin on it
        case DisplayWait::NoConnection: // as before: poll
            m_clock.waitUntil(std::min(at, m_clock.now() + kIdlePoll), WaitPrecision::Coarse);
            return;
        }
    }

    AppContext& m_context;
    RequestMaker m_makeRequest;
    SessionMaker m_makeSession;
    SoundCheck m_checkSound;
    bool m_soundChecked = false;
    bool m_firstPainted = false;
    std::string m_soundProblem;
    std::string m_loggedScreen;
    bool m_safetyShown = false; // the first-start notice, once per run of the window
    bool m_legAsked = false;    // the first start's affected-leg question, likewise
    SteadyClock m_clock;
    Theme m_theme; // loads the fonts first: a missing font fails before any window opens
    sf::RenderWindow m_window;
    std::string m_title = "nervefloss";
    sf::Vector2u m_windowed{0, 0};
    std::vector<std::unique_ptr<Screen>> m_stack;
    std::vector<Pending> m_pending;
    bool m_quit = false;
    bool m_fullscreen = false;
    bool m_toggleFullscreen = false;
    bool m_muted = false;
};

} // namespace

void preferLeanSoftwareRendering() {
    // Mesa's software renderer splits each frame over threads; for our few, simple frames the
    // hand-over costs more than it saves (measured: a quarter less CPU on one thread). Only
    // llvmpipe reads this, and a user's own setting wins.
    setenv("LP_NUM_THREADS", "0", 0);
}

int runWindow(AppContext& context, std::optional<RunRequest> request, RequestMaker makeRequest,
              SessionMaker makeSession, SoundCheck checkSound) {
    preferLeanSoftwareRendering();
    WindowApp app(context, std::move(makeRequest), std::move(makeSession), std::move(checkSound));
    return app.run(std::move(request));
}

} // namespace nf::gui
