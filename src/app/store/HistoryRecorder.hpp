#pragma once

#include "app/AppContext.hpp"
#include "app/EventSink.hpp"
#include "app/store/HistoryStore.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nf {

// Records one session into the history as it happens: the session row at SessionStart, each
// set begun when it ends (SetDone, with what the core counted), the end at SessionEnd, and the pain ratings whenever they
// come. It does not ask for the ratings (the window and the terminal do) and never stops a
// session: a failed write is reported once through `warn`, and the session goes on.
class HistoryRecorder final : public EventSink {
public:
    using WallClock = std::function<LocalTime()>;
    using Warn = std::function<void(const std::string&)>;

    // `request` supplies the routine, side and any ratings already known (flags, or asked
    // before the run). By default the wall clock is localNow() and warnings go to stderr.
    HistoryRecorder(std::shared_ptr<HistoryStore> store, const RunRequest& request,
                    WallClock clock = {}, Warn warn = {});

    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;

    // A rating given after the recorder was made: before the start it goes into the session
    // row; after it, the row is updated. Out-of-range values (not 0-10) are ignored.
    void recordPainBefore(int pain);
    void recordPainAfter(int pain);

    // The session's row in the history, once SessionStart has been recorded.
    std::optional<std::int64_t> sessionId() const { return m_sessionId; }
    const HistoryStore& store() const { return *m_store; }

private:
    template <typename Write> void attempt(const char* what, Write write);
    void start(const Timeline& timeline);
    void recordSet(const SetResult& result, const Timeline& timeline);

    std::shared_ptr<HistoryStore> m_store;
    WallClock m_clock;
    Warn m_warn;
    std::optional<int> m_painBefore;
    std::optional<int> m_painAfter;
    std::optional<std::int64_t> m_sessionId;
    bool m_failed = false;        // warned once; later writes are not attempted
};

// The recorder for a run, or null (with one line on stderr) when the history cannot be opened.
// HistoryCommands.cpp registers this with registerSinkFactory.
std::unique_ptr<EventSink> makeHistoryRecorder(const RunRequest& request);

} // namespace nf
