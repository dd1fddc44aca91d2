#pragma once

#include "core/History.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf {

// The one place the plan asks whether a day went green or amber (../shared/REHAB.md, "Dose by
// symptom response"). The guardrail's own classification is being reworked elsewhere
// (core/HistoryRules); when it lands, these functions switch over to it and nothing else in the
// plan changes.

// Amber: a session that day whose pain after rose 2 or more over pain before, or a worse
// morning after that day.
bool amberDay(const std::vector<SessionRecord>& records, const std::vector<MorningRecord>& mornings,
              Date day);

// Why `day` was amber, one phrase for the clinician's report ("pain rose from 2 to 5 after
// Nerve flossing", "the next morning was worse"), or nothing for a green day.
std::optional<std::string> amberReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date day);

// Why today is a flare day, or nothing: amber today or yesterday means no more flossing that
// day and the next. One sentence for the plan's line.
std::optional<std::string> flareReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date today);

} // namespace nf
