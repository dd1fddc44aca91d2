#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/SessionRun.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nf::gui {

// The run of a routine with the settings in force, as `nervefloss run ROUTINE` would make it.
using RequestMaker =
    std::function<RunRequest(const AppContext& context, const std::string& routineId)>;

// A session with its sinks wired (main.cpp's order), on the window's clock.
using SessionMaker = std::function<std::unique_ptr<SessionRun>(
    const AppContext& context, RunRequest request, const Clock& clock)>;

// Why the sound cannot play (no output device), or empty: asked once, after the first picture.
using SoundCheck = std::function<std::string()>;

// Opens the window and runs it until it is closed. With a request, the session starts at once
// (lead-in first) over the home screen; a self-check request runs the guide, its questions and
// its result. Without one, the home screen shows. Every session, and the self-check's answers,
// go through a SessionRun from `makeSession`. Returns the exit status. Throws
// std::runtime_error naming a missing font.
int runWindow(AppContext& context, std::optional<RunRequest> request, RequestMaker makeRequest,
              SessionMaker makeSession, SoundCheck checkSound);

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
