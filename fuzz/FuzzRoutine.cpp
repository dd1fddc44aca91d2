// libFuzzer target: any text through nf::parseRoutine. A crash, a sanitizer report or a broken
// promise of the parser (below) is a finding. Run by scripts/fuzz.sh.

#include "core/RoutineFile.hpp"
#include "core/Timeline.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = nf::parseRoutine(text, "fuzz.toml", "fuzz");
    if (auto* error = std::get_if<nf::ParseError>(&parsed)) {
        // Every error names a place in the file (or 0:0 for the whole file) and says something.
        if (error->line < 0 || error->column < 0 || error->message.empty())
            std::abort();
        return 0;
    }
    const nf::Routine& routine = std::get<nf::Routine>(parsed);
    // A routine the parser accepts must be one the session can run: it passes the same checks as
    // a routine built in code, and expands into a timeline whose steps follow one another in
    // time with no negative lengths.
    if (nf::validateRoutine(routine))
        std::abort();
    const nf::Timeline timeline(routine, nf::SideChoice::Both);
    nf::Micros at{0};
    for (const nf::Step& step : timeline.steps()) {
        if (step.duration < nf::Micros{0} || step.start != at)
            std::abort();
        at = step.end();
    }
    return 0;
}
