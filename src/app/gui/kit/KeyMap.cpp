#include "app/gui/kit/KeyMap.hpp"

#include <algorithm>
#include <map>

namespace nf::gui {
namespace {

using K = sf::Keyboard;

template <class Action>
KeyBinding binding(std::vector<K::Key> keys, std::string keyText, std::string does, Action action,
                   bool shift = false) {
    return {std::move(keys), std::move(keyText), std::move(does), static_cast<int>(action), shift};
}

// The same words for the same key on every screen: the tests hold every letter to one meaning.
constexpr const char* kHelp = "Help (this page)";
constexpr const char* kFull = "Full screen or window";
constexpr const char* kSafety = "Safety notice";
constexpr const char* kSelfCheck = "Slump self-check";
const std::vector<K::Key> kHelpKeys{K::H};
const std::vector<K::Key> kFullKeys{K::F, K::F11};
const std::vector<K::Key> kDigits{K::Num0,    K::Num1,    K::Num2,    K::Num3,    K::Num4,
                                  K::Num5,    K::Num6,    K::Num7,    K::Num8,    K::Num9,
                                  K::Numpad0, K::Numpad1, K::Numpad2, K::Numpad3, K::Numpad4,
                                  K::Numpad5, K::Numpad6, K::Numpad7, K::Numpad8, K::Numpad9};

KeyMap homeKeys() {
    using A = HomeAction;
    return {"Home",
            {
                binding({K::Up}, "Up", "Previous routine", A::Up),
                binding({K::Down}, "Down", "Next routine", A::Down),
                binding({K::Enter, K::Space}, "Enter, Space", "Start the chosen routine", A::Start),
                binding({K::Num1, K::Num2, K::Num3, K::Num4, K::Num5, K::Num6, K::Num7, K::Num8,
                         K::Num9},
                        "1-9", "Start that routine", A::Row),
                binding({K::O}, "O", "Settings (options)", A::Settings),
                binding({K::G}, "G", "History", A::History),
                binding({K::U}, "U", "Use the suggestion", A::Apply),
                binding({K::C}, "C", kSelfCheck, A::SelfCheck),
                binding({K::I}, "I", kSafety, A::Safety),
                binding(kHelpKeys, "H or ?", kHelp, A::Help),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape}, "Esc", "Close nervefloss", A::Quit),
            }};
}

KeyMap sessionKeys() {
    using A = SessionAction;
    return {
        "Session",
        {
            // Getting into position (the lead-in, a new exercise's set-up) Space starts at
            // once; P always pauses.
            binding({K::Space}, "Space", "Start now (getting ready), else pause or go on", A::Go),
            // A presenter clicker sends PageDown ("next"), which skips, and PageUp
            // ("previous") or its blank-screen key (B or period), which pause: even a
            // two-button clicker reaches pause.
            binding({K::P, K::PageUp, K::B, K::Period}, "P, PgUp, B, .", "Pause or go on",
                    A::TogglePause),
            binding({K::Add, K::Equal}, "+", "10 s more to get ready or to rest", A::MoreTime),
            binding({K::Right, K::PageDown}, "Right, PgDn", "Skip this step", A::Skip),
            // Listed for the help page; they arrive as gamepad buttons and media keys, not
            // as keyboard keys (gui/HandsFree, desktop/).
            binding({}, "Pad 1, 2, 3", "Gamepad: pause, skip, end the set", A::TogglePause),
            binding({}, "Media keys", "Play/pause, next (skip), stop (asks)", A::TogglePause),
            binding({K::E}, "E", "End the set (the pain eased)", A::EndSet),
            binding({K::R}, "R", "Restart the set", A::Restart),
            binding({K::M}, "M", "Mute or unmute", A::Mute),
            binding(kDigits, "0-9, 1 0", "Pain before (until given): 1 then 0 is ten",
                    A::PainDigit),
            binding({K::I}, "I", kSafety, A::Safety),
            binding(kHelpKeys, "H or ?", kHelp, A::Help),
            binding(kFullKeys, "F or F11", kFull, A::FullScreen),
            binding({K::Escape}, "Esc", "Back to home (asks first)", A::Back),
        }};
}

KeyMap guideKeys() {
    using A = SessionAction;
    return {"Self-check guide",
            {
                binding({K::Space, K::Right}, "Space, Right", "Next step (or go on when paused)",
                        A::Skip),
                binding({K::S}, "S", "Symptom: I feel my usual symptom", A::Symptom),
                binding({K::P}, "P", "Pause or go on", A::Pause),
                binding({K::M}, "M", "Mute or unmute", A::Mute),
                binding({K::I}, "I", kSafety, A::Safety),
                binding(kHelpKeys, "H or ?", kHelp, A::Help),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape}, "Esc", "Back to home (asks first)", A::Back),
            }};
}

KeyMap leaveKeys() {
    using A = SessionAction;
    return {"Leave the session?",
            {
                binding({K::Y, K::Enter}, "Y, Enter", "Yes", A::Leave),
                binding({K::N, K::Space}, "N, Space", "No", A::Stay),
                binding({K::Escape}, "Esc", "Close this question (stay)", A::Stay),
            }};
}

KeyMap restartKeys() {
    using A = SessionAction;
    return {"Restart this set?",
            {
                // Y and N mean yes and no to the question, as on every screen that asks.
                binding({K::Y, K::Enter}, "Y, Enter", "Yes", A::RestartConfirmed),
                binding({K::N, K::Space}, "N, Space", "No", A::Stay),
                binding({K::Escape}, "Esc", "Close this question (keep going)", A::Stay),
            }};
}

// A pain of 8 or more before a session: go on at all? Not going on is the easy answer.
KeyMap goOnKeys() {
    using A = SessionAction;
    return {"Pain of 8 or more: go on?",
            {
                binding({K::Y}, "Y", "Yes", A::Stay),
                binding({K::N, K::Enter, K::Space}, "N, Enter", "No", A::Leave),
                binding({K::Escape}, "Esc", "Close this question (stop here)", A::Leave),
            }};
}

KeyMap summaryKeys() {
    using A = SummaryAction;
    return {"Summary",
            {
                binding(kDigits, "0-9, 1 0", "Pain after: 1 then 0 is ten", A::PainDigit),
                binding({K::Enter}, "Enter", "Skip the rating, then home", A::Home),
                binding({K::A}, "A", "The same routine again", A::Again),
                binding(kHelpKeys, "H or ?", kHelp, A::Help),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape, K::Backspace}, "Esc", "Back to home", A::Home),
            }};
}

KeyMap questionKeys() {
    using A = AnswerAction;
    return {"Self-check questions",
            {
                binding({K::Y}, "Y", "Yes", A::Yes),
                binding({K::N}, "N", "No", A::No),
                binding({K::Backspace}, "Backspace", "Back one question", A::Undo),
                binding(kHelpKeys, "H or ?", kHelp, A::Help),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape}, "Esc", "Back to home (answers not kept)", A::Leave),
            }};
}

KeyMap resultKeys() {
    using A = AnswerAction;
    return {"Self-check result",
            {
                binding({K::Enter}, "Enter", "Home", A::Home),
                binding({K::C}, "C", kSelfCheck, A::Again),
                binding({K::I}, "I", kSafety, A::Safety),
                binding({K::Backspace}, "Backspace", "Back one question", A::Undo),
                binding(kHelpKeys, "H or ?", kHelp, A::Help),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape}, "Esc", "Back to home", A::Home),
            }};
}

KeyMap settingsKeys() {
    using A = SettingsAction;
    return {
        "Settings",
        {
            binding({K::Up}, "Up", "Previous value", A::Up),
            binding({K::Down}, "Down", "Next value", A::Down),
            binding({K::Left, K::Subtract, K::Hyphen}, "Left, -", "Less (Shift: five steps)",
                    A::Less),
            binding({K::Right, K::Add, K::Equal}, "Right, +", "More (Shift: five steps)", A::More),
            binding({K::Tab}, "Shift+Tab", "Previous tab", A::PreviousTab, true),
            binding({K::Tab, K::PageDown}, "Tab, PageDown", "Next tab", A::NextTab),
            binding({K::PageUp}, "PageUp", "Previous tab", A::PreviousTab),
            binding({K::Delete, K::Backspace}, "Delete", "Back to the routine's values", A::Reset),
            binding(kHelpKeys, "H or ?", kHelp, A::Help),
            binding(kFullKeys, "F or F11", kFull, A::FullScreen),
            binding({K::Escape, K::Enter}, "Esc, Enter", "Back (every change is already saved)",
                    A::Back),
        }};
}

KeyMap helpPageKeys() {
    using A = HelpAction;
    return {"Help",
            {
                binding({K::K}, "K", "Keys of the screen", A::Keys),
                binding({K::I}, "I", kSafety, A::Safety),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape, K::Enter, K::Backspace}, "Esc, Enter", "Back to where you were",
                        A::Back),
            }};
}

KeyMap safetyKeys() {
    using A = SafetyAction;
    return {
        "Safety notice",
        {
            binding(kFullKeys, "F or F11", kFull, A::FullScreen),
            binding({K::Escape, K::Enter, K::Space, K::Backspace}, "Esc, Enter", "Back", A::Back),
        }};
}

KeyMap firstSafetyKeys() {
    using A = SafetyAction;
    return {"Safety notice (first start)",
            {
                binding({K::Enter, K::Space}, "Enter, Space", "I have read this", A::Acknowledge),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape, K::Backspace}, "Esc",
                        "Close it for now (shown again next start)", A::Later),
            }};
}

KeyMap historyKeys() {
    using A = HistoryAction;
    return {"History",
            {
                binding({K::Up}, "Up", "Scroll the sessions up", A::Up),
                binding({K::Down}, "Down", "Scroll the sessions down", A::Down),
                binding({K::PageUp}, "PageUp", "A page of sessions up", A::PageUp),
                binding({K::PageDown}, "PageDown", "A page of sessions down", A::PageDown),
                binding({K::W}, "W", "Report for your physio (PDF)", A::Report),
                binding(kHelpKeys, "H or ?", kHelp, A::Help),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape, K::Backspace, K::Enter}, "Esc", "Back to home", A::Back),
            }};
}

KeyMap morningKeys() {
    using A = MorningAction;
    return {"Morning question",
            {
                binding({K::Num1, K::Numpad1}, "1", "Better", A::Better),
                binding({K::Num2, K::Numpad2}, "2", "The same", A::Same),
                binding({K::Num3, K::Numpad3}, "3", "Worse", A::Worse),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape, K::Enter, K::Backspace}, "Esc", "Close the question (skip it)",
                        A::Skip),
            }};
}

KeyMap affectedLegKeys() {
    using A = AffectedLegAction;
    return {"Which leg is affected?",
            {
                // Digits, as the morning question: every letter already means one thing.
                binding({K::Num1, K::Numpad1}, "1", "The left leg", A::Left),
                binding({K::Num2, K::Numpad2}, "2", "The right leg", A::Right),
                binding({K::Num3, K::Numpad3}, "3", "Both legs", A::Both),
                binding(kFullKeys, "F or F11", kFull, A::FullScreen),
                binding({K::Escape, K::Backspace}, "Esc", "Close the question (asked next start)",
                        A::Later),
            }};
}

// The keys common to the three check-ins: Esc closes (the question comes back next time),
// Backspace takes back an answer, and the answers' own keys come first.
KeyMap checkInKeys(std::string screen, std::vector<KeyBinding> answers, const char* closeDoes) {
    using A = CheckInAction;
    answers.push_back(binding({K::Backspace}, "Backspace", "Back one question", A::Back));
    answers.push_back(binding(kHelpKeys, "H or ?", kHelp, A::Help));
    answers.push_back(binding(kFullKeys, "F or F11", kFull, A::FullScreen));
    answers.push_back(binding({K::Escape, K::Enter}, "Esc, Enter", closeDoes, A::Close));
    return {std::move(screen), std::move(answers)};
}

int answer(int index) {
    return static_cast<int>(CheckInAction::Answer) + index;
}

KeyMap whereFeltKeys() {
    return checkInKeys(
        "Where it was felt",
        {
            binding({K::Num1, K::Numpad1}, "1", "Felt down to the buttock", answer(0)),
            binding({K::Num2, K::Numpad2}, "2", "Felt down to the thigh", answer(1)),
            binding({K::Num3, K::Numpad3}, "3", "Felt down to the calf", answer(2)),
            binding({K::Num4, K::Numpad4}, "4", "Not felt (nothing recorded)", answer(3)),
            binding({K::T}, "T", "New tingling or numbness: on or off", CheckInAction::Tingling),
        },
        "Close (skip this question)");
}

KeyMap urgentKeys() {
    return checkInKeys("Weekly urgent-signs check",
                       {
                           binding({K::Y}, "Y", "Yes", answer(0)),
                           binding({K::N}, "N", "No", answer(1)),
                       },
                       "Close (asked again next time)");
}

KeyMap bothersomeKeys() {
    std::vector<KeyBinding> ratings;
    for (int i = 0; i <= 6; ++i)
        ratings.push_back(
            binding({static_cast<K::Key>(K::Num0 + i), static_cast<K::Key>(K::Numpad0 + i)},
                    std::to_string(i),
                    i == 0   ? "Not at all"
                    : i == 6 ? "Extremely"
                             : "Rating " + std::to_string(i),
                    answer(i)));
    return checkInKeys("Bothersomeness (every two weeks)", std::move(ratings),
                       "Close (asked again next time)");
}

} // namespace

std::optional<int> actionFor(const KeyMap& map, sf::Keyboard::Key key, bool shift) {
    const auto has = [&](const KeyBinding& b) {
        return std::find(b.keys.begin(), b.keys.end(), key) != b.keys.end();
    };
    // A Shift row (Shift+Tab) wins while Shift is held; other rows take the key either way, so
    // Shift+Right is still "more" (in five steps).
    if (shift)
        for (const KeyBinding& b : map.bindings)
            if (b.shift && has(b))
                return b.action;
    for (const KeyBinding& b : map.bindings)
        if (!b.shift && has(b))
            return b.action;
    return std::nullopt;
}

std::string withKey(const std::string& label, const KeyMap& map, int action) {
    for (const KeyBinding& b : map.bindings) {
        if (b.action != action || b.shift)
            continue;
        // The first key named: "Space" of "Space, Right", "H" of "H or ?".
        std::string key =
            b.keyText.substr(0, std::min(b.keyText.find(','), b.keyText.find(" or ")));
        std::string text = label;
        text += " (";
        text += key;
        text += ")";
        return text;
    }
    return label;
}

const KeyMap& keyMap(KeyScreen screen) {
    static const std::map<KeyScreen, KeyMap> maps{
        {KeyScreen::Home, homeKeys()},
        {KeyScreen::Session, sessionKeys()},
        {KeyScreen::Guide, guideKeys()},
        {KeyScreen::Leave, leaveKeys()},
        {KeyScreen::Restart, restartKeys()},
        {KeyScreen::Summary, summaryKeys()},
        {KeyScreen::Questions, questionKeys()},
        {KeyScreen::Result, resultKeys()},
        {KeyScreen::Settings, settingsKeys()},
        {KeyScreen::Help, helpPageKeys()},
        {KeyScreen::Safety, safetyKeys()},
        {KeyScreen::FirstSafety, firstSafetyKeys()},
        {KeyScreen::History, historyKeys()},
        {KeyScreen::Morning, morningKeys()},
        {KeyScreen::WhereFelt, whereFeltKeys()},
        {KeyScreen::UrgentSigns, urgentKeys()},
        {KeyScreen::Bothersome, bothersomeKeys()},
        {KeyScreen::AffectedLeg, affectedLegKeys()},
        {KeyScreen::GoOn, goOnKeys()},
    };
    return maps.at(screen);
}

const std::vector<KeyScreen>& keyScreens() {
    static const std::vector<KeyScreen> all{
        KeyScreen::Home,       KeyScreen::Session,     KeyScreen::Guide,     KeyScreen::Leave,
        KeyScreen::Restart,    KeyScreen::Summary,     KeyScreen::Questions, KeyScreen::Result,
        KeyScreen::Settings,   KeyScreen::Help,        KeyScreen::Safety,    KeyScreen::FirstSafety,
        KeyScreen::History,    KeyScreen::Morning,     KeyScreen::WhereFelt, KeyScreen::UrgentSigns,
        KeyScreen::Bothersome, KeyScreen::AffectedLeg, KeyScreen::GoOn,
    };
    return all;
}

} // namespace nf::gui
