#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/gui/kit/Gui.hpp"
#include "app/gui/kit/KeyMap.hpp"
#include "app/gui/kit/Theme.hpp"

#include <SFML/Window/Event.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

class Screen;

// What a screen may ask of the window around it. Stack changes (push, pop, replace) are applied
// after the current frame, so a screen never destroys itself while it is running.
class ScreenHost {
  public:
    virtual ~ScreenHost() = default;
    virtual const Theme& theme() const = 0;
    virtual AppContext& context() = 0;
    virtual const Clock& clock() const = 0;
    virtual Size size() const = 0;

    virtual void push(std::unique_ptr<Screen> screen) = 0;
    virtual void pop() = 0;
    virtual void replace(std::unique_ptr<Screen> screen) = 0; // the top screen by another
    virtual void popToHome() = 0;                             // back to the bottom screen
    virtual void quit() = 0;

    virtual void toggleFullscreen() = 0;
    virtual bool fullscreen() const = 0;
    virtual bool muted() const = 0;
    virtual void setMuted(bool muted) = 0;
    // Why no sound would play ("no audio output device"), or empty (also before it is known).
    virtual std::string soundProblem() const = 0;

    // The run of a routine with the settings in force (the same rule as `nervefloss run`).
    virtual RunRequest requestFor(const std::string& routineId) = 0;
    // A session for `request`, its sinks wired as main.cpp says, on this window's clock. Shared:
    // the summary rates the pain after on it once the session screen has gone.
    virtual std::shared_ptr<SessionRun> startSession(RunRequest request) = 0;
    // Opens the slump self-check (its guide, questions and result) over the top screen, as
    // `nervefloss self-check` does.
    virtual void startSelfCheck() = 0;
};

// One screen of the window: home, session, settings, help, summary. A screen paints itself from
// its own state and turns keys and clicks into its own commands; the window owns the loop.
//
// To add a screen: derive from Screen, paint with host.theme() into rectangles from a pure layout
// function (Layout.hpp, unit-tested), list clickable areas in m_buttons while painting, map keys
// and buttons to the same commands in onKey()/onButton(), and push it with host.push().
class Screen {
  public:
    virtual ~Screen() = default;

    virtual void onKey(const sf::Event::KeyEvent& key, ScreenHost& host) = 0;
    virtual void onText(sf::Uint32 /*unicode*/, ScreenHost& /*host*/) {}
    // A gamepad button (SFML's numbering, from 0); only the session screen listens.
    virtual void onPadButton(unsigned /*button*/, ScreenHost& /*host*/) {}
    virtual void onButton(int action, ScreenHost& host) = 0;
    // A click: the button under the pointer, if any, runs its action.
    void onClick(Vec2 point, ScreenHost& host);
    // The pointer moved; true when the hovered button changed (the screen must be repainted).
    bool onPointer(Vec2 point);
    // The screen came back on top (or went under another): no button stays lit under a pointer
    // that was last seen on another screen's button.
    void clearHover() { m_hover = -1; }
    // The mouse wheel turned: `steps` > 0 away from the user (up).
    virtual void onWheel(int /*steps*/, ScreenHost& /*host*/) {}

    // Advances whatever runs on its own (a session). Called on every wake-up, even when another
    // screen covers this one.
    virtual void update(ScreenHost& /*host*/) {}
    // True when the picture differs from the last one painted (input aside).
    virtual bool changed(ScreenHost& /*host*/) const { return false; }
    // How long from now until the picture changes on its own; empty: only input changes it.
    virtual std::optional<Micros> untilChange(ScreenHost& /*host*/) const { return std::nullopt; }
    // The next instant (shell clock) at which something must happen on time (a cue): the window
    // wakes exactly then and does not start a frame just before it.
    virtual std::optional<Micros> deadline() const { return std::nullopt; }
    // Called when the window closes: a running session stops and says so to its sinks.
    virtual void onClose(ScreenHost& /*host*/) {}

    virtual void paint(sf::RenderTarget& target, ScreenHost& host) = 0;
    // The window title while this screen is on top; it always starts with "nervefloss".
    virtual std::string title() const { return "nervefloss"; }
    // The clickable areas of the last painted picture (tests ask the window for them).
    const std::vector<Button>& buttons() const { return m_buttons; }

  protected:
    // Paints m_buttons[first, end) as one row (one text size), the hovered one lit.
    void paintButtons(sf::RenderTarget& target, const Theme& theme, const Scheme& scheme,
                      std::size_t first, std::size_t end) const;

    std::vector<Button> m_buttons; // filled while painting
    int m_hover = -1;
};

// The screens, made through these so the window and the `render` command need no class details.
std::unique_ptr<Screen> makeHomeScreen(AppContext& context);
std::unique_ptr<Screen> makeSessionScreen(ScreenHost& host, RunRequest request);
// Opens at the tab of routine `routineIndex`; one past the last routine is the sound tab.
std::unique_ptr<Screen> makeSettingsScreen(AppContext& context, int routineIndex);
// Help for the screen it was opened from: that screen's key map (the very table its keys are
// handled by), then the safety notice on a second page.
std::unique_ptr<Screen> makeHelpScreen(KeyScreen from);
// The safety notice: at the first start (acknowledged and remembered), just for reading, or its
// urgent part alone after a yes to a weekly urgent-signs question.
enum class SafetyMode { FirstStart, Reading, Urgent };
std::unique_ptr<Screen> makeSafetyScreen(SafetyMode mode);
// A first-start answer kept: the settings saved, or, when they cannot be written, in force for
// this run only (the question comes back at the next start) and the problem in one line.
std::optional<std::string> rememberForNextStart(AppContext& context, const Settings& next);
// The first start's question: which leg is affected (left, right or both), kept in the settings.
std::unique_ptr<Screen> makeAffectedLegScreen();
// The slump self-check: the guide of a RunPurpose::SelfCheck request, then its questions and
// result; the answers go to the guide's session as events.
std::unique_ptr<Screen> makeSelfCheckScreen(ScreenHost& host, RunRequest request);

} // namespace nf::gui
