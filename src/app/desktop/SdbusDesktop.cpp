// The desktop over D-Bus with sdbus-c++: the MPRIS player on the session bus, the screen saver
// inhibitor (org.freedesktop.ScreenSaver, session bus) and the idle/sleep inhibitor (logind,
// system bus). Nothing here runs a thread or an event loop of its own: the session loop calls
// poll(), which handles whatever has arrived and returns the commands.

#include "app/desktop/DesktopBus.hpp"
#include "app/desktop/SdbusConnect.hpp"

#include <sdbus-c++/sdbus-c++.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace nf::desktop {
namespace {

const char* const kBusName = "org.mpris.MediaPlayer2.nervefloss";
const char* const kObjectPath = "/org/mpris/MediaPlayer2";
const char* const kRootInterface = "org.mpris.MediaPlayer2";
const char* const kPlayerInterface = "org.mpris.MediaPlayer2.Player";
const char* const kReason = "Guided exercise in progress";

// A desktop service that does not answer in this time is given up on: the calls are made from
// the session loop (at start, pause, resume and end, never at a cue), which must not stall.
constexpr auto kCallTimeout = std::chrono::milliseconds(500);

// The MPRIS player, the two inhibitors and the queue of commands media keys sent.
class SdbusDesktop final : public DesktopBus {
  public:
    SdbusDesktop(std::unique_ptr<sdbus::IConnection> session,
                 std::unique_ptr<sdbus::IConnection> system, const PlayerModel& initial)
        : m_session(std::move(session)), m_system(std::move(system)), m_model(initial) {
        registerPlayer();
        m_screenSaver = sdbus::createProxy(*m_session, "org.freedesktop.ScreenSaver",
                                           "/org/freedesktop/ScreenSaver");
        if (m_system)
            m_logind =
                sdbus::createProxy(*m_system, "org.freedesktop.login1", "/org/freedesktop/login1");
    }

    ~SdbusDesktop() override { keepAwake(false); }
    SdbusDesktop(const SdbusDesktop&) = delete;
    SdbusDesktop& operator=(const SdbusDesktop&) = delete;

    void publish(const PlayerModel& model, PlayerModel::Change change) override {
        m_model = model;
        std::vector<std::string> names;
        if (change.status)
            names.emplace_back("PlaybackStatus");
        if (change.metadata)
            names.emplace_back("Metadata");
        if (names.empty() || !m_session)
            return;
        try {
            m_player->emitPropertiesChangedSignal(kPlayerInterface, names);
        } catch (const sdbus::Error& e) {
            lost(e);
        }
    }

    void keepAwake(bool awake) override {
        if (awake) {
            inhibitScreenSaver();
            inhibitSleep();
        } else {
            releaseScreenSaver();
            // Closing our end of logind's pipe is what releases the lock.
            m_sleepLock.reset();
        }
    }

    std::vector<RemoteCommand> poll() override {
        try {
            if (m_session)
                while (m_session->processPendingRequest()) {
                }
            // Nothing is expected from the system bus, but what arrives there (NameAcquired) is
            // read so it does not pile up.
            if (m_system)
                while (m_system->processPendingRequest()) {
                }
        } catch (const sdbus::Error& e) {
            lost(e);
        }
        std::vector<RemoteCommand> out;
        out.swap(m_commands);
        return out;
    }

    int waitFd() const override { return m_session ? m_session->getEventLoopPollData().fd : -1; }

  private:
    void registerPlayer() {
        // The MPRIS name: the plain one, or, when another nervefloss holds it, one per process
        // as the specification suggests.
        try {
            m_session->requestName(kBusName);
        } catch (const sdbus::Error&) {
            m_session->requestName(std::string(kBusName) + ".instance" +
                                   std::to_string(::getpid()));
        }
        m_player = sdbus::createObject(*m_session, kObjectPath);
        auto& o = *m_player;
        const auto root = kRootInterface;
        const auto player = kPlayerInterface;

        // The root interface: who we are. The window cannot be raised or quit from outside.
        o.registerMethod("Raise").onInterface(root).implementedAs([] {});
        o.registerMethod("Quit").onInterface(root).implementedAs([] {});
        o.registerProperty("CanQuit").onInterface(root).withGetter([] { return false; });
        o.registerProperty("CanRaise").onInterface(root).withGetter([] { return false; });
        o.registerProperty("HasTrackList").onInterface(root).withGetter([] { return false; });
        o.registerProperty("Identity").onInterface(root).withGetter([] {
            return std::string("nervefloss");
        });
        o.registerProperty("DesktopEntry").onInterface(root).withGetter([] {
            return std::string("nervefloss");
        });
        o.registerProperty("SupportedUriSchemes").onInterface(root).withGetter([] {
            return std::vector<std::string>{};
        });
        o.registerProperty("SupportedMimeTypes").onInterface(root).withGetter([] {
            return std::vector<std::string>{};
        });

        // The player: the commands are queued for the session loop, which applies them.
        auto queue = [this](RemoteCommand c) { return [this, c] { m_commands.push_back(c); }; };
        o.registerMethod("PlayPause")
            .onInterface(player)
            .implementedAs(queue(RemoteCommand::PlayPause));
        o.registerMethod("Play").onInterface(player).implementedAs(queue(RemoteCommand::Play));
        o.registerMethod("Pause").onInterface(player).implementedAs(queue(RemoteCommand::Pause));
        o.registerMethod("Next").onInterface(player).implementedAs(queue(RemoteCommand::Next));
        o.registerMethod("Stop").onInterface(player).implementedAs(queue(RemoteCommand::Stop));
        // A session cannot go back a step nor seek (CanGoPrevious and CanSeek say so); the
        // specification asks these to do nothing then.
        o.registerMethod("Previous").onInterface(player).implementedAs([] {});
        o.registerMethod("Seek").onInterface(player).implementedAs([](std::int64_t) {});
        o.registerMethod("SetPosition")
            .onInterface(player)
            .implementedAs([](sdbus::ObjectPath, std::int64_t) {});
        o.registerMethod("OpenUri").onInterface(player).implementedAs([](std::string) {});
        o.registerSignal("Seeked").onInterface(player).withParameters<std::int64_t>();

        o.registerProperty("PlaybackStatus").onInterface(player).withGetter([this] {
            return toString(m_model.status());
        });
        o.registerProperty("Metadata").onInterface(player).withGetter([this] {
            return metadata();
        });
        o.registerProperty("Position").onInterface(player).withGetter([this] {
            return static_cast<std::int64_t>(m_model.position().count());
        });
        for (const char* rate : {"Rate", "MinimumRate", "MaximumRate"})
            o.registerProperty(rate).onInterface(player).withGetter([] { return 1.0; });
        o.registerProperty("Volume").onInterface(player).withGetter([] { return 1.0; });
        for (const char* yes : {"CanGoNext", "CanPlay", "CanPause", "CanControl"})
            o.registerProperty(yes).onInterface(player).withGetter([] { return true; });
        for (const char* no : {"CanGoPrevious", "CanSeek"})
            o.registerProperty(no).onInterface(player).withGetter([] { return false; });
        o.finishRegistration();
    }

    std::map<std::string, sdbus::Variant> metadata() const {
        const PlayerMetadata& m = m_model.metadata();
        std::map<std::string, sdbus::Variant> out;
        out["mpris:trackid"] =
            sdbus::ObjectPath("/org/nervefloss/step/" + std::to_string(m.stepIndex));
        out["mpris:length"] = static_cast<std::int64_t>(m.length.count());
        out["xesam:title"] = m.title();
        out["xesam:artist"] = std::vector<std::string>{m.routine};
        out["xesam:album"] = m.exercise.empty() ? m.routine : m.exercise;
        // The same in plain fields, for scripts and widgets that want the numbers.
        out["nervefloss:routine"] = m.routine;
        out["nervefloss:exercise"] = m.exercise;
        out["nervefloss:step"] = m.step;
        out["nervefloss:rep"] = static_cast<std::int32_t>(m.rep);
        out["nervefloss:reps"] = static_cast<std::int32_t>(m.reps);
        out["nervefloss:set"] = static_cast<std::int32_t>(m.set);
        out["nervefloss:sets"] = static_cast<std::int32_t>(m.sets);
        out["nervefloss:side"] = m.side;
        return out;
    }

    void inhibitScreenSaver() {
        if (m_cookie || !m_session)
            return;
        try {
            std::uint32_t cookie = 0;
            m_screenSaver->callMethod("Inhibit")
                .onInterface("org.freedesktop.ScreenSaver")
                .withTimeout(kCallTimeout)
                .withArguments(std::string("nervefloss"), std::string(kReason))
                .storeResultsTo(cookie);
            m_cookie = cookie;
        } catch (const sdbus::Error& e) {
            once(m_screenSaverMissing, "no screen saver to inhibit", e);
        }
    }

    void releaseScreenSaver() {
        if (!m_cookie || !m_session)
            return;
        const std::uint32_t cookie = *m_cookie;
        m_cookie.reset();
        try {
            m_screenSaver->callMethod("UnInhibit")
                .onInterface("org.freedesktop.ScreenSaver")
                .withTimeout(kCallTimeout)
                .withArguments(cookie);
        } catch (const sdbus::Error& e) {
            spdlog::debug("desktop: the screen saver did not take back its inhibit ({})", e.what());
        }
    }

    void inhibitSleep() {
        if (m_sleepLock.isValid() || !m_logind)
            return;
        try {
            sdbus::UnixFd lock;
            m_logind->callMethod("Inhibit")
                .onInterface("org.freedesktop.login1.Manager")
                .withTimeout(kCallTimeout)
                .withArguments(std::string("idle:sleep"), std::string("nervefloss"),
                               std::string(kReason), std::string("block"))
                .storeResultsTo(lock);
            // sdbus-c++ dup()s the descriptor without close-on-exec: a child process must not
            // keep the lock alive after we release it.
            ::fcntl(lock.get(), F_SETFD, FD_CLOEXEC);
            m_sleepLock = std::move(lock);
        } catch (const sdbus::Error& e) {
            once(m_logindMissing, "logind did not take the idle and sleep inhibitor", e);
        }
    }

    // A service that is not there stays so for the session: say it once, in the debug log.
    static void once(bool& said, const char* what, const sdbus::Error& e) {
        if (!said)
            spdlog::debug("desktop: {} ({})", what, e.what());
        said = true;
    }

    // The session bus went away under us: the player and the screen saver inhibitor went with
    // it; the session goes on without them.
    void lost(const sdbus::Error& e) {
        spdlog::debug("desktop: lost the session bus ({})", e.what());
        m_cookie.reset();
        m_player.reset();
        m_screenSaver.reset();
        m_session.reset();
    }

    std::unique_ptr<sdbus::IConnection> m_session;
    std::unique_ptr<sdbus::IConnection> m_system; // null without a system bus
    std::unique_ptr<sdbus::IObject> m_player;
    std::unique_ptr<sdbus::IProxy> m_screenSaver;
    std::unique_ptr<sdbus::IProxy> m_logind;
    PlayerModel m_model;
    std::vector<RemoteCommand> m_commands;
    std::optional<std::uint32_t> m_cookie; // the screen saver's, while it is inhibited
    sdbus::UnixFd m_sleepLock;             // logind's, while idle and sleep are blocked
    bool m_screenSaverMissing = false;
    bool m_logindMissing = false;
};

} // namespace

std::unique_ptr<DesktopBus> connectDesktop(const PlayerModel& initial) {
    std::string why;
    std::unique_ptr<sdbus::IConnection> session = openSessionBus(why);
    if (!session) {
        spdlog::debug("desktop: no session bus, so no media keys and no screen saver inhibit ({})",
                      why);
        return nullptr;
    }
    std::unique_ptr<sdbus::IConnection> system;
    try {
        system = sdbus::createSystemBusConnection();
    } catch (const sdbus::Error& e) {
        spdlog::debug("desktop: no system bus, so no idle and sleep inhibitor ({})", e.what());
    }
    try {
        return std::make_unique<SdbusDesktop>(std::move(session), std::move(system), initial);
    } catch (const sdbus::Error& e) {
        spdlog::debug("desktop: could not register the media player ({})", e.what());
        return nullptr;
    }
}

} // namespace nf::desktop
