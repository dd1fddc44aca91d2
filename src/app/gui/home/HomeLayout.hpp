#pragma once

#include "app/gui/kit/Layout.hpp"

#include <string>
#include <vector>

namespace nf::gui {

// Where the home screen puts each element (pure arithmetic, tested without a display).

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

} // namespace nf::gui
