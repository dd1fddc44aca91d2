#include "core/Schedule.hpp"

#include "core/SymptomResponse.hpp"

#include <algorithm>

namespace nf {
namespace {

constexpr std::int64_t kSecondsPerDay = 86'400;

std::string ordinal(int n) {
    const int mod100 = n % 100;
    const char* suffix = (mod100 >= 11 && mod100 <= 13) ? "th"
                         : n % 10 == 1                  ? "st"
                         : n % 10 == 2                  ? "nd"
                         : n % 10 == 3                  ? "rd"
                                                        : "th";
    return std::to_string(n) + suffix;
}

bool before(const LocalTime& a, const LocalTime& b) {
    return formatLocalTime(a) < formatLocalTime(b);
}

// The latest day before or on `today` with a counted session of the routine.
std::optional<Date> lastDoneDay(const std::vector<SessionRecord>& records, const std::string& id,
                                Date today) {
    std::optional<Date> best;
    for (const SessionRecord& r : records)
        if (r.routineId == id && countsForPlan(r) && !(today < r.day()) &&
            (!best || *best < r.day()))
            best = r.day();
    return best;
}

bool doneOn(const std::vector<SessionRecord>& records, const std::string& id, Date day) {
    return std::any_of(records.begin(), records.end(), [&](const SessionRecord& r) {
        return r.routineId == id && countsForPlan(r) && r.day() == day;
    });
}

std::string dayWord(int days) {
    if (days == 1)
        return "tomorrow";
    return "in " + std::to_string(days) + " days";
}

} // namespace

LocalTime localTimeAt(std::int64_t unixSeconds, int utcOffsetSeconds) {
    const std::int64_t local = unixSeconds + utcOffsetSeconds;
    // Floor division, so instants before 1970 land on the right day too.
    std::int64_t days = local / kSecondsPerDay;
    std::int64_t rest = local % kSecondsPerDay;
    if (rest < 0) {
        rest += kSecondsPerDay;
        --days;
    }
    const Date date{std::chrono::sys_days{std::chrono::days{days}}};
    return LocalTime{date, static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                     static_cast<int>(rest % 60)};
}

bool countsForPlan(const SessionRecord& r) {
    return r.outcome == SessionOutcome::Completed;
}

std::optional<std::string> secondDayWarning(const Plan& plan,
                                            const std::vector<SessionRecord>& records,
                                            const std::string& routineId, Date today) {
    const PlanEntry* e = plan.find(routineId);
    if (!e || e->cadence != Cadence::EveryDays || e->everyDays < 2)
        return std::nullopt;
    if (!doneOn(records, routineId, addDays(today, -1)))
        return std::nullopt;
    return "done yesterday: the plan says every " +
           (e->everyDays == 2 ? std::string("other day") : std::to_string(e->everyDays) + " days") +
           ", never two days in a row";
}

TodayPlan todayPlan(const Plan& plan, const std::vector<SessionRecord>& records,
                    const std::vector<MorningRecord>& mornings,
                    const std::map<std::string, std::string>& names, LocalTime now,
                    const CheckIns& checkIns) {
    const Date today = now.date;
    const auto flare = flareReason(records, mornings, today, checkIns);
    TodayPlan out;
    out.now = now;
    for (const PlanEntry& e : plan.entries) {
        PlanItem item;
        item.routineId = e.routineId;
        const auto name = names.find(e.routineId);
        item.routineName = name != names.end() ? name->second : e.routineId;
        for (const SessionRecord& r : records)
            if (r.routineId == e.routineId && countsForPlan(r) && r.day() == today)
                item.doneAt.push_back(r.start);
        std::sort(item.doneAt.begin(), item.doneAt.end(), before);
        const int done = static_cast<int>(item.doneAt.size());

        auto setSlot = [&](std::size_t index) {
            if (index < e.at.size()) {
                item.slot = e.at[index];
                item.slotPassed = e.at[index].minutes() <= now.hour * 60 + now.minute;
            }
        };

        switch (e.cadence) {
        case Cadence::AsWanted:
            item.state = PlanState::AsWanted;
            break;
        case Cadence::TimesADay:
            item.wanted = e.timesADay;
            item.state = done >= e.timesADay ? PlanState::Done : PlanState::Due;
            if (item.state == PlanState::Due)
                setSlot(static_cast<std::size_t>(done));
            break;
        case Cadence::EveryDays: {
            const auto last = lastDoneDay(records, e.routineId, today);
            if (last && *last == today) {
                item.state = PlanState::Done;
                item.wanted = 1;
                // Done today although it was done yesterday too: say so, for next time.
                item.warning = secondDayWarning(plan, records, e.routineId, today);
            } else if (last && daysBetween(*last, today) < e.everyDays) {
                item.state = PlanState::Resting;
                item.nextInDays = e.everyDays - daysBetween(*last, today);
                item.warning = secondDayWarning(plan, records, e.routineId, today);
            } else {
                item.state = PlanState::Due;
                item.wanted = 1;
                setSlot(0);
            }
            break;
        }
        }
        if (flare && e.offOnFlareDays && item.state != PlanState::Done) {
            item.state = PlanState::Off;
            item.reason = *flare;
            item.slot.reset();
            item.slotPassed = false;
        }
        out.items.push_back(std::move(item));
    }
    return out;
}

std::string planLine(const PlanItem& item) {
    return item.routineName + ": " + planStatus(item);
}

std::string planStatus(const PlanItem& item) {
    std::string done;
    for (const LocalTime& t : item.doneAt)
        done += (done.empty() ? "" : ", ") + formatTimeOfDay(t);
    std::string line;
    switch (item.state) {
    case PlanState::Due:
        if (item.wanted > 1 || !item.doneAt.empty())
            line +=
                std::to_string(item.doneAt.size()) + " of " + std::to_string(item.wanted) + " done";
        else
            line += "due today";
        if (!done.empty())
            line += " (" + done + ")";
        if (item.slot)
            line += item.slotPassed ? "; due now (planned " + formatTimeOfDay(*item.slot) + ")"
                                    : "; next at " + formatTimeOfDay(*item.slot);
        break;
    case PlanState::Done:
        line += "done";
        if (item.wanted > 1)
            line += " " + std::to_string(item.doneAt.size()) + " of " + std::to_string(item.wanted);
        line += " (" + done + ")";
        break;
    case PlanState::Resting:
        line += "rest day, next " + dayWord(item.nextInDays);
        break;
    case PlanState::AsWanted:
        line += "as wanted";
        if (!done.empty())
            line += " (done " + done + ")";
        break;
    case PlanState::Off:
        line += "off today: " + item.reason;
        if (!done.empty())
            line += " (done " + done + ")";
        break;
    }
    if (item.warning)
        line += "; " + *item.warning;
    return line;
}

std::vector<const PlanItem*> dueNow(const TodayPlan& plan) {
    std::vector<const PlanItem*> out;
    for (const PlanItem& item : plan.items)
        if (item.state == PlanState::Due && (!item.slot || item.slotPassed))
            out.push_back(&item);
    return out;
}

std::string reminderLine(const PlanItem& item) {
    if (item.wanted > 1)
        return item.routineName + ": " + ordinal(static_cast<int>(item.doneAt.size()) + 1) +
               " of " + std::to_string(item.wanted) + " today";
    return item.routineName + ": due today";
}

} // namespace nf
