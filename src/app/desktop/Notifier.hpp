#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace nf::desktop {

// A desktop notification with one action button.
struct Notice {
    std::string summary;
    std::string body;
    std::string actionKey;   // "start"
    std::string actionLabel; // "Start"
};

// What became of a notification: its action was pressed, it was closed (dismissed or expired),
// or neither within the time waited.
enum class NoticeOutcome { Action, Closed, TimedOut };

// Desktop notifications (org.freedesktop.Notifications on the session bus): sends one, then
// waits for what the person does with it. SdbusNotifier is the real one.
class Notifier {
  public:
    virtual ~Notifier() = default;
    // Sends the notice; throws std::runtime_error (one line) when the server refuses it.
    virtual void show(const Notice& notice) = 0;
    // Waits for the notice's action or its closing, at most `limit`.
    virtual NoticeOutcome wait(std::chrono::milliseconds limit) = 0;
};

// Connects to the session bus, or returns null (with the reason in `why`) when there is none.
std::unique_ptr<Notifier> connectNotifier(std::string& why);

} // namespace nf::desktop
