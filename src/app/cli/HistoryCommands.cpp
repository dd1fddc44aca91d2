// The history's commands: history (table or CSV), morning, today, chart and report.

#include "app/cli/Commands.hpp"
#include "app/cli/PlanCommands.hpp"

#include "app/Assets.hpp"
#include "app/Files.hpp"
#include "app/LocalClock.hpp"
#include "app/Paths.hpp"
#include "app/PlanFile.hpp"
#include "app/chart/HistoryChart.hpp"
#include "app/history/HistoryStore.hpp"
#include "app/report/ClinicianReport.hpp"
#include "core/Format.hpp"
#include "core/HistoryCsv.hpp"
#include "core/Report.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/System/Err.hpp>

#include <cstdio>
#include <map>
#include <memory>
#include <sstream>

namespace nf::cli {
namespace {

constexpr int kDefaultRows = 20;
constexpr int kMaxChartDays = 366;

// The history for a command; a moved-aside file is said once on stderr, and the command goes on.
std::unique_ptr<HistoryStore> openHistory() {
    auto store = std::make_unique<HistoryStore>(Paths::historyFile());
    if (store->recoveryNotice())
        std::fprintf(stderr, "nervefloss: %s\n", store->recoveryNotice()->c_str());
    return store;
}

// The history for a command that only reads it: a history we may not write (permissions,
// read-only media) can still be shown.
std::unique_ptr<HistoryStore> openHistoryForReading() {
    try {
        return openHistory();
    } catch (const HistoryError& e) {
        if (e.kind != HistoryError::Kind::NotWritable)
            throw;
        return std::make_unique<HistoryStore>(Paths::historyFile(), HistoryAccess::ReadOnly);
    }
}

Date parseDateFlag(const char* flag, const std::string& text) {
    if (auto d = parseDate(text))
        return *d;
    throw InputError(std::string(flag) + ": expected a date like 2026-11-21, got '" + text + "'");
}

std::string painText(const SessionRecord& r) {
    auto one = [](const std::optional<int>& v) {
        return v ? std::to_string(*v) : std::string("-");
    };
    if (!r.painBefore && !r.painAfter)
        return "";
    return one(r.painBefore) + " -> " + one(r.painAfter);
}

std::string statusText(const SessionRecord& r) {
    // An unfinished row is either running now or was cut off (killed, power lost); the
    // history cannot tell which, and shows what was done either way.
    return r.outcome == SessionOutcome::Unfinished ? "unfinished" : toString(r.outcome);
}

void printSuggestion(const HomeStatus& h) {
    std::printf("%s", targetLine(h).c_str());
    if (const std::string streak = streakLine(h); !streak.empty())
        std::printf("; %s", streak.c_str());
    std::printf(".\n");
    if (h.lastPainBefore || h.lastPainAfter) {
        auto one = [](const std::optional<int>& v) {
            return v ? std::to_string(*v) : std::string("-");
        };
        std::printf("Last pain: %s before, %s after.\n", one(h.lastPainBefore).c_str(),
                    one(h.lastPainAfter).c_str());
    }
    // On an amber or red day the suggestion already leads with the symptom response.
    if (h.suggestion)
        std::printf("%s\n", h.suggestion->reason.c_str());
    else if (h.response)
        std::printf("%s\n", h.response->text.c_str());
}

// What `history --csv` writes: one row per session, or with --sets one row per set.
enum class CsvRows { Sessions, Sets };

int showHistory(const AppContext& ctx, bool csv, CsvRows csvRows,
                const std::optional<std::string>& out, const std::optional<std::string>& since,
                std::optional<int> limit) {
    const std::optional<Date> from =
        since ? std::optional(parseDateFlag("--since", *since)) : std::nullopt;
    if (limit && *limit < 1)
        throw InputError("--limit: must be 1 or more, got " + std::to_string(*limit));
    const auto store = openHistoryForReading();
    std::map<std::string, MorningCheck> mornings;
    for (const MorningRecord& m : store->mornings())
        mornings[formatDate(m.sessionDay)] = m.check;
    auto morningOf = [&](const SessionRecord& r) -> std::optional<MorningCheck> {
        const auto it = mornings.find(formatDate(r.day()));
        return it == mornings.end() ? std::nullopt : std::optional(it->second);
    };

    if (csv || out) {
        // CSV is for keeping: every session in the range unless --limit says otherwise.
        const auto rows = store->sessions(from, limit);
        std::string text;
        if (csvRows == CsvRows::Sets) {
            text = setCsvHeader();
            for (const RecordedSet& set : store->sets(from, limit))
                text += setCsvRow(set);
        } else {
            text = sessionCsvHeader();
            for (const SessionRecord& r : rows)
                text += sessionCsvRow(r, morningOf(r));
        }
        if (out) {
            try {
                writeFileAtomically(*out, text);
            } catch (const std::runtime_error& e) {
                throw InputError(e.what());
            }
            std::fprintf(stderr, "Wrote %zu %s to %s\n", rows.size(),
                         rows.size() == 1 ? "session" : "sessions", out->c_str());
        } else {
            std::fwrite(text.data(), 1, text.size(), stdout);
        }
        return 0;
    }

    const auto rows =
        store->sessions(from, limit ? limit : (from ? std::nullopt : std::optional(kDefaultRows)));
    if (rows.empty()) {
        std::printf("No sessions recorded%s yet (%s).\n",
                    from ? (" since " + formatDate(*from)).c_str() : "", store->file().c_str());
    } else {
        std::printf("%-16s  %-16s  %-5s  %-5s  %4s  %5s  %-7s  %-10s  %s\n", "Start", "Routine",
                    "Side", "Sets", "Reps", "Early", "Pain", "Status", "Morning after");
        for (const SessionRecord& r : rows) {
            const std::string start = formatLocalTime(r.start).substr(0, 16);
            const std::string sets =
                std::to_string(r.setsDone) + "/" + std::to_string(r.setsPlanned);
            const auto m = morningOf(r);
            // The name was a routine file's: shown, not obeyed, by the terminal.
            std::printf("%-16s  %-16.16s  %-5s  %-5s  %4d  %5d  %-7s  %-10s  %s\n", start.c_str(),
                        printable(r.routineName).c_str(), r.side.c_str(), sets.c_str(), r.repsDone,
                        r.setsEndedEarly, painText(r).c_str(), statusText(r).c_str(),
                        m ? toString(*m).c_str() : "");
        }
    }
    printSuggestion(store->homeStatus(localToday(), ctx.settings.dailyFlossTarget));
    return 0;
}

int showSelfChecks() {
    const auto store = openHistoryForReading();
    const auto rows = store->selfChecks();
    if (rows.empty()) {
        std::printf("No self-checks recorded yet.\n");
        return 0;
    }
    auto yn = [](const std::optional<bool>& b) { return b ? (*b ? "yes" : "no") : "-"; };
    std::printf("%-16s  %-5s  %-6s  %-9s  %-13s  %s\n", "When", "Leg", "Usual", "Different",
                "Eased looking", "Result");
    for (const SelfCheckRecord& r : rows) {
        const auto& a = r.answers.answers;
        const char* verdict = r.verdict == SelfCheckVerdict::Urgent
                                  ? "URGENT: symptoms in both legs (the urgent notice was shown)"
                              : r.verdict == SelfCheckVerdict::SuggestsNerve
                                  ? "suggests nerve-related pain (a screen, not a diagnosis)"
                              : r.verdict == SelfCheckVerdict::NotSuggestive
                                  ? "does not suggest nerve-related pain"
                                  : "incomplete";
        std::printf("%-16s  %-5s  %-6s  %-9s  %-13s  %s\n",
                    formatLocalTime(r.recordedAt).substr(0, 16).c_str(),
                    toString(r.answers.leg).c_str(), yn(a[0]), yn(a[1]), yn(a[2]), verdict);
    }
    return 0;
}

int recordMorning(const std::string& answer, const std::optional<std::string>& dayFlag) {
    const auto check = morningCheckFromString(answer);
    if (!check)
        throw InputError("morning: answer better, same or worse, got '" + answer + "'");
    const Date today = localToday();
    const auto store = openHistory();
    Date day{};
    if (dayFlag) {
        day = parseDateFlag("--day", *dayFlag);
        if (!(day < today))
            throw InputError("--day: the morning after " + formatDate(day) + " has not come yet");
    } else if (const auto found = morningAnswerDay(store->sessions(addDays(today, -2)), today)) {
        day = *found;
    } else {
        throw InputError("morning: no session yesterday or the day before to answer about "
                         "(give --day YYYY-MM-DD for an older one)");
    }
    store->recordMorning(day, *check, localNow());
    std::printf("Recorded: the morning after %s was %s.\n", formatDate(day).c_str(),
                toString(*check).c_str());
    return 0;
}

int showToday(AppContext& ctx, bool apply) {
    const auto store = openHistoryForReading();
    const HomeStatus h = store->homeStatus(localToday(), ctx.settings.dailyFlossTarget);
    const bool canApply = h.suggestion && h.suggestion->kind == SuggestionKind::FewerReps;
    // A step down from the guardrail comes before any step up: they are never both applied.
    const int accepted = printProgrammeToday(ctx, *store, apply && !canApply);
    printSuggestion(h);
    std::printf("%s.\n", doneTodayLine(h).c_str());
    if (h.askMorningFor)
        std::printf(
            "How is this morning after %s? Answer with `nervefloss morning better|same|worse`.\n",
            formatDate(*h.askMorningFor).c_str());
    if (apply && canApply) {
        Settings s = ctx.settings;
        s.doses[h.suggestion->routineId].reps = h.suggestion->suggestedReps;
        store->addDoseChange({localNow(), h.suggestion->routineId, "reps",
                              std::to_string(h.suggestion->currentReps),
                              std::to_string(h.suggestion->suggestedReps), h.suggestion->reason});
        saveSettingsOrRefuse(ctx, s);
        std::printf("Saved: %s now has %d reps a set (%s).\n", h.suggestion->routineId.c_str(),
                    h.suggestion->suggestedReps, ctx.settingsStore.file().c_str());
    } else if (apply && accepted == 0) {
        throw InputError("--apply: there is no suggestion to apply");
    } else if (canApply) {
        std::printf("Apply it with `nervefloss today --apply`.\n");
    }
    return 0;
}

int drawChart(const AppContext& ctx, const std::string& out, int days, unsigned width,
              unsigned height) {
    if (days < 1 || days > kMaxChartDays)
        throw InputError("--days: must be from 1 to " + std::to_string(kMaxChartDays) + ", got " +
                         std::to_string(days));
    const std::filesystem::path file = out;
    std::string ext = file.extension().string();
    for (char& c : ext)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (ext != ".png")
        throw InputError("chart: the picture's name must end in .png, got '" + out + "'");
    // Checked before SFML is touched: without a display it would abort the process.
    if (auto problem = displayProblem())
        throw InputError("chart: " + *problem);

    const auto store = openHistoryForReading();
    ChartData data{store->dailyStats(localToday(), days), ctx.settings.dailyFlossTarget};
    std::ostringstream sfmlErrors; // font errors in one line of ours, not SFML's several
    std::streambuf* previous = sf::err().rdbuf(sfmlErrors.rdbuf());
    sf::Font regular, bold;
    const Assets& assets = Assets::get();
    const bool loaded = regular.loadFromFile(assets.font("DejaVuSans.ttf").string());
    const bool boldLoaded = bold.loadFromFile(assets.font("DejaVuSans-Bold.ttf").string());
    sf::err().rdbuf(previous);
    if (!loaded)
        throw std::runtime_error(assets.font("DejaVuSans.ttf").string() + ": cannot load the font");
    try {
        saveHistoryChart(file, data, regular, boldLoaded ? &bold : nullptr, width, height);
    } catch (const ChartError& e) {
        throw InputError(e.what());
    }
    std::printf("Wrote %s (%ux%u, %d days)\n", out.c_str(), width, height, days);
    return 0;
}

int writeReport(const AppContext& ctx, const std::string& out,
                const std::optional<std::string>& since, std::optional<int> days) {
    if (since && days)
        throw InputError("report: give --since or --days, not both");
    std::string ext = std::filesystem::path(out).extension().string();
    for (char& c : ext)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (ext != ".pdf")
        throw InputError("report: the file's name must end in .pdf, got '" + out + "'");
    const LocalTime now = localNow();
    ReportRequest request{addDays(now.date, -(kReportDefaultDays - 1)), now.date, now};
    if (days) {
        if (*days < 1 || *days > kReportMaxDays)
            throw InputError("--days: must be from 1 to " + std::to_string(kReportMaxDays) +
                             ", got " + std::to_string(*days));
        request.from = addDays(now.date, -(*days - 1));
    }
    if (since) {
        request.from = parseDateFlag("--since", *since);
        if (now.date < request.from)
            throw InputError("--since: " + *since + " is after today");
        if (daysBetween(request.from, now.date) + 1 > kReportMaxDays)
            throw InputError("--since: a report covers at most " + std::to_string(kReportMaxDays) +
                             " days, and " + *since + " is further back");
    }
    auto loaded = loadPlan(ctx.catalog);
    if (auto* err = std::get_if<ParseError>(&loaded))
        throw InputError(err->toString());
    const auto store = openHistoryForReading();
    try {
        writeClinicianReport(ctx, std::get<LoadedPlan>(loaded).plan, *store, request, out);
    } catch (const HistoryError&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw InputError(e.what());
    }
    std::printf("Wrote %s (%s to %s, %d days)\n", out.c_str(), formatDate(request.from).c_str(),
                formatDate(request.to).c_str(), daysBetween(request.from, request.to) + 1);
    return 0;
}

} // namespace

void addHistoryCommands(CLI::App& root, CommandEnv& env) {
    auto* history =
        root.add_subcommand("history", "Show the recorded sessions, or write them as CSV");
    auto csv = std::make_shared<bool>(false);
    auto out = std::make_shared<std::optional<std::string>>();
    auto since = std::make_shared<std::optional<std::string>>();
    auto limit = std::make_shared<std::optional<int>>();
    auto selfChecks = std::make_shared<bool>(false);
    auto sets = std::make_shared<bool>(false);
    history->add_flag("--csv", *csv, "Write CSV (one row per session) to stdout");
    history->add_flag("--sets", *sets, "With --csv or --out: one row per set instead");
    history->add_option("--out", *out, "Write the CSV to FILE instead of stdout");
    history->add_option("--since", *since, "Only sessions from this day on (YYYY-MM-DD)");
    history->add_option("--limit", *limit, "Only the most recent N sessions (the table shows 20)")
        ->check(notBlank());
    history->add_flag("--self-checks", *selfChecks, "Show the recorded slump self-checks instead");
    history->callback([&env, csv, out, since, limit, selfChecks, sets] {
        if (*sets && !*csv && !*out)
            throw InputError("--sets: goes with --csv or --out");
        env.exitCode = *selfChecks ? showSelfChecks()
                                   : showHistory(env.context(), *csv,
                                                 *sets ? CsvRows::Sets : CsvRows::Sessions, *out,
                                                 *since, *limit);
    });

    auto* morning =
        root.add_subcommand("morning", "Say how this morning is after the last session day");
    auto answer = std::make_shared<std::string>();
    auto day = std::make_shared<std::optional<std::string>>();
    morning->add_option("ANSWER", *answer, "better, same or worse")->required();
    morning->add_option("--day", *day, "The session day the answer is about (YYYY-MM-DD)");
    morning->callback([&env, answer, day] { env.exitCode = recordMorning(*answer, *day); });

    auto* today = root.add_subcommand(
        "today", "Today's plan, the streak, and any suggestion or check-in due");
    auto apply = std::make_shared<bool>(false);
    today->add_flag("--apply", *apply, "Accept the suggestion: fewer reps, or the plan's step up");
    today->callback([&env, apply] { env.exitCode = showToday(env.context(), *apply); });

    auto* chart = root.add_subcommand("chart", "Draw pain and sessions per day to a PNG picture");
    auto chartOut = std::make_shared<std::string>();
    auto chartDays = std::make_shared<int>(30);
    auto chartSize = std::make_shared<std::string>("1200x800");
    chart->add_option("OUT", *chartOut, "The picture to write (.png)")->required();
    chart->add_option("--days", *chartDays, "How many days, ending today (default 30)")
        ->check(notBlank());
    chart->add_option("--size", *chartSize, "WIDTHxHEIGHT in pixels (default 1200x800)")
        ->check(notBlank());
    chart->callback([&env, chartOut, chartDays, chartSize] {
        const PixelSize size = parseSizeFlag(*chartSize, {320, 240}, {8192, 8192});
        env.exitCode = drawChart(env.context(), *chartOut, *chartDays, size.width, size.height);
    });

    auto* report =
        root.add_subcommand("report", "Write a PDF report for your physiotherapist or GP");
    auto reportOut = std::make_shared<std::string>();
    auto reportSince = std::make_shared<std::optional<std::string>>();
    auto reportDays = std::make_shared<std::optional<int>>();
    report->add_option("OUT", *reportOut, "The PDF to write (.pdf)")->required();
    report->add_option("--since", *reportSince, "From this day on (YYYY-MM-DD) to today")
        ->check(notBlank());
    report->add_option("--days", *reportDays, "The last N days, today included (default 28)")
        ->check(notBlank());
    report->callback([&env, reportOut, reportSince, reportDays] {
        env.exitCode = writeReport(env.context(), *reportOut, *reportSince, *reportDays);
    });
}

} // namespace nf::cli
