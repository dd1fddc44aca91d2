#pragma once

#include "core/Routine.hpp"

namespace nf::test {

// The nerve-flossing routine as the built-in file has it, with the dose given.
inline Routine guiFlossing(int reps = 25, int sets = 3, double hold = 3.0, double rest = 30.0,
                           double leadIn = 5.0) {
    Routine r;
    r.id = "nerve-floss";
    r.name = "Nerve flossing";
    r.leadInSeconds = leadIn;
    r.setup = {"Sit on the edge of a table, legs hanging."};
    // Shown, not spoken: the lead-in is its countdown alone, so these tests keep their timing.
    r.setupSpoken = false;
    Exercise ex;
    ex.name = "Nerve flossing";
    ex.figure = "seated-floss";
    ex.reps = reps;
    ex.sets = sets;
    ex.restSeconds = rest;
    ex.sideRule = SideRule::Affected;
    ex.phases = {Phase{"Point toes, chin down", "", hold, HoldKind::Adjustable, "floss-a"},
                 Phase{"Toes up, look up", "", hold, HoldKind::Adjustable, "floss-b"}};
    r.exercises.push_back(ex);
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
