#pragma once

#include "core/HistoryRules.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nf {

// What the progress chart shows: one entry per day, oldest first (core dailyStats()), and the
// daily flossing target drawn across the sessions panel.
struct ChartData {
    std::vector<DayStats> days;
    int dailyTarget = 2;
};

struct ChartStyle {
    sf::Color background{255, 255, 255};
    sf::Color text{30, 30, 30};
    sf::Color muted{110, 110, 110};
    sf::Color grid{225, 225, 225};
    sf::Color painBefore{230, 159, 0}; // orange and blue: apart for colour-blind eyes too
    sf::Color painAfter{0, 114, 178};
    sf::Color floss{0, 158, 115};
    sf::Color flossStopped{150, 212, 192}; // the same green, paler: flossing stopped early
    sf::Color other{170, 170, 170};
    sf::Color target{213, 94, 0};
    // Told of every text as it is drawn (the window's layout tests list their glyphs); or none.
    std::function<void(const sf::Text&)> onText;

    static ChartStyle light() { return {}; }
    static ChartStyle dark();
};

// Draws the chart into `area` of `target`: a title and legend, calf pain before and after per
// day (0-10) above, sessions per day below (finished flossing toward the labelled target line,
// flossing stopped early as far as its reps went, and other routines), each panel with its own
// caption and axis, and dates along the bottom. Sizes follow the area, so it reads from a few
// metres at window size. It draws only; it does not clear the target or own the font. `bold`
// (optional) is used for the title.
void drawHistoryChart(sf::RenderTarget& target, sf::FloatRect area, const ChartData& data,
                      const sf::Font& font, const ChartStyle& style = ChartStyle::light(),
                      const sf::Font* bold = nullptr);

// Why SFML cannot draw here, in one line ("no display: DISPLAY is not set"), or nothing. SFML
// aborts the process when it needs a display and finds none, so ask this first.
std::optional<std::string> displayProblem();

// Sleeps until the display connection has something to read (an event), at most `timeout`.
// SFML 2.5 can only poll for events; a window loop that polls sleeps a little between polls, and
// each wake costs a context switch: this lets it sleep until input comes instead. Queued: events
// were already read and wait in Xlib's queue (poll for them now); NoConnection: no display is
// open. A signal ends the wait early, as TimedOut.
enum class DisplayWait { Input, Queued, TimedOut, NoConnection };
DisplayWait waitForDisplayInput(std::chrono::milliseconds timeout);

struct ChartError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Draws the chart off screen (sf::RenderTexture) and saves it as a picture (PNG by the name's
// extension). Throws ChartError with one line when there is no display or the file cannot be
// written; SFML's own messages are kept off stderr.
void saveHistoryChart(const std::filesystem::path& file, const ChartData& data,
                      const sf::Font& font, const sf::Font* bold, unsigned width, unsigned height);

} // namespace nf
