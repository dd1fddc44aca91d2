#pragma once

#include "app/AppContext.hpp"
#include "core/History.hpp"
#include "core/Plan.hpp"

#include <filesystem>

namespace nf {

class HistoryStore;

// Gathers everything the clinician's report needs from the history, the plan and the settings,
// has the core work out what it says, and writes it as a PDF with the one safe writer. The
// command line (`nervefloss report`) and the window's history screen both call this.
struct ReportRequest {
    Date from{};
    Date to{};
    LocalTime madeAt;
};

// Throws std::runtime_error (one line naming the file) when the PDF cannot be drawn or written;
// HistoryError when the history cannot be read.
void writeClinicianReport(const AppContext& context, const Plan& plan, const HistoryStore& store,
                          const ReportRequest& request, const std::filesystem::path& out);

} // namespace nf
