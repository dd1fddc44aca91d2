#include "core/HistoryRules.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace nf {
namespace {

// The pain rise (after minus before) that is a meaningful change.
constexpr int kMeaningfulRise = 2;
constexpr int kMinReps = 5;
constexpr int kSteadySessions = 3;
constexpr int kGreenPain = 3;
constexpr int kRedWindowDays = 7;
constexpr int kGoOnPain = 8;
// How long a new tingling or numbness, or a yes to an urgent sign, rests flossing.
constexpr int kCheckInDays = 7;

bool startsBefore(const SessionRecord* a, const SessionRecord* b) {
    const std::string ka = formatLocalTime(a->start), kb = formatLocalTime(b->start);
    return ka != kb ? ka < kb : a->id < b->id;
}

// The records matching `keep`, newest first.
template <typename Keep>
std::vector<const SessionRecord*> newestFirst(const std::vector<SessionRecord>& records,
                                              Keep keep) {
    std::vector<const SessionRecord*> out;
    for (const auto& r : records)
        if (keep(r))
            out.push_back(&r);
    std::sort(out.begin(), out.end(),
              [](const SessionRecord* a, const SessionRecord* b) { return startsBefore(b, a); });
    return out;
}

std::optional<MorningCheck> morningFor(const std::vector<MorningRecord>& mornings, Date day) {
    for (const auto& m : mornings)
        if (m.sessionDay == day)
            return m.check;
    return std::nullopt;
}

bool painRose(const SessionRecord& r) {
    return painRoseBy2(r.painBefore, r.painAfter);
}

std::optional<double> mean(const std::vector<int>& values) {
    if (values.empty())
        return std::nullopt;
    double sum = 0;
    for (int v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

} // namespace

bool countsTowardTarget(const SessionRecord& r) {
    return r.routineId == kFlossRoutineId && r.outcome == SessionOutcome::Completed &&
           r.repsDone > 0;
}

bool didSomething(const SessionRecord& r) {
    return r.repsDone > 0;
}

int flossSessionsOn(const std::vector<SessionRecord>& records, Date day) {
    return static_cast<int>(std::count_if(records.begin(), records.end(), [&](const auto& r) {
        return r.day() == day && countsTowardTarget(r);
    }));
}

Streak streakOnTarget(const std::vector<SessionRecord>& records, Date today, int target,
                      const std::vector<MorningRecord>& mornings) {
    std::map<int, int> perDay; // days before today (0 = today) -> counted sessions
    for (const auto& r : records)
        if (countsTowardTarget(r))
            ++perDay[daysBetween(r.day(), today)];
    std::set<int> flare; // days before today that an amber rests
    for (const AmberDay& a : amberDays(records, mornings))
        for (int ago : {daysBetween(a.day, today), daysBetween(a.day, today) - 1})
            flare.insert(ago);
    auto onTarget = [&](int ago) {
        const auto it = perDay.find(ago);
        return !flare.count(ago) && it != perDay.end() && it->second >= std::max(1, target);
    };
    Streak s;
    s.includesToday = onTarget(0);
    for (int ago = s.includesToday ? 0 : 1; flare.count(ago) || onTarget(ago); ++ago)
        if (!flare.count(ago))
            ++s.days;
    if (s.days == 0)
        s.includesToday = false;
    return s;
}

int fewerReps(int current) {
    const int reduced = current - (current + 4) / 5; // 20% fewer, rounded to whole reps down
    return std::min(current, std::max(kMinReps, reduced));
}

std::optional<Suggestion> guardrail(const std::vector<SessionRecord>& records,
                                    const std::vector<MorningRecord>& mornings,
                                    std::string_view routineId) {
    const auto recent = newestFirst(records, [&](const SessionRecord& r) {
        return r.routineId == routineId && didSomething(r);
    });
    if (recent.empty())
        return std::nullopt;
    const SessionRecord& last = *recent.front();
    const bool rose = painRose(last);
    const bool worseMorning = morningFor(mornings, last.day()) == MorningCheck::Worse;

    Suggestion s;
    s.routineId = std::string(routineId);
    s.currentReps = last.repsPerSet;
    s.suggestedReps = last.repsPerSet;
    if (rose || worseMorning) {
        s.suggestedReps = fewerReps(last.repsPerSet);
        s.kind = s.suggestedReps < s.currentReps ? SuggestionKind::FewerReps
                                                 : SuggestionKind::SmallerRange;
        if (rose)
            s.reason = "Pain rose from " + std::to_string(*last.painBefore) + " to " +
                       std::to_string(*last.painAfter) + " after the last session.";
        else
            s.reason = "The morning after " + formatDate(last.day()) + " was worse.";
        // "1 rep", never "1 reps": a routine may be set to one rep a set.
        const auto reps = [](int n) { return std::to_string(n) + (n == 1 ? " rep" : " reps"); };
        s.reason += s.kind == SuggestionKind::FewerReps
                        ? " Try " + reps(s.suggestedReps) + " a set instead of " +
                              std::to_string(s.currentReps) + "."
                        : " Keep to " + reps(s.currentReps) + " a set and lift the foot less far.";
        return s;
    }

    if (recent.size() < static_cast<std::size_t>(kSteadySessions))
        return std::nullopt;
    for (std::size_t i = 0; i < static_cast<std::size_t>(kSteadySessions); ++i) {
        const SessionRecord& r = *recent[i];
        if (r.outcome != SessionOutcome::Completed || !r.painBefore || !r.painAfter ||
            *r.painAfter > *r.painBefore || morningFor(mornings, r.day()) == MorningCheck::Worse)
            return std::nullopt;
    }
    s.kind = SuggestionKind::KeepOn;
    s.reason = "Pain has been steady or easing over the last " + std::to_string(kSteadySessions) +
               " sessions: keep going as you are.";
    return s;
}

std::vector<AmberDay> amberDays(const std::vector<SessionRecord>& records,
                                const std::vector<MorningRecord>& mornings) {
    const auto floss = newestFirst(records, [](const SessionRecord& r) {
        return r.routineId == kFlossRoutineId && didSomething(r);
    });
    std::vector<AmberDay> out;
    auto add = [&](Date d, AmberCause cause, std::string why) {
        if (std::none_of(out.begin(), out.end(), [&](const AmberDay& a) { return a.day == d; }))
            out.push_back({d, cause, std::move(why)});
    };
    // Oldest rise first, so a day's first rise is the one named.
    const std::vector<const SessionRecord*> oldestFirst(floss.rbegin(), floss.rend());
    for (const SessionRecord* r : oldestFirst)
        if (painRose(*r))
            add(r->day(), AmberCause::PainRose,
                "pain rose from " + std::to_string(*r->painBefore) + " to " +
                    std::to_string(*r->painAfter) + " after " + r->routineName);
    for (const MorningRecord& m : mornings)
        if (m.check == MorningCheck::Worse && std::any_of(floss.begin(), floss.end(), [&](auto* r) {
                return r->day() == m.sessionDay;
            }))
            add(addDays(m.sessionDay, 1), AmberCause::WorseMorning,
                "the morning was worse than before");
    std::sort(out.begin(), out.end(),
              [](const AmberDay& a, const AmberDay& b) { return a.day < b.day; });
    return out;
}

std::optional<SymptomResponse> symptomResponse(const std::vector<SessionRecord>& records,
                                               const std::vector<MorningRecord>& mornings,
                                               Date today, const CheckIns& checkIns) {
    const auto floss = newestFirst(records, [](const SessionRecord& r) {
        return r.routineId == kFlossRoutineId && didSomething(r);
    });
    auto recentDay = [&](Date d) {
        const int ago = daysBetween(d, today);
        return ago >= 0 && ago < kCheckInDays;
    };
    SymptomResponse s;
    // The latest weekly urgent check: a later one with no sign clears an earlier yes.
    const UrgentCheck* urgent = nullptr;
    // Asked about a day in the past (the report), a check made after it does not count.
    for (const UrgentCheck& u : checkIns.urgent)
        if (u.day <= today && (!urgent || urgent->day <= u.day))
            urgent = &u;
    if (urgent && urgent->anyYes() && recentDay(urgent->day)) {
        s.level = ResponseLevel::Urgent;
        s.cause = ResponseCause::UrgentSign;
        s.restFromFlossing = true;
        s.text = "Urgent: you answered yes to an urgent sign " + dayInWords(urgent->day, today) +
                 ". Do not floss. Call your emergency number (999 in the UK) or get seen the "
                 "same day, as the safety notice says.";
        return s;
    }
    std::optional<Date> numb;
    for (const WhereFelt& w : checkIns.whereFelt)
        if (w.newTinglingOrNumbness && recentDay(w.at.date) && (!numb || *numb < w.at.date))
            numb = w.at.date;
    if (numb) {
        s.level = ResponseLevel::Red;
        s.cause = ResponseCause::NewTinglingOrNumbness;
        s.restFromFlossing = true;
        s.text = "Red: new tingling or numbness " + dayInWords(*numb, today) +
                 ". Contact your physiotherapist or GP before flossing again.";
        return s;
    }
    int recent = 0;
    bool amberNow = false;
    for (const AmberDay& amber : amberDays(records, mornings)) {
        const Date d = amber.day;
        const int ago = daysBetween(d, today);
        if (ago >= 0 && ago < kRedWindowDays)
            ++recent;
        if (ago == 0 || ago == 1)
            amberNow = true;
    }
    if (recent >= 2) {
        s.level = ResponseLevel::Red;
        s.cause = ResponseCause::TwoFlareUps;
        s.restFromFlossing = true;
        s.text = "Red: two flare-ups within " + std::to_string(kRedWindowDays) +
                 " days. Contact your physiotherapist or GP before flossing again.";
        return s;
    }
    if (amberNow) {
        s.level = ResponseLevel::Amber;
        s.cause = ResponseCause::FlareUp;
        s.restFromFlossing = true;
        s.text = "Amber: your symptoms flared. No more flossing today and tomorrow; then resume "
                 "with fewer reps or a smaller range.";
        return s;
    }
    const auto rated =
        std::find_if(floss.begin(), floss.end(), [](auto* r) { return r->painAfter.has_value(); });
    if (rated == floss.end())
        return std::nullopt;
    const SessionRecord& last = **rated;
    const auto nextMorning = morningFor(mornings, last.day());
    if (*last.painAfter <= kGreenPain && !painRose(last) && nextMorning != MorningCheck::Worse) {
        s.level = ResponseLevel::Green;
        // Back to baseline by the next morning is half the rule: claimed only once answered.
        s.text = "Green: pain stayed at " + std::to_string(kGreenPain) + " or less" +
                 (nextMorning ? " and settled by the next morning. Carry on."
                              : ". Carry on if it has settled by the next morning.");
        return s;
    }
    return std::nullopt;
}

std::string summaryHeading(bool stopped, std::optional<int> painBefore,
                           std::optional<int> painAfter, bool restDay) {
    if (painRoseBy2(painBefore, painAfter) || restDay)
        return "Stop here for today";
    return stopped ? "Session stopped" : "Well done";
}

bool painRoseBy2(std::optional<int> painBefore, std::optional<int> painAfter) {
    return painBefore && painAfter && *painAfter - *painBefore >= kMeaningfulRise;
}

bool asksWhetherToGoOn(std::optional<int> painBefore) {
    return painBefore && *painBefore >= kGoOnPain;
}

std::string endedEarlyLine(std::string_view routineId, int setsEndedEarly) {
    if (routineId != kFlossRoutineId)
        return "";
    if (setsEndedEarly == 0)
        return "No set ended early";
    return std::to_string(setsEndedEarly) + (setsEndedEarly == 1 ? " set" : " sets") +
           " ended early (the pain eased)";
}

std::optional<Date> morningAnswerDay(const std::vector<SessionRecord>& records, Date today) {
    std::optional<Date> best;
    for (const auto& r : records) {
        const int ago = daysBetween(r.day(), today);
        if (ago >= 1 && ago <= 2 && didSomething(r) && (!best || *best < r.day()))
            best = r.day();
    }
    return best;
}

std::optional<Date> morningQuestionDay(const std::vector<SessionRecord>& records,
                                       const std::vector<MorningRecord>& mornings, Date today) {
    const auto day = morningAnswerDay(records, today);
    if (day && morningFor(mornings, *day))
        return std::nullopt;
    return day;
}

std::vector<DayStats> dailyStats(const std::vector<SessionRecord>& records, Date today, int days) {
    days = std::max(1, days);
    std::vector<DayStats> out(static_cast<std::size_t>(days));
    std::vector<std::vector<int>> before(out.size()), after(out.size());
    for (int i = 0; i < days; ++i)
        out[static_cast<std::size_t>(i)].day = addDays(today, i - days + 1);
    for (const auto& r : records) {
        const int index = days - 1 - daysBetween(r.day(), today);
        if (index < 0 || index >= days)
            continue;
        const auto i = static_cast<std::size_t>(index);
        if (countsTowardTarget(r)) {
            ++out[i].flossSessions;
        } else if (r.routineId == kFlossRoutineId && didSomething(r)) {
            const int planned = r.repsPerSet * r.setsPlanned;
            out[i].flossStopped +=
                planned > 0 ? std::min(1.0, static_cast<double>(r.repsDone) / planned) : 1.0;
        } else if (didSomething(r)) {
            ++out[i].otherSessions;
        }
        if (r.painBefore)
            before[i].push_back(*r.painBefore);
        if (r.painAfter)
            after[i].push_back(*r.painAfter);
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].painBefore = mean(before[i]);
        out[i].painAfter = mean(after[i]);
    }
    return out;
}

HomeStatus homeStatus(const std::vector<SessionRecord>& records,
                      const std::vector<MorningRecord>& mornings, Date today, int target,
                      const CheckIns& checkIns) {
    HomeStatus h;
    h.today = today;
    h.target = target;
    h.flossToday = flossSessionsOn(records, today);
    h.streak = streakOnTarget(records, today, target, mornings);
    for (const SessionRecord& r : records)
        if (r.day() == today) {
            h.setsToday += r.setsDone;
            h.repsToday += r.repsDone;
        }
    const auto all = newestFirst(records, [](const SessionRecord&) { return true; });
    if (!all.empty())
        h.lastSessionStart = all.front()->start;
    for (const SessionRecord* r : all)
        if (r->painBefore || r->painAfter) {
            h.lastPainBefore = r->painBefore;
            h.lastPainAfter = r->painAfter;
            break;
        }
    h.askMorningFor = morningQuestionDay(records, mornings, today);
    h.suggestion = guardrail(records, mornings, kFlossRoutineId);
    h.response = symptomResponse(records, mornings, today, checkIns);
    if (h.response && h.response->level != ResponseLevel::Green) {
        const bool red =
            h.response->level == ResponseLevel::Red || h.response->level == ResponseLevel::Urgent;
        if (!h.suggestion || red) {
            Suggestion s;
            s.routineId = std::string(kFlossRoutineId);
            if (h.suggestion)
                s.currentReps = s.suggestedReps = h.suggestion->currentReps;
            h.suggestion = s;
            h.suggestion->reason = h.response->text;
            h.suggestion->kind = red ? SuggestionKind::SeeClinician : SuggestionKind::Rest;
        } else if (h.suggestion->kind == SuggestionKind::KeepOn) {
            h.suggestion->kind = SuggestionKind::Rest;
            h.suggestion->reason = h.response->text;
        } else {
            h.suggestion->reason = h.response->text + " " + h.suggestion->reason;
        }
    }
    return h;
}

namespace {
bool restDay(const HomeStatus& s) {
    return s.response && s.response->restFromFlossing;
}
} // namespace

std::string targetLine(const HomeStatus& s) {
    if (restDay(s))
        return "No flossing today: rest";
    return "Flossing " + std::to_string(s.flossToday) + " of " + std::to_string(s.target) +
           " today";
}

std::string doneTodayLine(const HomeStatus& s) {
    return "Done today: " + std::to_string(s.setsToday) +
           (s.setsToday == 1 ? " set, " : " sets, ") + std::to_string(s.repsToday) +
           (s.repsToday == 1 ? " rep" : " reps");
}

std::string streakLine(const HomeStatus& s) {
    if (s.streak.days == 0 || restDay(s))
        return "";
    return std::to_string(s.streak.days) + (s.streak.days == 1 ? " day" : " days") +
           " in a row on target";
}

} // namespace nf
