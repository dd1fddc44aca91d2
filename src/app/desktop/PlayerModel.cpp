#include "app/desktop/PlayerModel.hpp"

#include <algorithm>

namespace nf::desktop {

std::string toString(PlaybackStatus status) {
    switch (status) {
    case PlaybackStatus::Playing:
        return "Playing";
    case PlaybackStatus::Paused:
        return "Paused";
    case PlaybackStatus::Stopped:
        break;
    }
    return "Stopped";
}

std::string PlayerMetadata::title() const {
    std::string t = exercise.empty() ? routine : exercise;
    std::string where;
    if (reps > 1 && rep > 0)
        where = "rep " + std::to_string(rep) + " of " + std::to_string(reps);
    if (sets > 1 && set > 0)
        where += (where.empty() ? "" : ", ") +
                 ("set " + std::to_string(set) + " of " + std::to_string(sets));
    return where.empty() ? t : t + ": " + where;
}

PlayerModel::PlayerModel(const Timeline& timeline) {
    m_metadata.routine = timeline.routine().name;
    m_metadata.length = timeline.total();
}

void PlayerModel::enterStep(std::size_t index, const Timeline& timeline) {
    const Step& step = timeline[index];
    m_metadata.stepIndex = index;
    const auto& exercises = timeline.routine().exercises;
    if (step.exercise >= 0 && step.exercise < static_cast<int>(exercises.size()))
        m_metadata.exercise = exercises[static_cast<std::size_t>(step.exercise)].name;
    m_metadata.step = step.label;
    // A rest or a switch belongs to no rep; it keeps the set it follows so the widget does not
    // flicker to "set 0" between sets.
    m_metadata.rep = step.rep;
    m_metadata.reps = step.reps;
    if (step.set > 0 || step.kind == StepKind::Transition || step.kind == StepKind::LeadIn) {
        m_metadata.set = step.set;
        m_metadata.sets = step.sets;
    }
    m_metadata.side = toString(step.side);
    m_position = step.start;
}

PlayerModel::Change PlayerModel::apply(const std::vector<SessionEvent>& events,
                                       const Timeline& timeline) {
    const PlaybackStatus statusBefore = m_status;
    const PlayerMetadata metadataBefore = m_metadata;
    for (const SessionEvent& e : events) {
        const Step* step = e.step < timeline.size() ? &timeline[e.step] : nullptr;
        switch (e.type) {
        case EventType::SessionStart:
        case EventType::Resumed:
            m_status = PlaybackStatus::Playing;
            break;
        case EventType::Paused:
            m_status = PlaybackStatus::Paused;
            break;
        case EventType::SessionEnd:
            m_status = PlaybackStatus::Stopped;
            m_position = timeline.total();
            break;
        case EventType::StepStart:
            if (step)
                enterStep(e.step, timeline);
            break;
        case EventType::CountdownTick:
            // A step given more time counts down from further than its planned length.
            if (step)
                m_position =
                    std::max(step->start, step->end() - std::chrono::seconds(e.secondsLeft));
            break;
        default:
            break;
        }
    }
    return {m_status != statusBefore, !(m_metadata == metadataBefore)};
}

} // namespace nf::desktop
