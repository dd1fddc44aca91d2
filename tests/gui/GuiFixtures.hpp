#pragma once

#include "core/Routine.hpp"
#include "support/Fixtures.hpp"

namespace nf::test {

// The nerve-flossing routine of tests/support with what the window shows: its figure and a
// set-up line.
inline Routine guiFlossing(int reps = 25, int sets = 3, double hold = 3.0, double rest = 30.0,
                           double leadIn = 5.0) {
    Routine r = flossing(reps, sets, hold, rest, leadIn);
    r.setup = {"Sit on the edge of a table, legs hanging."};
    // Shown, not spoken: the lead-in is its countdown alone, so these tests keep their timing.
    r.setupSpoken = false;
    r.exercises.front().figure = "seated-floss";
    return r;
}

// Knee rolls: four phases, two of them the same posture.
inline Routine guiKneeRolls() {
    Routine r;
    r.id = "knee-rolls";
    r.name = "Knee rolls";
    r.leadInSeconds = 5.0;
    Exercise ex;
    ex.name = "Knee rolls";
    ex.figure = "knee-rolls";
    ex.reps = 8;
    ex.sets = 1;
    ex.phases = {Phase{"Knees to the right", "", 2.0, HoldKind::Adjustable, "knees-right"},
                 Phase{"Back to the middle", "", 1.0, HoldKind::Fixed, "knees-middle"},
                 Phase{"Knees to the left", "", 2.0, HoldKind::Adjustable, "knees-left"},
                 Phase{"Back to the middle", "", 1.0, HoldKind::Fixed, "knees-middle"}};
    r.exercises.push_back(ex);
    return r;
}

} // namespace nf::test
