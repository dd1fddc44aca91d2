#pragma once

#include "app/RemoteControl.hpp"
#include "app/desktop/PlayerModel.hpp"

#include <memory>
#include <vector>

namespace nf::desktop {

// The desktop as a session sees it: a media player entry to keep up to date, the screen saver
// and the idle sleep to hold off, and the commands that arrive from media keys. SdbusDesktop is
// the real one (D-Bus); tests give a recording one.
class DesktopBus {
  public:
    virtual ~DesktopBus() = default;
    // The player's state changed; `change` says which properties to announce.
    virtual void publish(const PlayerModel& model, PlayerModel::Change change) = 0;
    // Holds (true) or releases (false) the screen saver and idle sleep inhibitors.
    virtual void keepAwake(bool awake) = 0;
    // Handles whatever arrived without waiting; returns the commands in order.
    virtual std::vector<RemoteCommand> poll() = 0;
    virtual int waitFd() const = 0;
};

// Connects to the session bus (and the system bus, for logind) and takes the MPRIS name
// org.mpris.MediaPlayer2.nervefloss (or an .instance<pid> one when another nervefloss has it).
// The player starts with `initial`'s state. With no session bus, logs one debug line and returns
// null: the session goes on as before.
std::unique_ptr<DesktopBus> connectDesktop(const PlayerModel& initial);

} // namespace nf::desktop
