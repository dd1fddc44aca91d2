#pragma once

#include "app/EventSink.hpp"
#include "app/RoutineCatalog.hpp"
#include "app/SettingsStore.hpp"
#include "core/Settings.hpp"
#include "core/Timeline.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace nf {

// Makes the event sinks one session feeds (sound, history, ...). main() builds it from the
// modules that are linked in, so the window and the headless loop need not know them.
using SinkFactory = std::function<std::vector<std::unique_ptr<EventSink>>(const Timeline&)>;

// What every command shares: the routines, the settings and where they are kept. Built once in
// main(); passed by reference.
struct AppContext {
    RoutineCatalog catalog;
    SettingsStore settingsStore;
    Settings settings;
    SinkFactory makeSinks; // may be empty: no extra sinks
};

// One run of one routine, with everything in force decided.
struct RunRequest {
    Routine routine;  // the routine with the dose (settings, then flags) applied
    SideChoice side = kDefaultSide;
    std::optional<std::filesystem::path> tracePath;
    bool quiet = false; // no terminal bell (headless)
};

} // namespace nf
