#pragma once

#include "core/SessionEvent.hpp"
#include "core/Time.hpp"
#include "core/Timeline.hpp"

#include <string>
#include <vector>

namespace nf::desktop {

// MPRIS's three playback states; toString spells them as the specification does.
enum class PlaybackStatus { Stopped, Playing, Paused };
std::string toString(PlaybackStatus status);

// Where the session is, as the desktop's media widgets show it.
struct PlayerMetadata {
    std::string routine;
    std::string exercise;      // empty before the first step names one
    std::size_t stepIndex = 0; // the timeline step this describes: MPRIS's track
    std::string step;          // the current step's label: a posture, "Rest", a side switch
    int rep = 0;               // 0 outside reps
    int reps = 0;
    int set = 0; // 0 outside sets
    int sets = 0;
    std::string side; // "left", "right", or empty
    Micros length{0}; // the planned length of the whole timeline

    // One line for a widget's title: "Nerve floss: rep 3 of 10, set 1 of 2".
    std::string title() const;
    bool operator==(const PlayerMetadata&) const = default;
};

// Follows a session's events and keeps what the desktop is told about it: the playback status,
// the metadata, the position, and whether the screen and the system should stay awake. It talks
// to no bus; DesktopSink hands its changes to one.
class PlayerModel {
  public:
    explicit PlayerModel(const Timeline& timeline);

    struct Change {
        bool status = false;
        bool metadata = false;
        bool any() const { return status || metadata; }
    };
    // Takes in one batch of events and says what changed.
    Change apply(const std::vector<SessionEvent>& events, const Timeline& timeline);

    PlaybackStatus status() const { return m_status; }
    const PlayerMetadata& metadata() const { return m_metadata; }
    // How far into the planned timeline the last event was (a skipped step is jumped over).
    Micros position() const { return m_position; }
    // While the session runs and is not paused, the person is exercising away from the keyboard:
    // the screen must not blank nor the system sleep. The lead-in counts: they are getting ready.
    bool keepAwake() const { return m_status == PlaybackStatus::Playing; }

  private:
    void enterStep(std::size_t index, const Timeline& timeline);

    PlaybackStatus m_status = PlaybackStatus::Stopped;
    PlayerMetadata m_metadata;
    Micros m_position{0};
};

} // namespace nf::desktop
