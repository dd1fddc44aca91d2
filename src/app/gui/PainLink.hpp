#pragma once

#include "app/EventSink.hpp"

#include <memory>
#include <vector>

namespace nf::gui {

// Hands pain ratings given in the window to the session's history recorder, found among the
// session's sinks. It shares the recorder, so a rating given on the summary still reaches the
// session's row after the session screen has gone. With no recorder (a build without the
// history module, a history that could not be opened, the self-check's guide) it does nothing
// and says so through recorded().
class PainLink {
public:
    PainLink() = default;
    static PainLink find(const std::vector<std::shared_ptr<EventSink>>& sinks);

    bool recorded() const { return m_recorder != nullptr; }
    void before(int pain) const;
    void after(int pain) const;

private:
    std::shared_ptr<EventSink> m_recorder;
};

} // namespace nf::gui
