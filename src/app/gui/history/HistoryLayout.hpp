#pragma once

#include "app/gui/kit/Layout.hpp"

#include <string>
#include <vector>

namespace nf::gui {

// Where the history screen and the morning question put each element (pure arithmetic, tested
// without a display).

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

} // namespace nf::gui
