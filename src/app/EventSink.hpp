#pragma once

#include "core/SessionEvent.hpp"
#include "core/Time.hpp"

#include <vector>

namespace nf {

class Timeline;

// Anything fed by the session's event stream: the trace file, the sound, the history, the
// terminal printer. The window and the headless loop hand every batch of events to each sink in
// order. `actual` is the shell clock's session time when the batch was handled (the events carry
// their planned instants).
class EventSink {
  public:
    virtual ~EventSink() = default;
    virtual void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                          Micros actual) = 0;
    // The mute key: a sink that makes sound goes quiet (and comes back); others ignore it.
    virtual void setMuted(bool /*muted*/) {}
};

} // namespace nf
