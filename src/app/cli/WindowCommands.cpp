// The window: opening it (`nervefloss`, `nervefloss run ROUTINE`), and `nervefloss render`,
// which draws one session frame offscreen.

#include "app/cli/Commands.hpp"
#include "app/cli/PlanCommands.hpp"

#include "app/Log.hpp"
#include "app/chart/HistoryChart.hpp"
#include "app/gui/kit/Gui.hpp"

#include <cmath>
#include <cstdio>
#include <memory>

namespace nf::cli {
namespace {

// Longer than any routine the limits allow; past it the session is simply over.
constexpr double kMaxRenderAt = 1e7;

void requireDisplay(const char* what) {
    if (auto problem = displayProblem())
        throw InputError(*problem + ": " + what);
}

} // namespace

int openWindow(AppContext& context, std::optional<RunRequest> request,
               const SessionMaker& makeSession, const SoundCheck& checkSound) {
    logStartupStep("routines and settings read");
    requireDisplay(request ? "use `nervefloss run ROUTINE --headless` to run in the terminal"
                           : "use `nervefloss list` and `nervefloss run ROUTINE --headless`");
    logStartupStep("display found");
    try {
        return gui::runWindow(
            context, std::move(request),
            // A routine started from home gets the plan applied, as `run` does.
            [](const AppContext& c, const std::string& id) {
                return makePlannedRunRequest(c, id, DoseFlags{});
            },
            [&makeSession](const AppContext& c, RunRequest r, const Clock& clock) {
                return makeSession(c, std::move(r), clock, SessionFront::Window);
            },
            checkSound);
    } catch (const std::runtime_error& e) {
        // A missing font: the user can fix it, so status 2.
        throw InputError(e.what());
    }
}

void addWindowCommands(CLI::App& root, CommandEnv& env) {

    auto* render = root.add_subcommand(
        "render", "Draw the session frame at a moment to a PNG (needs a display: try xvfb-run)");
    auto id = std::make_shared<std::string>();
    auto flags = std::make_shared<DoseFlags>();
    auto at = std::make_shared<double>(0.0);
    auto size = std::make_shared<std::string>("1280x800");
    auto paused = std::make_shared<bool>(false);
    auto out = std::make_shared<std::string>();
    render->add_option("ROUTINE", *id, "The routine's id (see `nervefloss list`)")->required();
    render->add_option("OUT", *out, "The picture to write (.png)")->required();
    render->add_option("--at", *at, "Seconds into the session (lead-in included)")
        ->required()
        ->check(notBlank());
    render->add_option("--size", *size, "WIDTHxHEIGHT of the picture (default 1280x800)")
        ->check(notBlank());
    render->add_flag("--paused", *paused, "Draw the pause overlay over the frame");
    addDoseFlags(*render, *flags);
    render->callback([&env, id, flags, at, size, paused, out] {
        // NaN compares false with everything: test for the good range, not the bad one.
        if (!(std::isfinite(*at) && *at >= 0 && *at <= kMaxRenderAt))
            throw InputError("--at: seconds must be from 0 to " +
                             std::to_string(static_cast<int>(kMaxRenderAt)) + ", got " +
                             std::to_string(*at));
        gui::RenderRequest req;
        req.atSeconds = *at;
        const PixelSize px = parseSizeFlag(*size, {160, 120}, {7680, 4320});
        req.width = px.width;
        req.height = px.height;
        req.paused = *paused;
        req.output = *out;
        const RunRequest run = makeRunRequest(env.context(), *id, *flags);
        if (auto problem = displayProblem())
            throw InputError(
                *problem +
                ": render draws with OpenGL; run it as `xvfb-run -a nervefloss render ...`");
        try {
            gui::renderSessionFrame(run, req);
        } catch (const std::runtime_error& e) {
            throw InputError(e.what());
        }
        env.exitCode = 0;
    });
}

} // namespace nf::cli
