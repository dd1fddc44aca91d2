// Desktop notifications over D-Bus with sdbus-c++ (the freedesktop Notifications interface): one
// notification with an action, then the ActionInvoked and NotificationClosed signals for it,
// read by polling the connection's descriptor. No thread, no event loop of its own.

#include "app/desktop/Notifier.hpp"
#include "app/desktop/SdbusConnect.hpp"

#include <poll.h>

#include <map>
#include <stdexcept>
#include <vector>

namespace nf::desktop {
namespace {

const char* const kService = "org.freedesktop.Notifications";
const char* const kPath = "/org/freedesktop/Notifications";
const char* const kInterface = "org.freedesktop.Notifications";
// The notification server is asked once; a desktop that does not answer in this time has none.
constexpr auto kNotifyTimeout = std::chrono::seconds(5);

class SdbusNotifier final : public Notifier {
  public:
    explicit SdbusNotifier(std::unique_ptr<sdbus::IConnection> bus) : m_bus(std::move(bus)) {
        m_proxy = sdbus::createProxy(*m_bus, kService, kPath);
        m_proxy->uponSignal("ActionInvoked")
            .onInterface(kInterface)
            .call([this](std::uint32_t id, const std::string& key) {
                if (m_id && id == *m_id && key == m_key)
                    m_outcome = NoticeOutcome::Action;
            });
        m_proxy->uponSignal("NotificationClosed")
            .onInterface(kInterface)
            .call([this](std::uint32_t id, std::uint32_t) {
                // The action comes before the closing that follows it; the first one counts.
                if (m_id && id == *m_id && !m_outcome)
                    m_outcome = NoticeOutcome::Closed;
            });
        m_proxy->finishRegistration();
    }

    void show(const Notice& notice) override {
        m_key = notice.actionKey;
        const std::vector<std::string> actions{notice.actionKey, notice.actionLabel};
        const std::map<std::string, sdbus::Variant> hints{
            {"desktop-entry", sdbus::Variant(std::string("nervefloss"))},
            {"urgency", sdbus::Variant(std::uint8_t{1})}};
        std::uint32_t id = 0;
        try {
            m_proxy->callMethod("Notify")
                .onInterface(kInterface)
                .withTimeout(kNotifyTimeout)
                .withArguments(std::string("nervefloss"), std::uint32_t{0},
                               std::string("nervefloss"), notice.summary, notice.body, actions,
                               hints, std::int32_t{-1})
                .storeResultsTo(id);
        } catch (const sdbus::Error& e) {
            throw std::runtime_error(
                "the desktop's notification server did not take the reminder (" + e.getName() +
                ")");
        }
        m_id = id;
    }

    NoticeOutcome wait(std::chrono::milliseconds limit) override {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (true) {
            while (m_bus->processPendingRequest()) {
            }
            if (m_outcome)
                return *m_outcome;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return NoticeOutcome::TimedOut;
            pollfd fd{m_bus->getEventLoopPollData().fd, POLLIN, 0};
            ::poll(&fd, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        }
    }

  private:
    std::unique_ptr<sdbus::IConnection> m_bus;
    std::unique_ptr<sdbus::IProxy> m_proxy;
    std::optional<std::uint32_t> m_id;
    std::string m_key;
    std::optional<NoticeOutcome> m_outcome;
};

} // namespace

std::unique_ptr<Notifier> connectNotifier(std::string& why) {
    auto bus = openSessionBus(why);
    if (!bus)
        return nullptr;
    return std::make_unique<SdbusNotifier>(std::move(bus));
}

} // namespace nf::desktop
