#include "app/cli/FirstStart.hpp"

#include "core/Safety.hpp"

#include <cctype>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace nf::cli {
namespace {

// Only someone at a terminal is asked anything; scripts and pipes are never held up.
bool atTerminal() {
    return ::isatty(STDIN_FILENO) == 1;
}

} // namespace

void printSafety() {
    std::printf("%s\n", safetyIntro().c_str());
    for (const SafetySection& s : safetySections()) {
        std::printf("\n%s:\n", s.heading.c_str());
        for (const auto& item : s.items)
            std::printf("  - %s\n", item.c_str());
    }
}

void safetyAtFirstStart(AppContext& context) {
    if (context.settings.safetyAcknowledged)
        return;
    std::printf("Safety notice (shown until you acknowledge it)\n\n");
    printSafety();
    if (!atTerminal()) {
        std::printf("\n");
        return;
    }
    std::printf("\nPress Enter to say you have read this: ");
    std::fflush(stdout);
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
    }
    if (c == EOF)
        return;
    Settings next = context.settings;
    next.safetyAcknowledged = true;
    context.saveSettings(next);
    std::printf("\n");
}

std::optional<SideChoice> askAffectedLegOnce(AppContext& context) {
    if (context.settings.affectedLeg || !atTerminal())
        return std::nullopt;
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::printf("Which leg is affected: left, right or both? [l/r/b] ");
        std::fflush(stdout);
        std::string line;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            line += static_cast<char>(c);
        std::string word;
        for (char ch : line)
            if (!std::isspace(static_cast<unsigned char>(ch)))
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        std::optional<SideChoice> leg = word == "l"   ? SideChoice::Left
                                        : word == "r" ? SideChoice::Right
                                        : word == "b" ? SideChoice::Both
                                                      : sideChoiceFromString(word);
        if (leg) {
            Settings next = context.settings;
            next.affectedLeg = leg;
            context.saveSettings(next);
            std::printf("Saved: the %s leg (change it with `nervefloss set ROUTINE --side`).\n",
                        toString(*leg).c_str());
            return leg;
        }
        if (c == EOF)
            break;
    }
    std::printf("\n");
    return std::nullopt;
}

} // namespace nf::cli
