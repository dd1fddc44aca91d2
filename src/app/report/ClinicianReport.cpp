#include "app/report/ClinicianReport.hpp"

#include "app/Assets.hpp"
#include "app/Files.hpp"
#include "app/PlanFile.hpp"
#include "app/history/HistoryStore.hpp"
#include "app/history/Programme.hpp"
#include "app/report/PdfReport.hpp"
#include "core/Report.hpp"

namespace nf {

void writeClinicianReport(const AppContext& context, const Plan& plan, const HistoryStore& store,
                          const ReportRequest& request, const std::filesystem::path& out) {
    // Checked first, so a report to a folder or to the history itself is refused before any work.
    checkOutputTarget(out);
    ReportInput in;
    in.from = request.from;
    in.to = request.to;
    in.madeAt = request.madeAt;
    in.plan = plan;
    in.names = routineNames(context.catalog);
    in.sessions = store.sessions();
    in.sets = store.sets(request.from);
    in.mornings = store.mornings();
    in.selfChecks = store.selfChecks();
    in.doseChanges = store.doseChanges();
    in.whereFelt = store.whereFelt();
    in.urgentChecks = store.urgentChecks();
    in.sbiScores = store.sbiScores();
    for (const PlanEntry& e : plan.entries)
        if (const Routine* r = context.catalog.find(e.routineId))
            in.doseNow[e.routineId] =
                doseText(doseNow(*r, context.settings.doseFor(e.routineId), in.doseChanges));

    const Assets& assets = Assets::get();
    const std::string pdf =
        renderReportPdf(buildReport(in), {assets.require("fonts/DejaVuSans.ttf"),
                                          assets.require("fonts/DejaVuSans-Bold.ttf")});
    writeFileAtomically(out, pdf);
}

} // namespace nf
