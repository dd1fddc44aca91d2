#pragma once

#include "app/gui/figures/Figure.hpp"
#include "app/gui/kit/Palette.hpp"
#include "core/Session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nf::gui {

// Which arrangement of the session screen a step uses.
enum class SessionMode {
    LeadIn,  // set-up text, the figure in the set-up pose, the count to the first rep
    Posture, // a held posture: its name, its colour, the moving figure, the seconds left
    Between, // rest, side switch or next exercise: a calm colour and what comes next
    Done,    // the session is over (the summary screen takes over)
};

// How the session screen animates. Only what the eye can see change is redrawn: the figure while
// it moves, the hold bar in modest steps, the digits once a second.
struct Pacing {
    // Measured on Xvfb with llvmpipe at 1024x720, a frame costs about 5 ms of CPU (every pixel a
    // text, the figure or a button covers); the frame count is the budget. A 3 s hold takes 4
    // frames: the step's first, already half way into the new pose, the pose reached, then the
    // digits, with the bar stepping on the same instants. The eye follows the change of pose,
    // not each frame of it, and the person's head is moving with the posture anyway: two poses
    // read as the move (three took 5 frames a hold, 10 fps took 7; scripts/bench.sh measures).
    Micros frame = std::chrono::milliseconds(195);   // about 5 fps while the figure moves
    Micros maxMove = std::chrono::milliseconds(390); // how long the figure takes to change pose
    double moveShare = 0.3;                          // ...at most this share of a short step
    Micros barStep = std::chrono::seconds(1);        // the hold bar: a step a second
    int maxBarSteps = 120;                           // ...and at most this many in a step
    Micros sessionBarStep = std::chrono::seconds(1);
    int maxSessionBarSteps = 1000;
};

// Everything the session screen shows at one instant, as values. Two equal frames look the same,
// so the window redraws only when the frame changes. Pure: made from a snapshot and the timeline.
struct SessionFrame {
    SessionMode mode = SessionMode::Done;
    Scheme scheme;
    std::string title;               // posture name, "Rest", "Get ready"
    std::string seconds;             // whole seconds left in the step, rounded up: "3"
    double hold = 0.0;               // 0..1 over the step, in the bar's steps
    std::string exercise;            // the exercise's name when the routine has several, else empty
    std::string rep;                 // "rep 7 / 25", empty outside reps or with one rep
    std::string set;                 // "set 2 / 3", empty with one set
    std::string side;                // "right leg", empty for symmetric exercises
    std::string next;                // "Next: Toes up, look up"
    std::vector<std::string> setup;  // lead-in: how to get into position
    std::vector<std::string> stopIf; // lead-in: when to stop (the routine's, then the exercise's)
    std::string left;                // time left in the session: "7:12 left"
    double session = 0.0;            // 0..1 over the whole session, in steps
    FigureMoment figure;
    bool paused = false;
    std::string pauseNote; // paused after a gap: "The computer was away for 12 min"; else empty

    bool operator==(const SessionFrame&) const = default;
};

SessionFrame describeSession(const SessionSnapshot& snapshot, const Timeline& timeline,
                             const Pacing& pacing = {});

// How long after the snapshot's instant the frame describeSession() gives will next change on
// its own (figure frame, bar step, digit, end of step); empty when nothing changes until the user
// acts (paused, finished). Sleeping this long never misses a visible change.
std::optional<Micros> untilNextChange(const SessionSnapshot& snapshot, const Timeline& timeline,
                                      const Pacing& pacing = {});

// The eased figure blend (0..1) `elapsed` into a move of `moveTime`, stepping in whole frames;
// the first frame is already one step along (the old pose was the previous step's last frame),
// the last step lands one frame before `moveTime`.
double figureBlend(Micros elapsed, Micros moveTime, Micros frame);
// How long the figure takes to change pose in a step of this length.
Micros moveTimeFor(Micros stepDuration, const Pacing& pacing = {});

// "Next: ..." for a step, or what ends the session.
std::string describeNext(const Timeline& timeline, std::size_t index);

} // namespace nf::gui
