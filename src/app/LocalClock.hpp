#pragma once

#include "core/History.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nf {

// The wall clock and the time zone: the user's local time for what the history records and
// for "today", and the step between it and the UTC instants the history stores. Session timing
// never uses it: that is the monotonic Clock's job. Every function reads the zone in force
// now (TZ, or the system's), so a history recorded elsewhere is shown in today's zone.
LocalTime localNow();
inline Date localToday() {
    return localNow().date;
}

// The local time of a Unix instant in the current zone.
LocalTime localTimeOf(std::int64_t unixSeconds);
// The instant of a local time read in the current zone. In the hour a clock goes back twice,
// the C library picks one of the two.
std::int64_t unixSecondsOf(const LocalTime& local);

// An instant as the history stores it: "2026-11-21T09:30:05Z", and the offset from UTC of the
// zone it was recorded in (seconds east), which says what the user's clock showed then.
struct StoredTime {
    std::string utc;
    int utcOffsetSeconds = 0;
};
StoredTime storedTimeOf(const LocalTime& local);
// The stored UTC text back as a local time in the current zone; nothing for any other text.
std::optional<LocalTime> localTimeOfStored(std::string_view utc);

} // namespace nf
