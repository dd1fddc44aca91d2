#pragma once

#include <string>
#include <vector>

namespace nf {

// The safety notice (REHAB.md), in our own words: shown at the first start of the window,
// always reachable from home and help, and printed by `nervefloss safety`.
struct SafetySection {
    std::string heading;
    std::vector<std::string> items;
};

const std::string& safetyIntro();
const std::vector<SafetySection>& safetySections();
// What "it" is in "do less next time": pain, tingling or numbness lasting past the session.
const std::string& stopLineHalfHour();
// The one line shown during a lead-in until the notice has been acknowledged.
const std::string& safetyReminder();

} // namespace nf
