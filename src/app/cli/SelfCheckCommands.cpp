// The slump self-check in the terminal, and the safety notice.

#include "app/cli/Commands.hpp"

#include "app/Clock.hpp"
#include "app/HeadlessRun.hpp"
#include "app/Terminal.hpp"
#include "app/cli/FirstStart.hpp"
#include "core/Safety.hpp"
#include "core/SelfCheck.hpp"
#include "core/Session.hpp"

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>

namespace nf::cli {

namespace {

// One yes/no answer: a single key on a terminal, a line (y, yes, n, no) otherwise.
// Empty when the input ends or the user quits.
std::optional<bool> askYesNo(const std::string& question, Terminal& terminal) {
    std::printf("%s [y/n] ", question.c_str());
    std::fflush(stdout);
    if (terminal.interactive()) {
        while (!Terminal::wasInterrupted()) {
            auto key = terminal.waitKey(std::chrono::milliseconds(250));
            if (!key)
                continue;
            if (*key == 'y' || *key == 'Y')
                return std::printf("yes\n"), true;
            if (*key == 'n' || *key == 'N')
                return std::printf("no\n"), false;
            if (*key == 'q' || *key == 'Q')
                break;
        }
        std::printf("\n");
        return std::nullopt;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        for (char& c : line)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (line == "y" || line == "yes")
            return std::printf("yes\n"), true;
        if (line == "n" || line == "no")
            return std::printf("no\n"), false;
        std::printf("\nPlease answer y or n: ");
        std::fflush(stdout);
    }
    std::printf("\n");
    return std::nullopt;
}

int runSelfCheck(CommandEnv& env, bool headless, const std::string& firstLeg, double stepSeconds) {
    const auto first = sideChoiceFromString(firstLeg);
    if (!first || *first == SideChoice::Both)
        throw InputError("--first-leg: must be left or right, got '" + firstLeg + "'");
    if (stepSeconds < 2 || stepSeconds > 30)
        throw InputError("--step: must be from 2 to 30 seconds");
    AppContext& ctx = env.context();
    RunRequest req;
    req.purpose = RunPurpose::SelfCheck;
    req.routine = selfCheckRoutine(*first, stepSeconds);
    req.side = *first;
    req.quiet = true;
    if (!headless)
        return env.openWindow(ctx, req);
    safetyAtFirstStart(ctx);
    std::printf("The slump self-check: a screen, not a diagnosis. Move slowly, no bouncing. At "
                "your usual symptom press s: the guide goes no further, on to looking up, then the "
                "other leg.\n\n");
    const SteadyClock clock;
    const auto run = env.makeSession(ctx, req, clock, SessionFront::Terminal);
    Terminal terminal;
    printSessionIntro(stdout, run->timeline(), HeadlessKeys::Guide, terminal.interactive());
    SelfCheckGuide guide(*first);
    runHeadless(*run, terminal, clock, HeadlessKeys::Guide, &guide, stdout);

    const std::vector<Side>& tested = guide.testedLegs();
    if (tested.empty()) {
        std::printf("\nNo leg was tested, so there are no questions.\n");
        return 0;
    }
    std::string legs;
    for (Side leg : tested)
        legs += (legs.empty() ? "the " : " leg, then the ") + toString(leg);
    std::printf("\nNow three questions about %s leg.\n", legs.c_str());
    SelfCheckQuestions questions(tested, guide.symptomLegs());
    while (!questions.done()) {
        auto a = askYesNo(questions.text(), terminal);
        if (!a)
            break;
        questions.answer(*a);
    }
    const SelfCheckOutcome result = questions.result();
    std::printf("\n");
    for (const auto& line : result.lines)
        std::printf("%s\n", line.c_str());
    if (questions.done()) {
        for (const LegAnswers& leg : questions.answers())
            for (std::size_t q = 0; q < leg.answers.size(); ++q)
                if (leg.answers[q])
                    run->answerSelfCheck(leg.leg, static_cast<int>(q), *leg.answers[q]);
        run->completeSelfCheck(result.overall == SelfCheckVerdict::Urgent);
    }
    return 0;
}

} // namespace

void addSelfCheckCommands(CLI::App& root, CommandEnv& env) {
    auto* check = root.add_subcommand("self-check",
                                      "The guided slump self-check (a screen, not a diagnosis)");
    auto headless = std::make_shared<bool>(false);
    auto firstLeg = std::make_shared<std::string>("right");
    auto step = std::make_shared<double>(5.0);
    check->add_flag("--headless", *headless, "In the terminal, without a window");
    check->add_option("--first-leg", *firstLeg, "The leg checked first: left or right")
        ->capture_default_str()
        ->check(notBlank());
    check->add_option("--step", *step, "Seconds for each step (2-30)")
        ->capture_default_str()
        ->check(notBlank());
    check->callback([&env, headless, firstLeg, step] {
        env.exitCode = runSelfCheck(env, *headless, *firstLeg, *step);
    });

    auto* safety = root.add_subcommand("safety", "Print the safety notice");
    safety->callback([] { printSafety(); });
}

} // namespace nf::cli
