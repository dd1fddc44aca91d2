// nervefloss: parse the command line, load what the command needs, and run it. Every error
// that reaches here becomes one line on stderr: status 2 for bad input, 1 for anything else.

#include "app/Log.hpp"
#include "app/cli/Commands.hpp"
#ifdef NERVEFLOSS_HISTORY
#include "app/cli/PlanCommands.hpp"
#endif

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    CLI::App app{"nervefloss: guided nerve flossing and home rehab for sciatic pain in the calf"};
    app.set_version_flag("--version", std::string("nervefloss ") + NERVEFLOSS_VERSION);
    app.require_subcommand(0, 1);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Log what the program does (also: NERVEFLOSS_LOG=debug)");
    app.parse_complete_callback([&] { nf::initLogging(verbose); });
    nf::cli::CommandEnv env;
    nf::cli::addRegisteredCommands(app, env);
#ifdef NERVEFLOSS_HISTORY
    nf::cli::addPlanCommands(app, env);
#endif
    app.callback([&] {
        // No command: open the window's home screen.
        if (app.get_subcommands().empty()) {
            if (!nf::cli::windowRunner())
                throw nf::cli::InputError(
                    "no command given, and this build has no window; try `nervefloss --help`");
            env.exitCode = nf::cli::windowRunner()(env.context(), std::nullopt);
        }
    });
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "nervefloss: %s (see --help)\n", e.what());
        return 2;
    } catch (const nf::cli::InputError& e) {
        std::fprintf(stderr, "nervefloss: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "nervefloss: %s\n", e.what());
        return 1;
    }
    return env.exitCode;
}
