#pragma once

#include "core/Time.hpp"

#include <chrono>
#include <optional>

namespace nf::gui {

// With nothing moving, the window still looks for input this often (there is no waitEvent with
// a timeout in SFML 2.5): 25 wake-ups a second cost next to nothing and keep keys snappy.
inline constexpr Micros kIdlePoll = std::chrono::milliseconds(40);
// When the loop can sleep on the display's connection (input wakes it at once), it still wakes
// this often with nothing to do: to notice a gamepad plugged in, or a media key while paused.
inline constexpr Micros kIdleWait = std::chrono::milliseconds(250);
// A frame is not started this close before a cue: the cue's instant wins, the frame follows it.
inline constexpr Micros kDrawGuard = std::chrono::milliseconds(15);

// When the window loop sleeps until, and how exactly. The loop itself (WindowApp) only reads
// the clock and SFML's events; this rule is what it decides, tested without a window.
struct WakePlan {
    Micros at{0};
    bool forCue = false; // the wake is a session cue's instant: it must end on it exactly
};

// May a frame be drawn now? Not when a cue is due within kDrawGuard: a frame takes a few
// milliseconds and the cue must not wait behind it.
bool mayPaint(Micros now, std::optional<Micros> cue);

// The next wake: the idle wake (`idle`: kIdlePoll when polling, kIdleWait when input wakes the
// loop by itself), the top screen's next visible change, the next cue; and a frame held back for
// a cue (`dirty`) is drawn right after the cue.
WakePlan planWake(Micros now, std::optional<Micros> untilChange, std::optional<Micros> cue,
                  bool dirty, Micros idle = kIdlePoll);

} // namespace nf::gui
