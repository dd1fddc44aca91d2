#pragma once

#include "app/EventSink.hpp"

#include <cstdio>
#include <filesystem>

namespace nf {

// Writes one JSON object per line for every session event, flushed as it happens:
// {"t":12.003456,"planned":12.000000,"event":"step_start","kind":"phase","exercise":"Nerve
// flossing",
//  "set":1,"rep":2,"phase":"Point toes, chin down","side":"right","duration":3}
// `t` is the shell clock's session time when the event was handled; `planned` the core's instant.
class TraceWriter final : public EventSink {
  public:
    // Throws std::runtime_error naming the file if it cannot be opened.
    explicit TraceWriter(const std::filesystem::path& file);
    ~TraceWriter() override;
    TraceWriter(const TraceWriter&) = delete;
    TraceWriter& operator=(const TraceWriter&) = delete;

    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;

  private:
    std::filesystem::path m_path;
    std::FILE* m_file = nullptr;
    bool m_warned = false;
};

// One event as a JSON line (no newline), for the trace and for tests.
std::string traceLine(const SessionEvent& event, const Timeline& timeline, Micros actual);

} // namespace nf
