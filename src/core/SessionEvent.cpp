#include "core/SessionEvent.hpp"

namespace nf {

std::string toString(EventType type) {
    switch (type) {
    case EventType::SessionStart:
        return "session_start";
    case EventType::StepStart:
        return "step_start";
    case EventType::CountdownTick:
        return "countdown";
    case EventType::RepDone:
        return "rep_done";
    case EventType::SetDone:
        return "set_done";
    case EventType::SetEndedEarly:
        return "set_ended_early";
    case EventType::SetRestarted:
        return "set_restarted";
    case EventType::StepSkipped:
        return "step_skipped";
    case EventType::StepExtended:
        return "step_extended";
    case EventType::Paused:
        return "paused";
    case EventType::Resumed:
        return "resumed";
    case EventType::SessionEnd:
        return "session_end";
    case EventType::PainRated:
        return "pain_rated";
    case EventType::SelfCheckAnswer:
        return "self_check_answer";
    case EventType::SelfCheckCompleted:
        return "self_check_completed";
    }
    return "";
}

std::string toString(PauseReason reason) {
    return reason == PauseReason::Gap ? "gap" : "user";
}
std::string toString(PainMoment moment) {
    return moment == PainMoment::After ? "after" : "before";
}
std::string toString(SetEnd end) {
    switch (end) {
    case SetEnd::Completed:
        return "completed";
    case SetEnd::EndedEarly:
        return "ended-early";
    case SetEnd::Left:
        return "left";
    }
    return "";
}

} // namespace nf
