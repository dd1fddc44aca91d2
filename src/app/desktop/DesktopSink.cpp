#include "app/desktop/DesktopSink.hpp"

namespace nf::desktop {

DesktopSink::DesktopSink(const Timeline& timeline, std::unique_ptr<DesktopBus> bus)
    : m_model(timeline), m_bus(std::move(bus)) {}

DesktopSink::~DesktopSink() {
    if (m_awake)
        m_bus->keepAwake(false);
}

void DesktopSink::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                           Micros) {
    const PlayerModel::Change change = m_model.apply(events, timeline);
    // The inhibitors first: a session that starts or resumes should keep the screen on before
    // anything else is said on the bus.
    if (m_model.keepAwake() != m_awake) {
        m_awake = m_model.keepAwake();
        m_bus->keepAwake(m_awake);
    }
    if (change.any())
        m_bus->publish(m_model, change);
}

std::vector<RemoteCommand> DesktopSink::poll() {
    return m_bus->poll();
}

int DesktopSink::waitFd() const {
    return m_bus->waitFd();
}

std::unique_ptr<DesktopSink> makeDesktopSink(const Timeline& timeline) {
    // The bus answers property reads from its own copy of the model, which starts as the sink's
    // does: stopped, at the routine's name.
    auto bus = connectDesktop(PlayerModel(timeline));
    if (!bus)
        return nullptr;
    return std::make_unique<DesktopSink>(timeline, std::move(bus));
}

} // namespace nf::desktop
