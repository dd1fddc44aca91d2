#pragma once

#include "core/Routine.hpp"
#include "core/SessionEvent.hpp"
#include "core/Time.hpp"

#include <string>
#include <string_view>

namespace nf {

// "7:05" for durations under an hour, "1:02:05" above; rounded to the second.
std::string formatClock(Micros d);
// "12 min 30 s", "45 s", "1 h 5 min"; for lists and summaries.
std::string formatDuration(Micros d);
// Seconds as the user would write them: "3", "2.5", "0.75".
std::string formatSeconds(double seconds);
// Why a paused session waits, as the window and the terminal both say it: "Paused" for the
// person's own pause, "The computer was away for 12 min" after a gap.
std::string pauseText(PauseReason reason, Micros gap);
// The lengths of an exercise's postures as they are, a repeating pattern said once:
// "3 s" (3 + 3), "2 s + 1.5 s" (2 + 1.5 + 2 + 1.5), "2 s + 2 s + 2 s" (no repeat shorter).
std::string holdPattern(const Exercise& exercise);
// "one" ... "twenty", digits above; for spoken text.
std::string numberWord(int n);
// Text from a file or a name, safe to print on one line: control characters (C0, DEL and the
// C1 controls) and invisible ones (a byte-order mark, zero-width spaces) become visible escapes
// such as \n, \x1b, <U+009B> or <U+FEFF>, so a name cannot move the cursor, break a line or
// hide in a message.
std::string printable(std::string_view text);

} // namespace nf
