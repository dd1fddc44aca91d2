// nervefloss: parse the command line, load what the command needs, and run it. Every error
// that reaches here becomes one line on stderr: status 2 for bad input, 1 for anything else.

#include "app/Files.hpp"
#include "app/Log.hpp"
#include "app/cli/Commands.hpp"
#include "core/Format.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>

namespace {

// Output that never reached its reader (a full disk, a closed pipe) is an error, said once.
int checkedStdout(int status) {
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int err = errno;
        std::fprintf(stderr, "nervefloss: cannot write to standard output (%s)\n",
                     err ? std::strerror(err) : "write error");
        return status == 0 ? 1 : status;
    }
    return status;
}

} // namespace

int main(int argc, char** argv) {
    // A closed stdout must not make the trace or the history file our fd 1.
    nf::ensureStandardStreams();
    // A reader that goes away (`| head`) must not kill a session half-recorded: writes to it
    // fail instead, and that is reported at the end.
    std::signal(SIGPIPE, SIG_IGN);
    CLI::App app{"nervefloss: guided nerve flossing and home rehab for sciatic pain in the calf"};
    app.set_version_flag("--version", std::string("nervefloss ") + NERVEFLOSS_VERSION);
    app.require_subcommand(0, 1);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Log what the program does (also: NERVEFLOSS_LOG=debug)");
    app.parse_complete_callback([&] { nf::initLogging(verbose); });
    nf::cli::CommandEnv env;
    nf::cli::addRegisteredCommands(app, env);
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
        // Messages quote file names and file text: printable() keeps them to one visible line.
        std::fprintf(stderr, "nervefloss: %s\n", nf::printable(e.what()).c_str());
        return checkedStdout(2);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "nervefloss: %s\n", nf::printable(e.what()).c_str());
        return checkedStdout(1);
    }
    return checkedStdout(env.exitCode);
}
