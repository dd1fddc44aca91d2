#pragma once

#include "app/AppContext.hpp"
#include "app/Clock.hpp"
#include "app/SessionRun.hpp"
#include "core/SelfCheck.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace nf::cli {

// Bad input from the user (a flag, a file, a routine name): main() prints its one-line message
// and exits with status 2. Other exceptions exit with status 1.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The dose flags every command that runs or shows a routine shares.
struct DoseFlags {
    std::optional<int> reps;
    std::optional<int> sets;
    std::optional<double> hold;
    std::optional<double> rest;
    std::optional<double> leadIn;
    std::optional<std::string> side;
    std::optional<std::string> exercise; // reps, sets, hold and rest for this exercise alone

    // Checked against the core's Limits; throws InputError naming the flag.
    Dose toDose() const;
    // The same, and --exercise checked against the routine's exercises.
    Dose toDose(const Routine& routine) const;
};
void addDoseFlags(CLI::App& command, DoseFlags& flags);

// Which front a session runs in: the terminal (a printer among its sinks) or the window.
enum class SessionFront { Terminal, Window };

// Makes one session with its sinks wired in their order (main.cpp says which and in what order).
// Throws InputError naming a trace file that cannot be written.
using SessionMaker = std::function<std::unique_ptr<SessionRun>(
    const AppContext& context, RunRequest request, const Clock& clock, SessionFront front)>;

// Why sound would not be heard, or empty (the window's "No sound device" line).
using SoundCheck = std::function<std::string()>;

// Opens the window (home, or the session of `request`) and returns the exit status.
using WindowOpener = std::function<int(AppContext& context, std::optional<RunRequest> request)>;

// Refuses an empty or blank value ("--reps ''"), which CLI11 would otherwise take as the option
// not given at all, silently running with the default. Every number and side option has it.
const CLI::Validator& notBlank();

// What a command's callback gets: the context, loaded on first use (a command like `check`
// never needs the settings, so a broken settings file does not stop it), how sessions and the
// window are made (set by main.cpp), and its exit status.
class CommandEnv {
  public:
    AppContext& context();
    int exitCode = 0;
    SessionMaker makeSession;
    WindowOpener openWindow;

  private:
    std::optional<AppContext> m_context;
};

// Each file of cli/ adds its commands; main.cpp calls these in the order `--help` lists them.
void addRoutineCommands(CLI::App& root, CommandEnv& env);   // list, check, set, run
void addSelfCheckCommands(CLI::App& root, CommandEnv& env); // self-check, safety
void addHistoryCommands(CLI::App& root, CommandEnv& env); // history, morning, today, chart, report
void addAudioCommands(CLI::App& root, CommandEnv& env);   // export-audio
void addWindowCommands(CLI::App& root, CommandEnv& env);  // render

// The window for `request` (or home), or InputError when there is no display.
int openWindow(AppContext& context, std::optional<RunRequest> request,
               const SessionMaker& makeSession, const SoundCheck& checkSound);

// A picture's size from a --size flag ("1280x800"), within the limits given (both inclusive);
// anything else is InputError naming the flag, the form and the limits.
struct PixelSize {
    unsigned width = 0;
    unsigned height = 0;
};
PixelSize parseSizeFlag(const std::string& text, PixelSize smallest, PixelSize largest);

// AppContext::saveSettings for a command: a settings file that cannot be written is an
// InputError (one line, exit 2), and the settings in force stay as they were.
void saveSettingsOrRefuse(AppContext& context, const Settings& next);

// The routine with this id, or InputError listing the known ones.
const Routine& findRoutine(const AppContext& context, const std::string& id);
// The dose in force for a run: the routine's own values, then the saved settings, then flags.
RunRequest makeRunRequest(const AppContext& context, const std::string& id, const DoseFlags& flags);

} // namespace nf::cli
