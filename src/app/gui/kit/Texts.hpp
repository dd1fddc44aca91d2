#pragma once

#include "core/Routine.hpp"
#include "core/Session.hpp"

#include <string>
#include <utility>
#include <vector>

namespace nf::gui {

// The words the screens show, made from values, so they are tested without a display.

// "25 reps x 3 sets \u00b7 hold 3 s \u00b7 rest 30 s \u00b7 right leg" for a routine with the dose
// applied.
std::string doseSummary(const Routine& routine, SideChoice side);
// "8 min 5 s": how long a run takes.
std::string lengthSummary(const Routine& routine, SideChoice side);

// The safety notice of core/Safety.hpp as paragraphs: the introduction, then one paragraph per
// section ("See a doctor today if: ...").
std::vector<std::string> safetyNotice();
// Its urgent part alone, for a yes to a weekly urgent-signs question: the emergency section
// (call 999 or go to A&E now) and the same-day one, the same words as the whole notice.
std::vector<std::string> urgentNotice();

// With no sound device: home's line under the heading, and the session's tag beside "Next".
inline constexpr const char* kNoSoundHome = "No sound device found: every cue shows on screen.";
inline constexpr const char* kNoSoundTag = "No sound device";

// The finish summary: a heading and its lines.
struct Summary {
    std::string heading;            // "Well done" or "Session stopped"
    std::vector<std::string> lines; // sets, reps, ended early or not, time taken
    bool stopped = false;
};
Summary summarize(const SessionSnapshot& snap, const Timeline& t);

} // namespace nf::gui
