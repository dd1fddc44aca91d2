#pragma once

#include "app/RoutineCatalog.hpp"
#include "app/SettingsStore.hpp"
#include "core/Settings.hpp"
#include "core/Timeline.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace nf {

// What every command shares: the routines, the settings and where they are kept. Built once in
// main(); passed by reference.
struct AppContext {
    RoutineCatalog catalog;
    SettingsStore settingsStore;
    Settings settings;

    // The one way a choice is remembered: written to the file first, then in force; when the
    // write fails it throws and the settings in force stay as they were.
    void saveSettings(const Settings& next) {
        settingsStore.save(next);
        settings = next;
    }
};

// Why a session runs: an exercise routine (recorded in the history), or the guided part of the
// slump self-check (its answers are recorded instead; Space goes on to the next step).
enum class RunPurpose { Exercise, SelfCheck };

// One run of one routine, with everything in force decided.
struct RunRequest {
    RunPurpose purpose = RunPurpose::Exercise;
    Routine routine; // the routine with the dose (settings, then flags) applied
    SideChoice side = kDefaultSide;
    std::optional<std::filesystem::path> tracePath;
    bool quiet = false; // no terminal bell (headless)
    // 0-10, given on the command line or asked before the run; SessionRun rates it at the start.
    std::optional<int> painBefore;
    // 0-10, given on the command line; SessionRun rates it right after the end.
    std::optional<int> painAfter;
};

} // namespace nf
