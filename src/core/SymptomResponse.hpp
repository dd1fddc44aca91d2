#pragma once

#include "core/History.hpp"
#include "core/HistoryRules.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf {

// The plan's and the report's questions about the symptom response, answered by the one rule in
// core/HistoryRules (amberDays, symptomResponse), which the guardrail uses too.

// Amber: an amber began that day (a flossing session whose pain rose by 2 or more, or that
// morning worse than before).
bool amberDay(const std::vector<SessionRecord>& records, const std::vector<MorningRecord>& mornings,
              Date day);

// Why `day` was amber, one phrase for the clinician's report ("pain rose from 2 to 5 after
// Nerve flossing", "the morning was worse than before"), or nothing for a green day.
std::optional<std::string> amberReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date day);

// Why today is a flare day, or nothing: the symptom response rests flossing today (amber begun
// today or yesterday, or red). One sentence for the plan's line.
// With the check-ins too, an urgent sign or new tingling or numbness rests it as the home screen
// says, so the plan never calls flossing due on a day the symptom response says not to.
std::optional<std::string> flareReason(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date today,
                                       const CheckIns& checkIns = {});

} // namespace nf
