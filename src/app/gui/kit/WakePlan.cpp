#include "app/gui/kit/WakePlan.hpp"

#include <algorithm>

namespace nf::gui {

bool mayPaint(Micros now, std::optional<Micros> cue) {
    return !(cue && *cue - now < kDrawGuard);
}

WakePlan planWake(Micros now, std::optional<Micros> untilChange, std::optional<Micros> cue,
                  bool dirty, Micros idle) {
    Micros wake = now + idle;
    if (untilChange)
        wake = std::min(wake, now + std::max(Micros{0}, *untilChange));
    if (cue)
        wake = std::min(wake, *cue);
    if (dirty)
        wake = std::min(wake, cue ? *cue : now);
    return {wake, cue && wake == *cue};
}

} // namespace nf::gui
