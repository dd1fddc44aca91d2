#pragma once

#include "app/Clock.hpp"
#include "app/EventSink.hpp"
#include "app/Terminal.hpp"
#include "core/SessionEvent.hpp"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nf::test {

// A sink that keeps every event it hears, with the `actual` time of its batch, and writes
// "name:event_type" into a log it may share with other sinks (to check their order).
class RecordingSink final : public EventSink {
  public:
    struct Heard {
        SessionEvent event;
        Micros actual;
    };

    explicit RecordingSink(std::string name = "sink",
                           std::shared_ptr<std::vector<std::string>> log = {})
        : m_name(std::move(name)), m_log(std::move(log)) {}

    void onEvents(const std::vector<SessionEvent>& events, const Timeline&,
                  Micros actual) override {
        for (const SessionEvent& e : events) {
            m_heard.push_back({e, actual});
            if (m_log)
                m_log->push_back(m_name + ":" + toString(e.type));
        }
    }
    void setMuted(bool muted) override { m_muted = muted; }

    const std::vector<Heard>& heard() const { return m_heard; }
    bool muted() const { return m_muted; }
    std::vector<const Heard*> of(EventType type) const {
        std::vector<const Heard*> out;
        for (const Heard& h : m_heard)
            if (h.event.type == type)
                out.push_back(&h);
        return out;
    }

  private:
    std::string m_name;
    std::shared_ptr<std::vector<std::string>> m_log;
    std::vector<Heard> m_heard;
    bool m_muted = false;
};

// Keys pressed at given instants of a ManualClock: waitKey() moves the clock to the next key
// when it falls inside the timeout, else by the whole timeout. An interruption (Ctrl-C) can be
// scheduled the same way, and so can a suspend of the computer. `interactive` false is a run
// with no terminal (stdin a file or a pipe).
class ScriptedKeys final : public KeySource {
  public:
    explicit ScriptedKeys(ManualClock& clock, bool interactive = true)
        : m_clock(clock), m_interactive(interactive) {}

    void press(Micros at, char key) { m_keys.push_back({at, key}); }
    void interruptAt(Micros at) { m_interruptAt = at; }
    // At `at` the computer sleeps for `howLong` (the wait that reaches it returns there).
    void suspendAt(Micros at, Micros howLong) { m_suspend = {at, howLong}; }

    bool interactive() const override { return m_interactive; }
    std::optional<char> waitKey(Micros timeout) override {
        const Micros until = m_clock.now() + timeout;
        if (m_suspend && m_suspend->first <= until &&
            (m_keys.empty() || m_suspend->first <= m_keys.front().first)) {
            m_clock.set(std::max(m_clock.now(), m_suspend->first));
            m_clock.suspend(m_suspend->second);
            m_suspend.reset();
            return std::nullopt;
        }
        if (!m_keys.empty() && m_keys.front().first <= until) {
            m_clock.set(std::max(m_clock.now(), m_keys.front().first));
            const char key = m_keys.front().second;
            m_keys.pop_front();
            return key;
        }
        m_clock.set(until);
        return std::nullopt;
    }
    bool interrupted() const override { return m_interruptAt && m_clock.now() >= *m_interruptAt; }
    // True while some scripted key has not been read.
    bool keysLeft() const { return !m_keys.empty(); }

  private:
    ManualClock& m_clock;
    std::deque<std::pair<Micros, char>> m_keys;
    std::optional<Micros> m_interruptAt;
    std::optional<std::pair<Micros, Micros>> m_suspend;
    bool m_interactive;
};

} // namespace nf::test
