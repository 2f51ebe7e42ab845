// The only place diagnostics are printed: stderr, as compilers do
// ("path:line:col: error: message"), and the optional JSON report.
#pragma once

#include "base/Diagnostic.h"
#include "base/Result.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace heftsatz {

void print_diagnostic(std::ostream& out, const Diagnostic& d);

// What the report holds besides the diagnostics, each a JSON value ready
// to insert; empty ones are left out (a run that failed before the layout).
struct ReportParts {
    std::string typography;  // an object: typography_json
    std::string pages;       // an array: pages_json
    std::size_t page_count = 0;
};

// The report: every diagnostic as JSON, and the `parts` beside them. Bytes
// that are not UTF-8 (file names) become U+FFFD, and "invalid_utf8_replaced"
// says how many.
std::string report_json(const std::vector<Diagnostic>& diagnostics, const ReportParts& parts = {});

// Writes report_json to a temporary file beside `path` and renames it into
// place. Returns how many bytes were replaced by U+FFFD, or why the report
// could not be written.
Result<std::size_t> write_report(const std::filesystem::path& path, const std::vector<Diagnostic>& diagnostics,
                                 const ReportParts& parts = {});

}  // namespace heftsatz
