#pragma once

#include "app/gui/kit/Geometry.hpp"
#include "app/gui/session/SessionFrame.hpp"

#include <functional>
#include <string>
#include <vector>

namespace nf::gui {

// Where every element of a screen goes for a window size. Pure arithmetic, tested without a
// display; the screens only paint into these rectangles.

// The smallest window the layouts are made for; smaller windows are drawn at this size.
inline constexpr Size kMinWindow{640.0, 480.0};

// Text sizes are rounded so that resizing the window does not fill the font cache with a glyph
// page for every pixel size: exact up to 24 px, then even, then multiples of 8 from 64 px.
unsigned quantizeCharSize(double size);
// The largest (quantized) character size at which a text fits a box, given its width and its
// ink height per pixel of character size (measured once at any size by the caller).
unsigned fitCharSize(double boxW, double boxH, double widthPerPx, double heightPerPx,
                     unsigned maxSize = 1000);

// `area` cut into `n` equal cells side by side (or one above the other), `gap` apart.
std::vector<Rect> splitRow(const Rect& area, int n, double gap);
std::vector<Rect> splitColumn(const Rect& area, int n, double gap);

// Words wrapped into lines no wider than `width`, measured by `measure`.
template <class Measure>
std::vector<std::string> wrapWords(const std::string& text, double width, Measure measure) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t j = text.find(' ', i);
        const std::string word = text.substr(i, j == std::string::npos ? std::string::npos : j - i);
        i = j == std::string::npos ? text.size() : j + 1;
        if (word.empty())
            continue;
        std::string candidate = line;
        if (!candidate.empty())
            candidate += ' ';
        candidate += word;
        if (!line.empty() && measure(candidate) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

// The session screen. The big elements first: the posture name across the top, the figure on the
// left, the seconds left (at least a third of the window's height) with the hold bar under them
// on the right; then the rep / set / side line, what comes next, the buttons and the thin bar for
// the whole session along the bottom edge.
struct SessionLayout {
    Rect title;
    Rect figure;
    Rect seconds;    // the box the digits fill (its height is the digits' ink height)
    Rect holdBar;    // fills over the step
    Rect setup;      // lead-in: the set-up and stop-if text
    Rect pain;       // lead-in: the pain rating before the session (empty unless asked for)
    Rect info;       // "rep 7 / 25   set 2 / 3   right leg"
    Rect next;       // "Next: ..."
    Rect toolbar;    // the buttons
    Rect left;       // "7:12 left", small, at the toolbar's end
    Rect sessionBar; // the thin bar for the whole session
    double margin = 0.0;
};
// During the lead-in the words come first: the figure is smaller, with the count (smaller, still
// large) and its bar under it on the left; the set-up and stop-if text takes the rest of the
// middle, with the pain rating (when `leadInPain`) in two compact rows at the bottom of that
// column.
SessionLayout layoutSession(Size window, SessionMode mode, bool leadInPain = false);

// The height of a screen's row of buttons: their labels (0.42 of it) are 14 px or more even in
// the smallest window.
double toolbarHeight(Size window);

// No text is smaller than this, even in the smallest window (px).
inline constexpr unsigned kSmallestText = 14;

// The smallest character size for words that matter, read from 2-3 m: 3.5 % of the window height.
unsigned minReadableSize(Size window);

// How a text's width (at a char size) and the line spacing (of a char size) are measured: the
// screens pass the font's, the tests a stand-in.
struct TextMetrics {
    std::function<double(const std::string&, unsigned)> width;
    std::function<double(unsigned)> lineHeight;
};
// The gap after each paragraph of Theme::paragraph, in lines.
inline constexpr double kParagraphGap = 0.35;

// The lead-in's words in the setup box, all at one size: the set-up lines, then the stop-if lines
// and the safety reminder. The largest size up to maxSize at which everything fits; if that is
// below minSize, the rest is shortened before anything shrinks: the short reminder, the stop-if
// lines run together, then only the first stop-if line. The set-up lines are always all kept.
struct LeadInText {
    std::vector<std::string> setup;
    std::vector<std::string> stop;
    unsigned size = 0;
    Rect setupBox; // the set-up paragraphs at `size`
    Rect stopBox;  // the stop paragraphs under them
    bool shortened = false;
};
LeadInText fitLeadInText(const Rect& box, const std::vector<std::string>& setup,
                         const std::vector<std::string>& stopIf, const std::string& reminder,
                         const std::string& shortReminder, const TextMetrics& metrics,
                         unsigned minSize, unsigned maxSize);
// The height the paragraphs take at a size (as Theme::paragraph lays them out).
double paragraphsHeight(const std::vector<std::string>& paragraphs, double width, unsigned size,
                        const TextMetrics& metrics);

// A centred dialog box (pause overlay, "leave the session?"). With `above` > 0 the box stays
// above that y (the session's rep / set line), so the person still sees where they are.
struct DialogLayout {
    Rect box;
    Rect title;
    Rect text;
    Rect buttons;
};
DialogLayout layoutDialog(Size window, double above = 0.0);

// The home screen: a heading with the self-check and safety buttons beside it, one row per
// routine, and the buttons. Every word on it stays readable from across the room: when the rows
// do not all fit at full height (name and length, the dose under them), the chosen one keeps its
// dose and the others show one line; when even that is too much, the list scrolls with the choice.
struct HomeRow {
    Rect row;    // empty when scrolled out of view
    Rect name;   // "1  Nerve flossing"
    Rect length; // "8 min 35 s", at the row's end
    Rect dose;   // "25 reps × 3 sets · hold 3 s ..."; empty on a one-line row
    Rect plan;   // today's plan in a few words ("done 08:12"), on a one-line row only
    bool operator==(const HomeRow&) const = default;
};
struct HomeLayout {
    Rect heading;
    Rect subheading;
    std::vector<Rect> actions; // beside the heading: the self-check, the safety notice
    Rect status; // today against the target, the streak, the last pain (historyBands >= 1)
    Rect advice; // the guardrail's suggestion and its button (historyBands == 2)
    std::vector<HomeRow> rows;
    Rect more; // "2 more (Up/Down)" under a scrolled list; empty when every row shows
    int hiddenAbove = 0;
    int hiddenBelow = 0;
    Rect toolbar;
};
// historyBands: 0 without the history, 1 with the status band, 2 with the suggestion too.
// selected: the chosen routine (expanded, always in view).
HomeLayout layoutHome(Size window, int routineCount, int historyBands = 0, int selected = 0);

// The settings screen: the routines as tabs on the left, one row per value on the right.
struct SettingsRowLayout {
    Rect row, label, minus, value, plus;
};
struct SettingsLayout {
    Rect heading;
    std::vector<Rect> tabs;
    std::vector<SettingsRowLayout> rows;
    Rect note;
    Rect toolbar;
};
// valueShare: the part of a row's width the value takes (the sound tab's values are words).
SettingsLayout layoutSettings(Size window, int routines, int rows, double valueShare = 0.26);

// Help, summary and other pages of text: a heading, a body and the buttons.
struct PageLayout {
    Rect heading;
    Rect body;
    Rect toolbar;
};
PageLayout layoutPage(Size window);

// A 0-10 pain rating: the question (or the answer) above a row of eleven numbers, and an
// optional Skip button at the row's end.
struct PainStripLayout {
    Rect label;
    std::vector<Rect> numbers; // 0..10
    Rect skip;                 // empty without a skip button
};
PainStripLayout layoutPainStrip(const Rect& area, bool withSkip);

// The summary after a session: heading, routine, what was done, the pain rating after, buttons.
struct SummaryLayout {
    Rect heading;
    Rect routine;
    Rect lines;
    Rect pain; // empty without a rating to ask
    Rect toolbar;
};
SummaryLayout layoutSummary(Size window, bool withPain);

// The history screen: heading and today's line, the chart, the recent sessions, the buttons.
struct HistoryLayout {
    Rect heading;
    Rect status;
    Rect chart;
    std::vector<Rect> checkIns; // lines under the chart: the bothersomeness scores, the advice
    std::vector<Rect> rows;     // one per recent session
    Rect toolbar;
};
HistoryLayout layoutHistory(Size window, int sessionRows, int checkInLines = 0);

// The morning question: the question, three big answers side by side, the buttons.
struct MorningLayout {
    Rect question;
    Rect note;
    std::vector<Rect> answers; // better, same, worse
    Rect toolbar;
};
MorningLayout layoutMorning(Size window);

// Home's status band: a dot per session of the daily target (filled when done), today's line with
// the streak and last pain under it, and the history button at the end.
struct HomeStatusLayout {
    std::vector<Rect> pips; // squares, one per session of the target (at most 10)
    Rect today;             // "Flossing 1 of 2 today"
    Rect details;           // "3 days in a row · last pain 5 → 3"
    Rect history;           // the button
};
HomeStatusLayout layoutHomeStatus(const Rect& band, int target);
// Home's suggestion band: the sentence, and the button that applies it (when there is one).
struct AdviceLayout {
    Rect text;
    Rect button; // empty without a button
};
AdviceLayout layoutAdvice(const Rect& band, bool withButton);

// The window size the layouts use: never below kMinWindow.
Size layoutSize(Size window);

} // namespace nf::gui
