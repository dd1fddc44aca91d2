#pragma once

#include <SFML/Window/Keyboard.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

// The actions of each screen, from keys and from its buttons alike: a button carries the same
// number its key binding does, so a click and a key cannot mean different things.
enum class HomeAction {
    Start = 1,
    Settings,
    Help,
    FullScreen,
    Quit,
    SelfCheck,
    Safety,
    Up,
    Down,
    Row = 100,     // + the routine's index: start that routine
    History = 900, // the history's part of home (HomeHistory) takes these two
    Apply = 901,
};
enum class SessionAction {
    TogglePause = 1,
    Skip,
    EndSet,
    Restart,
    Mute,
    FullScreen,
    Help,
    Back,
    Leave,
    Stay,
    Symptom,   // the self-check's guide: stop at the first symptom and go to the questions
    Safety,    // the safety notice (the session waits while it is read)
    Pause,     // the guide's pause (Space there is the next step)
    PainDigit, // a number key: the pain before, taken by the lead-in before any other binding
    RestartConfirmed, // the set's reps may be thrown away: restart it
    Go,               // Space: getting ready, start at once; otherwise pause or go on
    MoreTime,         // 10 s more to get ready or to rest (never during a posture)
};
enum class SummaryAction {
    Home = 1,
    Again,
    Quit,
    Help,
    FullScreen,
    PainDigit, // a number key: the pain after, taken by the rating before any other binding
};
enum class AnswerAction { Yes = 1, No, Undo, Help, Leave, Home, Again, Safety, FullScreen };
enum class SettingsAction {
    Reset = 1,
    Back,
    Up,
    Down,
    Less,
    More,
    NextTab,
    PreviousTab,
    Help,
    FullScreen,
};
enum class HelpAction { Keys = 1, Safety, Back, FullScreen };
enum class SafetyAction { Acknowledge = 1, Later, Back, FullScreen };
enum class HistoryAction { Back = 1, FullScreen, Help, Up, Down, PageUp, PageDown, Report };
enum class MorningAction { Better = 1, Same, Worse, Skip, FullScreen };
enum class AffectedLegAction { Left = 1, Right, Both, Later, FullScreen };
// The check-ins (where felt, urgent signs, bothersomeness): Answer + the answer's index.
enum class CheckInAction { Close = 1, Back, Tingling, Help, FullScreen, Answer = 100 };

// One key binding: any of `keys` runs `action`; help shows `keyText` and `does`.
struct KeyBinding {
    std::vector<sf::Keyboard::Key> keys;
    std::string keyText; // "Space", "Right arrow"
    std::string does;    // "Pause or go on"
    int action = 0;
    bool shift = false; // only with Shift held (Shift+Tab); otherwise only without it
};

// The key bindings of one screen. The screen's onKey looks every key up here and the help screen
// lists the same rows, so what help says and what a key does cannot disagree. To add a key (a
// presenter clicker's PageDown, a gamepad button mapped to a key), add a row to the screen's
// table in KeyMap.cpp.
struct KeyMap {
    std::string screen; // "Session", shown as the help page's heading
    std::vector<KeyBinding> bindings;
};

// The action bound to a key (with or without Shift) in `map`, or nothing.
std::optional<int> actionFor(const KeyMap& map, sf::Keyboard::Key key, bool shift = false);

enum class KeyScreen {
    Home,
    Session,
    Guide,
    Leave,
    Restart,
    Summary,
    Questions,
    Result,
    Settings,
    Help,
    Safety,
    FirstSafety,
    History,
    Morning,
    WhereFelt,
    UrgentSigns,
    Bothersome,
    AffectedLeg,
    GoOn,
};
const KeyMap& keyMap(KeyScreen screen);
// Every screen's map, for the help screen and the tests.
const std::vector<KeyScreen>& keyScreens();

// "Pause (Space)": a button's label with the first key bound to its action in `map` (the label
// alone when no key is bound), so a button teaches its key.
std::string withKey(const std::string& label, const KeyMap& map, int action);

// Keys every screen shares: Ctrl+Q quits (the window handles it before any screen).
inline constexpr const char* kQuitKeyText = "Ctrl+Q";

} // namespace nf::gui
