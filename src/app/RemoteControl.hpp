#pragma once

#include <vector>

namespace nf {

// What reaches a session from outside its own window or terminal: the desktop's media keys and
// headset buttons (MPRIS). The session loop decides what each one means where it runs; Stop
// asks to leave in the window and stops a headless run.
enum class RemoteCommand { PlayPause, Play, Pause, Next, Stop };

// A source of remote commands that a session loop polls. It never touches the session itself:
// the loop applies the commands, so they go through the same path as a key press.
class RemoteControl {
  public:
    virtual ~RemoteControl() = default;
    // Handles whatever has arrived, without waiting, and returns the commands it carried in order.
    virtual std::vector<RemoteCommand> poll() = 0;
    // A descriptor that turns readable when something arrives, so a loop that sleeps on other
    // descriptors can wake for it too; -1 when there is none.
    virtual int waitFd() const = 0;
};

} // namespace nf
