#pragma once

#include "app/AppContext.hpp"
#include "app/EventSink.hpp"
#include "app/history/HistoryStore.hpp"
#include "core/SelfCheck.hpp"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nf {

// Records one session into the history as it happens: the session row at SessionStart, each
// set begun when it ends (SetDone, with what the core counted), the end at SessionEnd, and the
// pain ratings (PainRated) whenever they come, before or after the end. It does not ask for the
// ratings (the window and the terminal do) and never stops a session: a failed write (a lock
// held by another program, a full disk) is reported once through `warn` and kept, in order, to
// be tried again with the next write and, with a longer wait, when the recorder ends. Writes
// wait for a lock only briefly (kRecorderBusyTimeoutMs), so another program's lock does not
// hold up the session's timing.
class HistoryRecorder final : public EventSink {
  public:
    using WallClock = std::function<LocalTime()>;
    using Warn = std::function<void(const std::string&)>;

    // By default the wall clock is localNow() and warnings go to stderr.
    explicit HistoryRecorder(std::shared_ptr<HistoryStore> store, WallClock clock = {},
                             Warn warn = {});
    ~HistoryRecorder() override; // a last try at what is still held back
    HistoryRecorder(const HistoryRecorder&) = delete;
    HistoryRecorder& operator=(const HistoryRecorder&) = delete;

    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;

    // The session's row in the history, once SessionStart has been recorded.
    std::optional<std::int64_t> sessionId() const { return m_sessionId; }
    const HistoryStore& store() const { return *m_store; }

    // How long a write made during a session waits for another program's lock.
    static constexpr int kRecorderBusyTimeoutMs = 100;

  private:
    struct PendingWrite {
        const char* what;
        std::function<void()> write;
    };
    void attempt(const char* what, std::function<void()> write);
    void flush();
    void start(const Timeline& timeline);
    // Before the start a rating goes into the session row; after it, the row is updated.
    void recordPainBefore(int pain);
    void recordPainAfter(int pain);
    void recordSet(const SetResult& result, const Timeline& timeline);

    std::shared_ptr<HistoryStore> m_store;
    WallClock m_clock;
    Warn m_warn;
    std::optional<int> m_painBefore;
    std::optional<int> m_painAfter;
    std::optional<std::int64_t> m_sessionId;
    bool m_started = false;             // the session's row is written or held back to be written
    bool m_failed = false;              // warned once; said again only when all is caught up
    std::deque<PendingWrite> m_pending; // in order; the first is the one that failed
};

// The recorder for a run, or null (with one line on stderr) when the history cannot be opened.
std::unique_ptr<HistoryRecorder> makeHistoryRecorder();

// Keeps the slump self-check's answers: collects SelfCheckAnswer events, legs in the order they
// were asked about, and hands them to `save` at SelfCheckCompleted. The guide's steps are not a
// session and are not recorded.
class SelfCheckRecorder final : public EventSink {
  public:
    // `urgent`: the check ended in the urgent notice (symptoms in both legs).
    using Save = std::function<void(const std::vector<LegAnswers>& legs, bool urgent)>;
    explicit SelfCheckRecorder(Save save);
    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;

  private:
    Save m_save;
    std::vector<LegAnswers> m_answers;
};

// The recorder that saves into the history file (one line on stderr when that fails).
std::unique_ptr<SelfCheckRecorder> makeSelfCheckRecorder();

} // namespace nf
