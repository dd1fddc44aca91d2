#pragma once

#include "core/SessionEvent.hpp"
#include "core/Timeline.hpp"

#include <string>
#include <vector>

namespace nf {

// What the posture tone for an event is. Each posture of an exercise gets its own tone (by
// phase index); boundaries that are not postures get their own kinds.
enum class ToneKind { None, Posture, Tick, Rest, Switch, SetDone, SessionEnd, Start };

struct Cue {
    ToneKind tone = ToneKind::None;
    int posture = 0;    // phase index, for ToneKind::Posture
    std::string speech; // empty for none
};

// What the user hears for one event: the single rule shared by the live player, the exported
// track and the terminal. Pure: the same event and timeline always give the same cue.
Cue cueFor(const SessionEvent& event, const Timeline& timeline);

// Every distinct phrase a session over this timeline can say, so speech can be synthesized
// before the session starts rather than at the boundary.
std::vector<std::string> allSpokenTexts(const Timeline& timeline);

} // namespace nf
