#pragma once

#include "app/AppContext.hpp"
#include "core/SelfCheck.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace nf::gui {

// Why no window can be opened here ("no X display: DISPLAY is not set"), or nothing when a
// display answers. SFML aborts the process when it finds no display, so ask this first.
std::optional<std::string> displayProblem();

// The run of a routine with the settings in force, as `nervefloss run ROUTINE` would make it.
using RequestMaker = std::function<RunRequest(const AppContext& context, const std::string& routineId)>;

// Keeps the self-check's answers with the date (the history module's saver), or empty.
using SelfCheckSaver = std::function<void(const AppContext& context, const std::vector<LegAnswers>& answers,
                                          const SelfCheckOutcome& result)>;

// Opens the window and runs it until it is closed. With a request, the session starts at once
// (lead-in first) over the home screen; a self-check request runs the guide, its questions and
// its result, kept by `saveSelfCheck`. Without one, the home screen shows. Returns the exit
// status. Throws std::runtime_error naming a missing font or an unwritable trace file.
int runWindow(AppContext& context, std::optional<RunRequest> request, RequestMaker makeRequest,
              SelfCheckSaver saveSelfCheck = {});

// What `nervefloss render` draws: the session frame `atSeconds` into an uninterrupted run, in a
// picture of width x height, optionally with the pause overlay, saved as PNG (or any format
// sf::Image knows by the file's extension). Throws std::runtime_error on failure.
struct RenderRequest {
    double atSeconds = 0.0;
    unsigned width = 1280;
    unsigned height = 800;
    bool paused = false;
    std::filesystem::path output;
};
void renderSessionFrame(const RunRequest& run, const RenderRequest& req);

} // namespace nf::gui
