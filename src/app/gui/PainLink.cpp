#include "app/gui/PainLink.hpp"

#ifdef NERVEFLOSS_HISTORY // the history module is built (src/app/gui/CMakeLists.txt)
#include "app/store/HistoryRecorder.hpp"
#endif

namespace nf::gui {

#ifdef NERVEFLOSS_HISTORY

PainLink PainLink::find(const std::vector<std::shared_ptr<EventSink>>& sinks) {
    PainLink link;
    for (const auto& s : sinks)
        if (dynamic_cast<HistoryRecorder*>(s.get())) link.m_recorder = s;
    return link;
}

void PainLink::before(int pain) const {
    if (auto* r = dynamic_cast<HistoryRecorder*>(m_recorder.get())) r->recordPainBefore(pain);
}

void PainLink::after(int pain) const {
    if (auto* r = dynamic_cast<HistoryRecorder*>(m_recorder.get())) r->recordPainAfter(pain);
}

#else

PainLink PainLink::find(const std::vector<std::shared_ptr<EventSink>>&) { return {}; }
void PainLink::before(int) const {}
void PainLink::after(int) const {}

#endif

} // namespace nf::gui
