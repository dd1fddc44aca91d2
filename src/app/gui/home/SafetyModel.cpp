#include "app/gui/home/SafetyModel.hpp"

#include "core/Safety.hpp"

namespace nf::gui {

bool safetyNoticeDue(const Settings& settings, std::size_t screens, bool shownThisRun) {
    return !settings.safetyAcknowledged && screens == 1 && !shownThisRun;
}

Settings acknowledgeSafety(Settings settings) {
    settings.safetyAcknowledged = true;
    return settings;
}

std::string leadInReminder(const Settings& settings) {
    return settings.safetyAcknowledged ? std::string{} : safetyReminder();
}

} // namespace nf::gui
