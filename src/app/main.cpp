// nervefloss: parse the command line, load what the command needs, and run it. Every error
// that reaches here becomes one line on stderr: status 2 for bad input, 1 for anything else.
//
// The program is wired here, in plain sight: which commands exist (in the order `--help` lists
// them), and which sinks hear a session's events, in what order.

#include "app/Files.hpp"
#include "app/HeadlessRun.hpp"
#include "app/Log.hpp"
#include "app/SessionRun.hpp"
#include "app/Trace.hpp"
#include "app/audio/CuePlayer.hpp"
#include "app/audio/LiveAudio.hpp"
#include "app/audio/Speech.hpp"
#include "app/cli/Commands.hpp"
#include "app/cli/PlanCommands.hpp"
#include "app/desktop/DesktopSink.hpp"
#include "app/history/HistoryRecorder.hpp"
#include "core/Format.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>

namespace {

using namespace nf;

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

// One session's sinks, in this order:
//  1. the trace, so the file shows every event as the session produced it;
//  2. the sound, so a cue is placed before anything slower (a disk write) runs;
//  3. the history: the session's rows, or the self-check's answers;
//  4. in the terminal, the printer;
//  5. the desktop: the MPRIS player and the screen saver and idle-sleep inhibitors, last, as its
//     calls to other processes are the slowest (none without a session bus).
// The sound goes to the process's one output (`live`), opened by the first session that wants it.
std::unique_ptr<SessionRun> makeSession(audio::LiveAudio& live, const AppContext& context,
                                        RunRequest request, const Clock& clock,
                                        cli::SessionFront front) {
    auto run = std::make_unique<SessionRun>(std::move(request), clock);
    const RunRequest& req = run->request();
    if (req.tracePath) {
        try {
            run->addSink(std::make_unique<TraceWriter>(*req.tracePath));
        } catch (const std::runtime_error& e) {
            throw cli::InputError(e.what());
        }
    }
    const audio::AudioPrefs prefs = audio::AudioPrefs::from(context.settings);
    if (prefs.mode != AudioMode::Silent) {
        const audio::SpeechEngine* speech =
            prefs.mode == AudioMode::VoiceAndTones ? audio::SpeechEngine::shared() : nullptr;
        // The device opens first, so it is already playing silence (its pre-roll) while the
        // session's words are synthesized.
        if (auto mixer = live.acquire())
            run->addSink(std::make_unique<audio::CuePlayer>(run->timeline(), prefs, speech,
                                                            std::move(mixer)));
        else
            run->markSoundless(live.problem());
    }
    if (req.purpose == RunPurpose::Exercise) {
        if (auto recorder = makeHistoryRecorder()) {
            run->addSink(std::move(recorder));
            run->markRecorded();
        }
    } else {
        run->addSink(makeSelfCheckRecorder());
    }
    if (front == cli::SessionFront::Terminal)
        run->addSink(std::make_unique<TerminalPrinter>(stdout, !req.quiet));
    if (auto desktop = desktop::makeDesktopSink(run->timeline())) {
        RemoteControl& remote = *desktop;
        run->addRemoteSink(std::move(desktop), remote);
    }
    return run;
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

    // One sound output for the whole process, declared before anything that plays into it, so it
    // is the last to go: what is still sounding then (a session's closing words) is heard out
    // once, here, and never holds up a screen or a session.
    nf::audio::LiveAudio liveAudio;
    nf::cli::CommandEnv env;
    env.makeSession = [&liveAudio](const nf::AppContext& context, nf::RunRequest request,
                                   const nf::Clock& clock, nf::cli::SessionFront front) {
        return makeSession(liveAudio, context, std::move(request), clock, front);
    };
    env.openWindow = [&env, &liveAudio](nf::AppContext& context,
                                        std::optional<nf::RunRequest> request) {
        return nf::cli::openWindow(context, std::move(request), env.makeSession,
                                   [&liveAudio] { return liveAudio.check(); });
    };
    nf::cli::addRoutineCommands(app, env);
    nf::cli::addSelfCheckCommands(app, env);
    nf::cli::addHistoryCommands(app, env);
    nf::cli::addPlanCommands(app, env);
    nf::cli::addReminderCommands(app, env);
    nf::cli::addAudioCommands(app, env);
    nf::cli::addWindowCommands(app, env);
    app.callback([&] {
        // No command: open the window's home screen.
        if (app.get_subcommands().empty())
            env.exitCode = env.openWindow(env.context(), std::nullopt);
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
