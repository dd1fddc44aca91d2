#pragma once

#include "core/Settings.hpp"

#include <cstddef>
#include <string>

namespace nf::gui {

// When the window shows the safety notice on its own and what acknowledging it changes. Pure:
// the window asks these and saves the settings itself.

// True when the notice must open over the home screen: it has never been acknowledged, home is
// the only screen (a `run ROUTINE` session is not held up by it: the notice waits until the
// person is back home), and it has not been shown yet in this run of the window.
bool safetyNoticeDue(const Settings& settings, std::size_t screens, bool shownThisRun);

// The settings with the notice acknowledged (to be saved, so the next start does not show it).
Settings acknowledgeSafety(Settings settings);

// True when the first start must ask which leg is affected, over home as the notice is (after
// it): no leg was ever chosen (neither the affected leg nor flossing's own side), home is the
// only screen, and it was not asked yet in this run of the window.
bool affectedLegDue(const Settings& settings, std::size_t screens, bool askedThisRun);
// The settings with the affected leg chosen (to be saved).
Settings chooseAffectedLeg(Settings settings, SideChoice leg);

// The one line a lead-in shows until the notice has been acknowledged; empty afterwards.
std::string leadInReminder(const Settings& settings);
// The reminder cut down for a lead-in whose text has no room for all of it.
inline constexpr const char* kShortReminder = "Not a diagnosis. Press I for the safety notice.";

} // namespace nf::gui
