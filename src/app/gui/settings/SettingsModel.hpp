#pragma once

#include "core/Routine.hpp"
#include "core/Settings.hpp"

#include <array>
#include <string>

namespace nf::gui {

// The values the settings screen edits for one routine, in screen order.
enum class DoseField { Reps, Hold, Sets, Rest, LeadIn, Side };
inline constexpr std::array<DoseField, 6> kDoseFields{DoseField::Reps,   DoseField::Hold,
                                                      DoseField::Sets,   DoseField::Rest,
                                                      DoseField::LeadIn, DoseField::Side};

std::string fieldName(DoseField field); // "Reps in a set", "Hold (seconds)"...

// The value in force for a field: the user's saved value, else the routine's own.
std::string fieldValue(const Routine& routine, const Settings& settings, DoseField field);
// Whether a field means anything for this routine (side only for one-legged exercises, hold only
// when a posture is held).
bool fieldApplies(const Routine& routine, DoseField field);
// Whether the user has a saved value for the field (else it is the routine's own).
bool fieldSaved(const Routine& routine, const Settings& settings, DoseField field);

// Settings with one field stepped up (steps > 0) or down, clamped to the core's Limits. Side
// cycles left, right, both. Returns the settings unchanged when the field does not apply.
Settings adjustField(const Routine& routine, Settings settings, DoseField field, int steps);
// Settings without the user's values for this routine: back to the routine's own.
Settings resetRoutine(const Routine& routine, Settings settings);

} // namespace nf::gui
