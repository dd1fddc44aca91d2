#pragma once

#include "app/gui/kit/Layout.hpp"
#include "app/gui/session/SessionFrame.hpp"

#include <string>
#include <vector>

namespace nf::gui {

// Where the session screen and its summary put each element (pure arithmetic, tested without a
// display; see app/gui/kit/Layout.hpp for the shared pieces).

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
// The summary after a session: heading, routine, what was done, the pain rating after, buttons.
struct SummaryLayout {
    Rect heading;
    Rect routine;
    Rect lines;
    Rect pain; // empty without a rating to ask
    Rect toolbar;
};
SummaryLayout layoutSummary(Size window, bool withPain);

} // namespace nf::gui
