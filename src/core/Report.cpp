#include "core/Report.hpp"

#include "core/Format.hpp"
#include "core/Schedule.hpp"
#include "core/SymptomResponse.hpp"

#include <algorithm>
#include <cstdio>

namespace nf {
namespace {

bool inRange(const ReportInput& in, Date day) {
    return !(day < in.from) && !(in.to < day);
}

bool earlier(const LocalTime& a, const LocalTime& b) {
    return formatLocalTime(a) < formatLocalTime(b);
}

std::string whenText(const LocalTime& t) {
    return formatDate(t.date) + " " + formatTimeOfDay(t);
}

// A section with its title and its table's columns (header and share of the line each).
ReportSection section(std::string title, std::vector<std::string> header,
                      std::vector<double> widths) {
    ReportSection s;
    s.title = std::move(title);
    s.table.header = std::move(header);
    s.table.widths = std::move(widths);
    return s;
}

std::string nameOf(const ReportInput& in, const std::string& id) {
    const auto it = in.names.find(id);
    return it == in.names.end() ? id : it->second;
}

std::string percent(int part, int whole) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d%%", whole ? (part * 100 + whole / 2) / whole : 0);
    return buf;
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

ReportSection planSection(const ReportInput& in) {
    ReportSection s =
        section("The plan and the doses now", {"Routine", "How often", "Dose now", "May progress"},
                {0.2, 0.3, 0.22, 0.28});
    for (const PlanEntry& e : in.plan.entries) {
        const auto dose = in.doseNow.find(e.routineId);
        const std::string limits = limitsText(e);
        s.table.rows.push_back({nameOf(in, e.routineId), cadenceText(e),
                                dose == in.doseNow.end() ? "" : dose->second,
                                limits.empty() ? "no" : limits});
    }
    if (in.plan.entries.empty())
        s.notes.push_back("The plan has no routines.");
    return s;
}

std::vector<AdherenceRow> adherence(const ReportInput& in,
                                    const std::vector<SessionRecord>& sessions) {
    const int days = daysBetween(in.from, in.to) + 1;
    std::vector<AdherenceRow> rows;
    for (const PlanEntry& e : in.plan.entries) {
        AdherenceRow row;
        row.routineId = e.routineId;
        row.name = nameOf(in, e.routineId);
        row.done.assign(static_cast<std::size_t>(days), 0);
        for (const SessionRecord& r : sessions)
            if (r.routineId == e.routineId && countsForPlan(r))
                ++row.done[static_cast<std::size_t>(daysBetween(in.from, r.day()))];
        int counted = 0;
        switch (e.cadence) {
        case Cadence::TimesADay:
            row.wantedPerDay = e.timesADay;
            for (int d = 0; d < days; ++d) {
                // A flare day takes such a routine off the plan: it was not wanted that day.
                const bool off =
                    e.offOnFlareDays && flareReason(in.sessions, in.mornings, addDays(in.from, d),
                                                    CheckIns{in.whereFelt, in.urgentChecks})
                                            .has_value();
                if (!off)
                    row.planned += e.timesADay;
                // Extra sessions on one day do not make up for a missed one on another.
                counted += std::min(row.done[static_cast<std::size_t>(d)], off ? 0 : e.timesADay);
            }
            break;
        case Cadence::EveryDays:
            row.planned = (days + e.everyDays - 1) / e.everyDays;
            for (int n : row.done)
                counted += n > 0 ? 1 : 0;
            counted = std::min(counted, row.planned);
            break;
        case Cadence::AsWanted:
            break;
        }
        for (int n : row.done)
            row.doneTotal += n;
        if (e.cadence == Cadence::AsWanted)
            row.line =
                row.name + ": " + plural(row.doneTotal, "session", "sessions") + " (as wanted)";
        else
            row.line = row.name + ": " + std::to_string(counted) + " of " +
                       plural(row.planned, "planned session", "planned sessions") + " done (" +
                       percent(counted, row.planned) + ")";
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ReportDay> painDays(const ReportInput& in, const std::vector<SessionRecord>& sessions) {
    std::vector<ReportDay> out;
    for (Date day = in.from; !(in.to < day); day = addDays(day, 1)) {
        ReportDay d;
        d.day = day;
        double before = 0, after = 0;
        int nBefore = 0, nAfter = 0;
        for (const SessionRecord& r : sessions) {
            if (r.day() != day)
                continue;
            if (r.painBefore)
                before += *r.painBefore, ++nBefore;
            if (r.painAfter)
                after += *r.painAfter, ++nAfter;
        }
        if (nBefore)
            d.painBefore = before / nBefore;
        if (nAfter)
            d.painAfter = after / nAfter;
        for (const MorningRecord& m : in.mornings)
            if (m.sessionDay == day)
                d.morning = m.check;
        d.amber = amberDay(in.sessions, in.mornings, day);
        out.push_back(d);
    }
    return out;
}

ReportSection symptomSection(const ReportInput& in, const std::vector<ReportDay>& days) {
    ReportSection s = section("Symptom response", {"Day", "Amber because"}, {0.2, 0.8});
    int sessionDays = 0, green = 0, amber = 0, better = 0, same = 0, worse = 0;
    for (const ReportDay& d : days) {
        const bool any = std::any_of(in.sessions.begin(), in.sessions.end(),
                                     [&](const SessionRecord& r) { return r.day() == d.day; });
        sessionDays += any ? 1 : 0;
        green += any && !d.amber ? 1 : 0;
        if (d.morning)
            (*d.morning == MorningCheck::Better ? better
             : *d.morning == MorningCheck::Same ? same
                                                : worse)++;
        if (auto why = amberReason(in.sessions, in.mornings, d.day)) {
            ++amber;
            s.table.rows.push_back({formatDate(d.day), *why});
        }
    }
    s.notes.push_back(
        plural(sessionDays, "day", "days") + " with sessions, " + std::to_string(green) +
        " of them green; " + plural(amber, "amber day", "amber days") +
        " (flossing pain after rose 2 or more over pain before, or a morning worse than before).");
    s.notes.push_back("The next morning, compared with before: " + std::to_string(better) +
                      " better, " + std::to_string(same) + " the same, " + std::to_string(worse) +
                      " worse.");
    return s;
}

std::string painText(const std::optional<int>& before, const std::optional<int>& after) {
    if (!before && !after)
        return "";
    auto one = [](const std::optional<int>& v) {
        return v ? std::to_string(*v) : std::string("-");
    };
    return one(before) + " \u2192 " + one(after);
}

// One day's sessions of one routine, added up for a row.
struct DayOfRoutine {
    Date day{};
    std::string routineId;
    std::string name;
    std::string starts, pains;
    int sets = 0, setsPlanned = 0, reps = 0, repsPlanned = 0, early = 0, stopped = 0, cut = 0;

    void add(const SessionRecord& r) {
        starts += (starts.empty() ? "" : ", ") + formatTimeOfDay(r.start);
        if (const std::string p = painText(r.painBefore, r.painAfter); !p.empty())
            pains += (pains.empty() ? "" : ", ") + p;
        sets += r.setsDone;
        setsPlanned += r.setsPlanned;
        reps += r.repsDone;
        repsPlanned += r.repsPerSet * r.setsPlanned;
        early += r.setsEndedEarly;
        stopped += r.outcome == SessionOutcome::Stopped ? 1 : 0;
        cut += r.outcome == SessionOutcome::Unfinished ? 1 : 0;
    }
    std::string ended() const {
        std::string text = stopped + cut == 0 ? "completed" : "";
        if (stopped)
            text += std::to_string(stopped) + " stopped";
        if (cut)
            text += (text.empty() ? "" : ", ") + std::to_string(cut) + " cut off";
        if (early)
            text += "; " + plural(early, "set", "sets") + " ended early";
        return text;
    }
};

// One row for each routine on each day, so a month of twice-daily sessions stays within a page
// or two: the sessions' start times, sets and reps done against planned, each pain pair, and
// how they ended when not all completed. `sessions` come sorted by start.
ReportSection sessionsSection(const std::vector<SessionRecord>& sessions) {
    ReportSection s =
        section("Sessions, by day and routine",
                {"Day", "Routine", "Started", "Sets done", "Reps done", "Pain 0-10", "Ended"},
                {0.13, 0.16, 0.13, 0.1, 0.11, 0.14, 0.23});
    std::vector<DayOfRoutine> rows;
    int reps = 0;
    for (const SessionRecord& r : sessions) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const DayOfRoutine& d) {
            return d.day == r.day() && d.routineId == r.routineId;
        });
        if (it == rows.end()) {
            DayOfRoutine row;
            row.day = r.day();
            row.routineId = r.routineId;
            row.name = r.routineName;
            it = rows.insert(rows.end(), row);
        }
        it->add(r);
        reps += r.repsDone;
    }
    for (const DayOfRoutine& d : rows)
        s.table.rows.push_back({formatDate(d.day), d.name, d.starts,
                                std::to_string(d.sets) + " of " + std::to_string(d.setsPlanned),
                                std::to_string(d.reps) + " of " + std::to_string(d.repsPlanned),
                                d.pains, d.ended()});
    if (sessions.empty())
        s.notes.push_back("No sessions in these days.");
    else
        s.notes.push_back(plural(static_cast<int>(sessions.size()), "session", "sessions") + ", " +
                          plural(reps, "rep", "reps") +
                          " in all. Pain is before \u2192 after each session.");
    return s;
}

ReportSection earlySetsSection(const ReportInput& in, const std::vector<SessionRecord>& sessions) {
    ReportSection s = section("Sets ended early or stopped",
                              {"Finished", "Exercise", "Side", "Set", "Reps done", "How it ended"},
                              {0.2, 0.25, 0.08, 0.07, 0.12, 0.28});
    for (const RecordedSet& set : in.sets) {
        if (!inRange(in, set.finishedAt.date) || !(set.endedEarly || set.leftMidSet))
            continue;
        s.table.rows.push_back(
            {whenText(set.finishedAt), set.exercise, set.side, std::to_string(set.setNumber),
             std::to_string(set.repsDone) +
                 (set.repsPlanned ? " of " + std::to_string(*set.repsPlanned) : ""),
             set.leftMidSet ? "session left during the set" : "ended early: the pain eased"});
    }
    const int stopped = static_cast<int>(
        std::count_if(sessions.begin(), sessions.end(), [](const SessionRecord& r) {
            return r.outcome != SessionOutcome::Completed;
        }));
    s.notes.push_back(
        plural(stopped, "session", "sessions") + " stopped before the end or cut off; " +
        plural(static_cast<int>(s.table.rows.size()), "set", "sets") + " ended early or left.");
    return s;
}

ReportSection whereSection(const ReportInput& in) {
    ReportSection s =
        section("Where it was felt after sessions",
                {"When", "Reached down to", "New tingling or numbness", "Against the time before"},
                {0.22, 0.2, 0.28, 0.3});
    std::vector<WhereFelt> sorted = in.whereFelt;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const WhereFelt& a, const WhereFelt& b) { return earlier(a.at, b.at); });
    std::optional<WhereFelt> previous;
    for (const WhereFelt& w : sorted) {
        const Trend trend = whereTrend(previous, w);
        previous = w;
        if (!inRange(in, w.at.date))
            continue;
        s.table.rows.push_back({whenText(w.at), "the " + toString(w.reach),
                                w.newTinglingOrNumbness ? "yes" : "no", toString(trend)});
    }
    if (s.table.rows.empty())
        s.notes.push_back("No answers in these days.");
    return s;
}

ReportSection urgentSection(const ReportInput& in) {
    ReportSection s = section("Urgent signs (weekly questions)", {"Day", "Answers"}, {0.2, 0.8});
    std::vector<UrgentCheck> sorted = in.urgentChecks;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const UrgentCheck& a, const UrgentCheck& b) { return a.day < b.day; });
    for (const UrgentCheck& c : sorted) {
        if (!inRange(in, c.day))
            continue;
        std::string text;
        for (std::size_t i = 0; i < c.yes.size(); ++i)
            if (c.yes[i])
                text += (text.empty() ? "YES to: " : "; ") + std::string(urgentQuestions()[i]);
        if (!text.empty())
            s.table.alerts.push_back(s.table.rows.size());
        s.table.rows.push_back(
            {formatDate(c.day),
             text.empty() ? "no to all " + std::to_string(kUrgentQuestions) : text});
    }
    if (s.table.rows.empty())
        s.notes.push_back("Not answered in these days.");
    return s;
}

ReportSection sbiSection(const ReportInput& in, const std::vector<SbiScore>& inRangeScores) {
    ReportSection s =
        section("Sciatica Bothersomeness Index (0-6 each, total 0-24, lower is better)",
                {"Day", "Leg pain", "Numbness or tingling", "Weakness", "Pain sitting", "Total"},
                {0.2, 0.14, 0.22, 0.14, 0.16, 0.14});
    s.chart = ReportChart::SbiTotals;
    for (const SbiScore& score : inRangeScores) {
        std::vector<std::string> row{formatDate(score.day)};
        for (int r : score.ratings)
            row.push_back(std::to_string(r));
        row.push_back(std::to_string(score.total()));
        s.table.rows.push_back(std::move(row));
    }
    if (s.table.rows.empty())
        s.notes.push_back("Not scored in these days.");
    if (auto advice = sbiAdvice(in.sbiScores))
        s.notes.push_back(*advice);
    return s;
}

ReportSection selfCheckSection(const ReportInput& in) {
    ReportSection s =
        section("Slump self-checks", {"When", "Leg", "Answers (yes/no)", "What they suggest"},
                {0.22, 0.1, 0.28, 0.4});
    for (const SelfCheckRecord& c : in.selfChecks) {
        if (!inRange(in, c.recordedAt.date))
            continue;
        std::string answers;
        for (const auto& a : c.answers.answers)
            answers += (answers.empty() ? "" : " ") + std::string(!a ? "-" : *a ? "yes" : "no");
        const char* verdict = c.verdict == SelfCheckVerdict::Urgent
                                  ? "URGENT: symptoms in both legs (urgent notice shown)"
                              : c.verdict == SelfCheckVerdict::SuggestsNerve
                                  ? "suggests nerve-related pain (a screen, not a diagnosis)"
                              : c.verdict == SelfCheckVerdict::NotSuggestive ? "not suggestive"
                                                                             : "not finished";
        s.table.rows.push_back({whenText(c.recordedAt), toString(c.answers.leg), answers, verdict});
    }
    if (s.table.rows.empty())
        s.notes.push_back("None in these days.");
    return s;
}

ReportSection changesSection(const ReportInput& in) {
    ReportSection s =
        section("Dose changes", {"When", "Routine", "Change", "Reason"}, {0.2, 0.18, 0.27, 0.35});
    for (const DoseChange& c : in.doseChanges) {
        if (!inRange(in, c.at.date))
            continue;
        s.table.rows.push_back({whenText(c.at), nameOf(in, c.routineId),
                                c.what + ": " + c.from + " \u2192 " + c.to, c.reason});
    }
    if (s.table.rows.empty())
        s.notes.push_back("No changes in these days.");
    return s;
}

} // namespace

Report buildReport(const ReportInput& in) {
    Report report;
    const int days = daysBetween(in.from, in.to) + 1;
    report.title = "nervefloss: report for the physiotherapist";
    report.subtitle = "Made " + whenText(in.madeAt) + "; covers " + formatDate(in.from) + " to " +
                      formatDate(in.to) + " (" + plural(days, "day", "days") + ")";

    std::vector<SessionRecord> sessions;
    for (const SessionRecord& r : in.sessions)
        if (inRange(in, r.day()))
            sessions.push_back(r);
    std::stable_sort(
        sessions.begin(), sessions.end(),
        [](const SessionRecord& a, const SessionRecord& b) { return earlier(a.start, b.start); });
    for (const SbiScore& score : in.sbiScores)
        if (inRange(in, score.day))
            report.sbi.push_back(score);
    std::stable_sort(report.sbi.begin(), report.sbi.end(),
                     [](const SbiScore& a, const SbiScore& b) { return a.day < b.day; });

    report.plan = planSection(in);
    report.adherence = adherence(in, sessions);
    report.days = painDays(in, sessions);
    report.sections.push_back(symptomSection(in, report.days));
    report.sections.push_back(sessionsSection(sessions));
    report.sections.push_back(earlySetsSection(in, sessions));
    report.sections.push_back(whereSection(in));
    report.sections.push_back(urgentSection(in));
    report.sections.push_back(sbiSection(in, report.sbi));
    report.sections.push_back(selfCheckSection(in));
    report.sections.push_back(changesSection(in));
    return report;
}

} // namespace nf
