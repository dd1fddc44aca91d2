#pragma once

#include "app/EventSink.hpp"
#include "app/RemoteControl.hpp"
#include "app/desktop/DesktopBus.hpp"
#include "app/desktop/PlayerModel.hpp"

#include <memory>

namespace nf::desktop {

// Makes a session a good desktop citizen: it follows the session's events to keep the MPRIS
// player's status and metadata current and to hold the screen saver and idle-sleep inhibitors
// exactly while the session runs unpaused, and it hands the loop the commands media keys send.
// It owns its bus; it never changes the session (the loop applies the commands it polls).
class DesktopSink final : public EventSink, public RemoteControl {
  public:
    DesktopSink(const Timeline& timeline, std::unique_ptr<DesktopBus> bus);
    // Releases the inhibitors if the session did not end (an exception unwinding the loop).
    ~DesktopSink() override;
    DesktopSink(const DesktopSink&) = delete;
    DesktopSink& operator=(const DesktopSink&) = delete;

    void onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                  Micros actual) override;
    std::vector<RemoteCommand> poll() override;
    int waitFd() const override;

    const PlayerModel& model() const { return m_model; }

  private:
    PlayerModel m_model;
    std::unique_ptr<DesktopBus> m_bus;
    bool m_awake = false;
};

// The desktop sink for one session, or null when there is no session bus (one debug line is
// logged and the session runs as it would without a desktop).
std::unique_ptr<DesktopSink> makeDesktopSink(const Timeline& timeline);

} // namespace nf::desktop
