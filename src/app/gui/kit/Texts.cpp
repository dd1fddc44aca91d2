#include "app/gui/kit/Texts.hpp"

#include "core/Format.hpp"
#include "core/HistoryRules.hpp"
#include "core/Safety.hpp"
#include "core/Timeline.hpp"

#include <algorithm>

namespace nf::gui {
namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

constexpr const char* kDot = " \xC2\xB7 ";   // a middle dot between parts
constexpr const char* kTimes = " \xC3\x97 "; // a multiplication sign

} // namespace

std::string doseSummary(const Routine& r, SideChoice side) {
    if (r.exercises.empty())
        return "no exercises";
    const Exercise& ex = r.exercises.front();
    std::string s = plural(ex.reps, "rep", "reps") + kTimes + plural(ex.sets, "set", "sets");
    // The postures as they are (knee rolls: 2 s + 1.5 s), not only the adjustable hold.
    if (!ex.phases.empty())
        s += kDot + std::string("hold ") + holdPattern(ex);
    if (ex.sets > 1)
        s += kDot + std::string("rest ") + formatSeconds(ex.restSeconds) + " s";
    if (r.exercises.size() > 1)
        s += kDot + plural(static_cast<int>(r.exercises.size()), "exercise", "exercises");
    const bool affected =
        std::any_of(r.exercises.begin(), r.exercises.end(),
                    [](const Exercise& e) { return e.sideRule == SideRule::Affected; });
    if (affected)
        s += kDot + legWords(side);
    return s;
}

std::string lengthSummary(const Routine& r, SideChoice side) {
    return formatDuration(Timeline(r, side).total());
}

namespace {

std::string sectionParagraph(const SafetySection& section) {
    std::string p = section.heading + ": ";
    for (std::size_t i = 0; i < section.items.size(); ++i)
        p += section.items[i] + (i + 1 < section.items.size() ? "; " : ".");
    return p;
}

} // namespace

std::vector<std::string> safetyNotice() {
    // The words are the core's (core/Safety.hpp), shared with the terminal; here only laid out.
    std::vector<std::string> out{safetyIntro()};
    for (const SafetySection& section : safetySections())
        out.push_back(sectionParagraph(section));
    return out;
}

std::vector<std::string> urgentNotice() {
    // The first two sections are the emergency and the same-day lists.
    const auto& sections = safetySections();
    std::vector<std::string> out{"Stop the exercises for now."};
    for (std::size_t i = 0; i < std::min<std::size_t>(2, sections.size()); ++i)
        out.push_back(sectionParagraph(sections[i]));
    return out;
}

Summary summarize(const SessionSnapshot& snap, const Timeline& t) {
    Summary s;
    s.stopped = snap.stopped;
    s.heading = summaryHeading(snap.stopped, std::nullopt, std::nullopt);
    s.lines.push_back("Sets done: " + std::to_string(snap.setsDone) + " of " +
                      std::to_string(t.plannedSets()));
    s.lines.push_back("Reps done: " + std::to_string(snap.repsDone) + " of " +
                      std::to_string(t.plannedReps()));
    // Only flossing ends a set because the dull pain eased; other routines say nothing of it.
    if (const std::string early = endedEarlyLine(t.routine().id, snap.setsEndedEarly);
        !early.empty())
        s.lines.push_back(early);
    if (snap.stopped)
        s.lines.push_back("You left before the end");
    s.lines.push_back("Time taken: " + formatClock(snap.activeTime));
    return s;
}

} // namespace nf::gui
