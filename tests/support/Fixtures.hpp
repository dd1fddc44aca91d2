#pragma once

#include "core/Routine.hpp"

namespace nf::test {

// A nerve-flossing routine like the built-in one, with the dose given.
inline Routine flossing(int reps = 25, int sets = 3, double hold = 3.0, double rest = 30.0,
                        double leadIn = 5.0, SideRule rule = SideRule::Affected) {
    Routine r;
    r.id = "nerve-floss";
    r.name = "Nerve flossing";
    r.leadInSeconds = leadIn;
    r.switchSeconds = 10.0;
    Exercise ex;
    ex.name = "Nerve flossing";
    ex.reps = reps;
    ex.sets = sets;
    ex.restSeconds = rest;
    ex.sideRule = rule;
    ex.phases = {
        Phase{"Point toes, chin down", "Point toes, chin down", hold, HoldKind::Adjustable,
              "floss-a"},
        Phase{"Toes up, look up", "Toes up, look up", hold, HoldKind::Adjustable, "floss-b"}};
    r.exercises.push_back(ex);
    return r;
}

} // namespace nf::test
