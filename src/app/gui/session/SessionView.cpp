#include "app/gui/session/SessionView.hpp"

#include "app/gui/home/SafetyModel.hpp"
#include "app/gui/session/PainView.hpp"
#include "app/gui/session/SessionLayout.hpp"

#include <algorithm>

namespace nf::gui {
namespace {

constexpr const char* kSep = "   \xC2\xB7   ";

Button action(const Rect& r, std::string label, SessionAction a) {
    return Button{r, std::move(label), static_cast<int>(a)};
}

// The dialog over the session: the screen above `above` (the rep / set line) is dimmed and holds
// the box; that line and what is under it stay as they are, so the person sees where they are.
void dialog(sf::RenderTarget& target, const Theme& theme, Size size, double above,
            const std::string& title, const std::string& text, std::vector<Button>& buttons,
            int hover) {
    const Size s = layoutSize(size);
    Theme::fill(target, {0, 0, s.w, above}, Rgb{0, 0, 0, 165});
    const DialogLayout D = layoutDialog(size, above);
    const Scheme sc = neutralScheme(palette::kHome);
    Theme::fill(target, D.box, sc.background, D.box.h * 0.05);
    theme.hideInk(D.box);
    theme.text(target, title, D.title, sc.foreground, Weight::Bold);
    theme.text(target, text, D.text, sc.muted);
    const auto cells = splitRow(D.buttons, static_cast<int>(buttons.size()), D.box.w * 0.03);
    for (std::size_t i = 0; i < buttons.size(); ++i)
        buttons[i].rect = cells[i];
    theme.buttons(target, buttons, sc, hover);
}

// The lead-in's text column: how to get into position, then when to stop (the routine's and the
// first exercise's "stop if" lines, and the safety reminder until the notice is acknowledged) in a
// warning colour, all at one size, never below the readable minimum while shortening can help.
void paintSetUp(sf::RenderTarget& target, const Theme& theme, Size window, const Rect& box,
                const SessionFrame& f, const std::string& reminder) {
    if (f.setup.empty() && f.stopIf.empty() && reminder.empty())
        return;
    const TextMetrics metrics{[&theme](const std::string& t, unsigned size) {
                                  return static_cast<double>(theme.width(t, size));
                              },
                              [&theme](unsigned size) {
                                  return static_cast<double>(
                                      theme.font(Weight::Regular).getLineSpacing(size));
                              }};
    const Size s = layoutSize(window);
    const unsigned minSize = minReadableSize(window);
    const LeadInText t = fitLeadInText(box, f.setup, f.stopIf, reminder, kShortReminder, metrics,
                                       minSize, std::max(minSize, quantizeCharSize(s.h * 0.055)));
    if (!t.setup.empty())
        theme.paragraph(target, t.setup, t.setupBox, f.scheme.foreground, t.size);
    // Amber stands out from the set-up text and reads strongly on the dark lead-in colour.
    if (!t.stop.empty())
        theme.paragraph(target, t.stop, t.stopBox, palette::kPostures[1], t.size);
}

} // namespace

void paintSession(sf::RenderTarget& target, const Theme& theme, Size size, const SessionFrame& f,
                  const SessionChrome& chrome, std::vector<Button>& buttons) {
    // The lead-in asks in two compact rows under its words; later the question takes the "Next"
    // line until it is answered or skipped.
    const bool askPain = f.mode == SessionMode::LeadIn && chrome.painBefore != nullptr;
    const bool painRow = f.mode != SessionMode::LeadIn && chrome.painBefore != nullptr;
    const SessionLayout L = layoutSession(size, f.mode, askPain);
    const Scheme& sc = f.scheme;
    target.clear(toSf(sc.background));

    theme.text(target, f.title, L.title, sc.foreground, Weight::Bold);
    const FigureFamily& family = figureFamily(f.figure.figure);
    theme.figure(target, family.drawFor(f.figure), L.figure, sc, inkExtent(family));
    theme.digits(target, f.seconds, L.seconds, sc.foreground);
    Theme::bar(target, L.holdBar, f.hold, mix(sc.background, sc.foreground, 0.22), sc.accent);
    if (f.mode == SessionMode::LeadIn)
        paintSetUp(target, theme, size, L.setup, f, chrome.reminder);
    Rect info = L.info;
    Rect next = L.next;
    // Why nothing is heard: muted by the person, or no device to play on. The tag sits at the end
    // of the "Next" line, or of the rep / set line while the pain question takes the "Next" line.
    if (chrome.muted || chrome.soundless) {
        Rect& row = painRow ? info : next;
        const std::string words = chrome.muted ? "Sound off" : kNoSoundTag;
        const double h = std::min(row.h, next.h * 1.2);
        const unsigned tagSize = quantizeCharSize(h * 0.5);
        const double w =
            std::min(row.w * 0.45, theme.width(words, tagSize, Weight::Bold) + h * 0.8);
        const Rect tag{row.right() - w, row.y + (row.h - h) / 2.0, w, h};
        Theme::fill(target, tag, mix(sc.background, sc.foreground, 0.85), h * 0.2);
        theme.text(target, words, tag.inset(h * 0.15), sc.background, Weight::Bold, Align::Centre,
                   tagSize);
        row.w -= tag.w + L.margin;
    }
    std::string infoText;
    for (const std::string* part : {&f.exercise, &f.rep, &f.set, &f.side})
        if (!part->empty())
            infoText += (infoText.empty() ? "" : kSep) + *part;
    theme.text(target, infoText, info, sc.foreground, Weight::Bold);
    if (!painRow)
        theme.text(target, f.next, next, sc.foreground);
    theme.text(target, f.left, L.left, sc.foreground, Weight::Regular, Align::Right,
               quantizeCharSize(L.left.h * 0.45));
    Theme::bar(target, L.sessionBar, f.session, mix(sc.background, sc.foreground, 0.18),
               mix(sc.background, sc.foreground, 0.8));

    buttons.clear();
    const auto paintPain = [&](int hover, std::vector<Button>& into) {
        if (askPain)
            paintPainStrip(target, theme, sc, L.pain, PainWhen::Before, *chrome.painBefore,
                           std::nullopt, false, kPainButtons, hover, into);
        else if (painRow)
            paintPainRow(target, theme, sc, next, *chrome.painBefore, kPainButtons, hover, into);
    };
    if (chrome.overlay != SessionOverlay::None) { // under the overlay, not clickable
        std::vector<Button> hidden;
        paintPain(-1, hidden);
    }
    // A narrow window keeps the buttons a person needs most, each with its key at a readable
    // size; the others stay on their keys, which help lists.
    const bool narrow = L.toolbar.w < 1200;
    const bool narrowest = L.toolbar.w < 700; // help then stays on its keys, H and ?
    if (chrome.overlay == SessionOverlay::None && chrome.controls == SessionControls::Guide) {
        const KeyMap& keys = keyMap(KeyScreen::Guide);
        std::vector<std::pair<std::string, SessionAction>> row = {
            {"Next step", SessionAction::Skip}, {"Symptom", SessionAction::Symptom}};
        if (!narrow) {
            row.emplace_back(f.paused ? "Go on" : "Pause", SessionAction::Pause);
            row.emplace_back(chrome.muted ? "Unmute" : "Mute", SessionAction::Mute);
        }
        if (!narrowest)
            row.emplace_back("Help", SessionAction::Help);
        row.emplace_back("Back", SessionAction::Back);
        const auto cells = splitRow(L.toolbar, static_cast<int>(row.size()), L.margin * 0.4);
        for (std::size_t i = 0; i < row.size(); ++i)
            buttons.push_back(action(cells[i],
                                     withKey(row[i].first, keys, static_cast<int>(row[i].second)),
                                     row[i].second));
        theme.buttons(target, buttons, sc, chrome.hover);
    } else if (chrome.overlay == SessionOverlay::None) {
        const KeyMap& keys = keyMap(KeyScreen::Session);
        // Getting ready, Space starts at once and + gives 10 s more; a rest may be longer too.
        std::vector<std::pair<std::string, SessionAction>> row;
        if (chrome.gettingReady) {
            row = {{"Start", SessionAction::Go},
                   {"+10 s", SessionAction::MoreTime},
                   {"Pause", SessionAction::TogglePause}};
        } else {
            row = {{f.paused ? "Go on" : "Pause", SessionAction::Go},
                   {"Skip", SessionAction::Skip}};
            if (f.mode == SessionMode::Between)
                row.emplace_back("+10 s", SessionAction::MoreTime);
            else
                row.emplace_back("End set", SessionAction::EndSet);
        }
        if (!narrow) {
            if (!chrome.gettingReady)
                row.emplace_back("Restart set", SessionAction::Restart);
            row.emplace_back(chrome.muted ? "Unmute" : "Mute", SessionAction::Mute);
            row.emplace_back(chrome.fullscreen ? "Window" : "Full screen",
                             SessionAction::FullScreen);
        }
        if (!narrowest)
            row.emplace_back("Help", SessionAction::Help);
        row.emplace_back("Back", SessionAction::Back);
        const auto cells = splitRow(L.toolbar, static_cast<int>(row.size()), L.margin * 0.4);
        for (std::size_t i = 0; i < row.size(); ++i) {
            const SessionAction a = row[i].second;
            buttons.push_back(
                action(cells[i], withKey(row[i].first, keys, static_cast<int>(a)), a));
            // Ending or restarting a set means something only inside one.
            if (a == SessionAction::EndSet || a == SessionAction::Restart)
                buttons.back().enabled = f.mode == SessionMode::Posture;
        }
        theme.buttons(target, buttons, sc, chrome.hover);
        paintPain(chrome.hover, buttons);
    } else if (chrome.overlay == SessionOverlay::Paused) {
        buttons.push_back(action({}, "Go on (Space)", SessionAction::TogglePause));
        if (f.mode == SessionMode::Posture)
            buttons.push_back(action({}, "End set (E)", SessionAction::EndSet));
        buttons.push_back(action({}, "Leave (Esc)", SessionAction::Back));
        // After a gap the person learns why the session waits, as the terminal says it.
        dialog(target, theme, size, L.info.y, "Paused",
               f.pauseNote.empty() ? "Take your time. Space or click to go on."
                                   : f.pauseNote + ". Space or click to go on.",
               buttons, chrome.hover);
        // A click anywhere else on the dialog goes on, as its text says; listed after the real
        // buttons, so they still win where they are.
        buttons.push_back(action(layoutDialog(size, L.info.y).box, "", SessionAction::TogglePause));
    } else if (chrome.overlay == SessionOverlay::ConfirmGoOn) {
        buttons.push_back(action({}, "Stop here (N)", SessionAction::Leave));
        buttons.push_back(action({}, "Go on (Y)", SessionAction::Stay));
        // kGoOnQuestion's words, shorter under their heading so they stay readable in a small
        // window.
        dialog(target, theme, size, L.info.y, "Your pain is 8 or more",
               "Flossing is not for a flare like this. Go on anyway?", buttons, chrome.hover);
    } else if (chrome.overlay == SessionOverlay::ConfirmRestart) {
        buttons.push_back(action({}, "Keep going (Esc)", SessionAction::Stay));
        buttons.push_back(action({}, "Restart (Enter)", SessionAction::RestartConfirmed));
        dialog(target, theme, size, L.info.y, "Restart this set?",
               "Paused. The " + std::to_string(chrome.repsInSet) +
                   (chrome.repsInSet == 1 ? " rep" : " reps") + " done in this set will not count.",
               buttons, chrome.hover);
    } else {
        buttons.push_back(action({}, "Stay (Esc)", SessionAction::Stay));
        buttons.push_back(action({}, "Leave (Enter)", SessionAction::Leave));
        // The rule the counting follows (core/Session): a finished rep counts, even in the set
        // under way. The self-check's guide has no reps.
        dialog(target, theme, size, L.info.y, "Leave the session?",
               chrome.controls == SessionControls::Guide
                   ? "Paused. The self-check stops here."
                   : "Paused. Every rep you finished counts, in this set too.",
               buttons, chrome.hover);
    }
}

void paintSummary(sf::RenderTarget& target, const Theme& theme, Size size, const Summary& summary,
                  const std::string& routineName, int hover, std::vector<Button>& buttons,
                  const PainEntry* painAfter, std::optional<int> before, PainWhen asking) {
    const Scheme sc = neutralScheme(palette::kHome);
    target.clear(toSf(sc.background));
    const SummaryLayout P = layoutSummary(size, painAfter != nullptr);
    theme.text(target, summary.heading, P.heading, sc.foreground, Weight::Bold);
    theme.text(target, routineName, P.routine, sc.muted);
    const Rect& lines = P.lines;
    const auto rows = splitColumn(lines, static_cast<int>(summary.lines.size()), lines.h * 0.03);
    for (std::size_t i = 0; i < rows.size(); ++i)
        theme.text(target, summary.lines[i], rows[i], sc.foreground,
                   i < 2 ? Weight::Bold : Weight::Regular, Align::Centre,
                   quantizeCharSize(std::min(rows[i].h * 0.7, size.h * 0.06)));
    buttons.clear();
    const auto cells = splitRow(P.toolbar, 3, P.toolbar.h * 0.3);
    buttons.push_back({cells[0], "Home (Esc)", static_cast<int>(SummaryAction::Home)});
    buttons.push_back({cells[1], "Again (A)", static_cast<int>(SummaryAction::Again)});
    buttons.push_back({cells[2], "Quit (Ctrl+Q)", static_cast<int>(SummaryAction::Quit)});
    theme.buttons(target, buttons, sc, hover);
    if (painAfter)
        paintPainStrip(target, theme, sc, P.pain, asking, *painAfter, before, true, kPainButtons,
                       hover, buttons);
}

} // namespace nf::gui
