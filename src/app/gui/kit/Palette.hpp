#pragma once

#include "app/gui/kit/Geometry.hpp"
#include "core/Routine.hpp"
#include "core/Timeline.hpp"

namespace nf::gui {

// The colours of one screen state: a background that fills the window, the text and figure drawn
// on it, and an accent for the ring and bars. Read from across a room, so text always has high
// contrast with its background.
struct Scheme {
    Rgb background;
    Rgb foreground; // text and the figure
    Rgb muted;      // secondary text, the figure's far limbs, props
    Rgb accent;     // the hold bar
    friend bool operator==(const Scheme&, const Scheme&) = default;
};

// Colours owned by nervefloss: one strong colour per posture of an exercise (the same posture key
// always gets the same colour), calm neutrals for everything else. Pure: no SFML.
namespace palette {

inline constexpr Rgb kInk{20, 22, 28};        // dark text on light colours
inline constexpr Rgb kPaper{248, 249, 251};   // light text on dark colours
inline constexpr Rgb kRest{48, 60, 72};       // calm slate: rest between sets
inline constexpr Rgb kLeadIn{36, 56, 64};     // dark teal grey: getting ready
inline constexpr Rgb kSwitch{66, 56, 86};     // muted violet: changing side or exercise
inline constexpr Rgb kHome{24, 28, 34};       // home, settings, help, summary
inline constexpr Rgb kHighlight{21, 87, 204}; // selection and buttons on the home screen
// Amber text and marks: a problem, a notice, a suggestion to do less or to get advice.
inline constexpr Rgb kWarn{255, 190, 90};
// Green: done, on target (the chart's flossing colour).
inline constexpr Rgb kGood{0, 180, 130};

// The strong colours, in the order postures first appear in an exercise.
inline constexpr Rgb kPostures[] = {
    {21, 87, 204},  // deep blue  (nerve flossing A: point toes, chin down)
    {255, 184, 0},  // amber      (nerve flossing B: toes up, look up)
    {0, 120, 80},   // green
    {170, 40, 130}, // magenta
    {200, 60, 30},  // brick red
};
inline constexpr int kPostureCount = static_cast<int>(sizeof(kPostures) / sizeof(kPostures[0]));

} // namespace palette

// WCAG relative luminance (0..1) and contrast ratio (1..21).
double luminance(Rgb c);
double contrastRatio(Rgb a, Rgb b);
// Dark ink or light paper, whichever reads better on `background`.
Rgb textOn(Rgb background);
// `a` moved toward `b` by t (0..1), alpha included.
Rgb mix(Rgb a, Rgb b, double t);

// Which colour slot a phase uses: the index of its posture key among the exercise's distinct
// posture keys in order of first appearance (so "back to the middle" twice is one colour).
// A phase without a posture key gets a slot of its own.
int postureSlot(const Exercise& exercise, int phaseIndex);
Rgb postureColour(int slot);

// The scheme for a step of the timeline, or for the screens around a session when step is null.
Scheme schemeFor(const Timeline& timeline, const Step* step);
Scheme schemeForPosture(int slot);
Scheme neutralScheme(Rgb background);

} // namespace nf::gui
