#pragma once

#include "app/gui/kit/Geometry.hpp"

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
// The same in one row, for a short band: the label (`labelW` wide) at the left, then the eleven
// numbers, then the Skip button.
PainStripLayout layoutPainRow(const Rect& area, double labelW);

// The window size the layouts use: never below kMinWindow.
Size layoutSize(Size window);

} // namespace nf::gui
