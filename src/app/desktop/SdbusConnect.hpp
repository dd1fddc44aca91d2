#pragma once

// Internal to the desktop module: the one way it opens the session bus with sdbus-c++, shared
// by the media player (SdbusDesktop) and the notifications (SdbusNotifier).

#include <sdbus-c++/sdbus-c++.h>

#include <memory>
#include <string>

namespace nf::desktop {

// The session bus, or null with sdbus-c++'s reason in `why` (no session bus address, no socket).
inline std::unique_ptr<sdbus::IConnection> openSessionBus(std::string& why) {
    try {
        return sdbus::createSessionBusConnection();
    } catch (const sdbus::Error& e) {
        why = e.what();
        return nullptr;
    }
}

} // namespace nf::desktop
