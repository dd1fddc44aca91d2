#pragma once

#include "core/History.hpp"

namespace nf {

// The wall clock in the user's time zone, for what the history records and for "today".
// Session timing never uses it: that is the monotonic Clock's job.
LocalTime localNow();
inline Date localToday() { return localNow().date; }

} // namespace nf
