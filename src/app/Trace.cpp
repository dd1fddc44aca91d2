#include "app/Trace.hpp"

#include "app/Files.hpp"
#include "core/Timeline.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace nf {
namespace {

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string seconds(Micros t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", toSeconds(t));
    return buf;
}

} // namespace

std::string traceLine(const SessionEvent& e, const Timeline& timeline, Micros actual) {
    std::string s = "{\"t\":" + seconds(actual) + ",\"planned\":" + seconds(e.t) + ",\"event\":\"" +
                    toString(e.type) + "\"";
    // Session start and end stand for the whole session, and what the person says (pain,
    // answers) for no step.
    const bool said = e.type == EventType::PainRated || e.type == EventType::SelfCheckAnswer ||
                      e.type == EventType::SelfCheckCompleted;
    if (e.step < timeline.size() && e.type != EventType::SessionStart &&
        e.type != EventType::SessionEnd && !said) {
        const Step& st = timeline[e.step];
        const auto& exercises = timeline.routine().exercises;
        if (e.type == EventType::StepStart)
            s += ",\"kind\":\"" + toString(st.kind) + "\"";
        if (st.exercise >= 0 && st.exercise < static_cast<int>(exercises.size()))
            s += ",\"exercise\":" +
                 jsonString(exercises[static_cast<std::size_t>(st.exercise)].name);
        if (st.set > 0)
            s += ",\"set\":" + std::to_string(st.set);
        if (st.rep > 0)
            s += ",\"rep\":" + std::to_string(st.rep);
        if (st.kind == StepKind::Phase)
            s += ",\"phase\":" + jsonString(st.label);
        if (st.side != Side::None)
            s += ",\"side\":\"" + toString(st.side) + "\"";
        if (e.type == EventType::StepStart)
            s += ",\"duration\":" + seconds(st.duration);
    }
    switch (e.type) {
    case EventType::CountdownTick:
        s += ",\"seconds_left\":" + std::to_string(e.secondsLeft);
        break;
    case EventType::StepExtended:
        s += ",\"added\":" + seconds(e.gap) + ",\"seconds_left\":" + std::to_string(e.secondsLeft);
        break;
    case EventType::RepDone:
    case EventType::SetEndedEarly:
        s += ",\"reps_in_set\":" + std::to_string(e.repsInSet);
        break;
    case EventType::SetDone:
        s += ",\"reps_in_set\":" + std::to_string(e.repsInSet) +
             ",\"reps_skipped\":" + std::to_string(e.set.repsSkipped) + ",\"set_end\":\"" +
             toString(e.set.end) + "\",\"counts\":" + (e.set.counts() ? "true" : "false");
        break;
    case EventType::Paused:
        s += ",\"reason\":\"" + toString(e.pauseReason) + "\"";
        if (e.pauseReason == PauseReason::Gap)
            s += ",\"gap\":" + seconds(e.gap);
        break;
    case EventType::SessionEnd:
        s += std::string(",\"reason\":\"") +
             (e.endReason == EndReason::Completed ? "completed" : "stopped") + "\"";
        break;
    case EventType::PainRated:
        s += ",\"moment\":\"" + toString(e.painMoment) + "\",\"pain\":" + std::to_string(e.pain);
        break;
    case EventType::SelfCheckCompleted:
        s += std::string(",\"urgent\":") + (e.urgent ? "true" : "false");
        break;
    case EventType::SelfCheckAnswer:
        s += ",\"leg\":\"" + toString(e.leg) + "\",\"question\":" + std::to_string(e.question) +
             ",\"answer\":" + (e.yes ? "true" : "false");
        break;
    default:
        break;
    }
    return s + "}";
}

TraceWriter::TraceWriter(const std::filesystem::path& file) : m_path(file) {
    // The trace is written as the session goes (a killed run keeps its lines), so it cannot be
    // a temporary renamed at the end; but it must never replace one of our files or a device.
    checkOutputTarget(file);
    m_file = std::fopen(file.c_str(), "we");
    if (!m_file)
        throw std::runtime_error(file.string() + ": cannot write the trace (" +
                                 std::strerror(errno) + ")");
}

TraceWriter::~TraceWriter() {
    if (m_file)
        std::fclose(m_file);
}

void TraceWriter::onEvents(const std::vector<SessionEvent>& events, const Timeline& timeline,
                           Micros actual) {
    for (const auto& e : events) {
        const std::string line = traceLine(e, timeline, actual);
        std::fputs(line.c_str(), m_file);
        std::fputc('\n', m_file);
    }
    // A full disk must not stop the session, but the user must know the trace is incomplete.
    if ((std::fflush(m_file) != 0 || std::ferror(m_file)) && !m_warned) {
        m_warned = true;
        std::fprintf(stderr, "nervefloss: %s: cannot write the trace (%s); it is incomplete\n",
                     m_path.c_str(), std::strerror(errno));
    }
}

} // namespace nf
