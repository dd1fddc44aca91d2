#pragma once

#include "core/Report.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace nf {

// Draws the clinician's report (core/Report) as an A4 PDF with cairo and pango, and returns the
// file's bytes; the caller writes them with the safe writer. It only draws: what the report says
// is the core's. Text uses the fonts given (the program's own DejaVu Sans), so the PDF looks the
// same on any machine. Throws std::runtime_error with one line when cairo fails.
std::string renderReportPdf(const Report& report,
                            const std::vector<std::filesystem::path>& fontFiles);

} // namespace nf
