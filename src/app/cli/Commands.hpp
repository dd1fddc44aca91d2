#pragma once

#include "app/AppContext.hpp"
#include "core/SelfCheck.hpp"

#include <CLI/CLI.hpp>

#include <functional>
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

// Refuses an empty or blank value ("--reps ''"), which CLI11 would otherwise take as the option
// not given at all, silently running with the default. Every number and side option has it.
const CLI::Validator& notBlank();

// What a command's callback gets: the context, loaded on first use (a command like `check`
// never needs the settings, so a broken settings file does not stop it), and its exit status.
class CommandEnv {
public:
    AppContext& context();
    int exitCode = 0;

private:
    std::optional<AppContext> m_context;
};

using CommandAdder = std::function<void(CLI::App& root, CommandEnv& env)>;

// Each cli/*.cpp file registers its subcommands with one static CommandRegistrar; main() adds
// them in `order`. This keeps main.cpp free of every module's details.
struct CommandRegistrar {
    CommandRegistrar(int order, CommandAdder adder);
};
void addRegisteredCommands(CLI::App& root, CommandEnv& env);

// The routine with this id, or InputError listing the known ones.
const Routine& findRoutine(const AppContext& context, const std::string& id);
// The dose in force for a run: the routine's own values, then the saved settings, then flags.
RunRequest makeRunRequest(const AppContext& context, const std::string& id, const DoseFlags& flags);

// The window, when the GUI module is linked in; otherwise empty. A run without --headless uses
// it; `request` empty means the home screen.
using WindowRunner = std::function<int(AppContext& context, std::optional<RunRequest> request)>;
void setWindowRunner(WindowRunner runner);
const WindowRunner& windowRunner();

// Keeps the self-check's answers with the date, when the history module is linked in (it
// installs this from its cli file); the terminal and the window self-check both call it.
using SelfCheckSaver = std::function<void(const AppContext& context,
                                          const std::vector<LegAnswers>& answers,
                                          const SelfCheckOutcome& result)>;
void setSelfCheckSaver(SelfCheckSaver saver);
const SelfCheckSaver& selfCheckSaver();

} // namespace nf::cli
