#include "app/gui/home/SafetyModel.hpp"

#include "core/HistoryRules.hpp"
#include "core/Safety.hpp"

namespace nf::gui {

bool safetyNoticeDue(const Settings& settings, std::size_t screens, bool shownThisRun) {
    return !settings.safetyAcknowledged && screens == 1 && !shownThisRun;
}

Settings acknowledgeSafety(Settings settings) {
    settings.safetyAcknowledged = true;
    return settings;
}

bool affectedLegDue(const Settings& settings, std::size_t screens, bool askedThisRun) {
    return !settings.affectedLeg && !settings.doseFor(std::string(kFlossRoutineId)).side &&
           screens == 1 && !askedThisRun;
}

Settings chooseAffectedLeg(Settings settings, SideChoice leg) {
    settings.affectedLeg = leg;
    return settings;
}

std::string leadInReminder(const Settings& settings) {
    return settings.safetyAcknowledged ? std::string{} : safetyReminder();
}

} // namespace nf::gui
