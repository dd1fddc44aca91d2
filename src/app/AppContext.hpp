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

// What every command shares: the routines, the settings and where they are kept. Built once in
// main(); passed by reference.
struct AppContext {
    RoutineCatalog catalog;
    SettingsStore settingsStore;
    Settings settings;
};

// Why a session runs: an exercise routine (recorded in the history), or the guided part of the
// slump self-check (its answers are recorded instead; Space goes on to the next step).
enum class RunPurpose { Exercise, SelfCheck };

// One run of one routine, with everything in force decided.
struct RunRequest {
    RunPurpose purpose = RunPurpose::Exercise;
    Routine routine;  // the routine with the dose (settings, then flags) applied
    SideChoice side = kDefaultSide;
    std::optional<std::filesystem::path> tracePath;
    bool quiet = false; // no terminal bell (headless)
    std::optional<int> painBefore; // 0-10, given on the command line or asked before the run
    std::optional<int> painAfter;  // 0-10, given on the command line (else asked afterwards)
};

// Makes one event sink for a session (the sound, the history recorder...), or null when it has
// nothing to do for this run. Modules register theirs from their cli/*.cpp file, so the window
// and the headless loop feed every sink without knowing the modules.
using SinkFactory = std::function<std::unique_ptr<EventSink>(
    const AppContext& context, const RunRequest& request, const Timeline& timeline)>;
void registerSinkFactory(int order, SinkFactory factory);
// Every registered sink for one session, in order.
std::vector<std::unique_ptr<EventSink>> makeSessionSinks(const AppContext& context,
                                                         const RunRequest& request,
                                                         const Timeline& timeline);

} // namespace nf
