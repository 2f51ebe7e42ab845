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

// The report: every diagnostic as JSON, and `typography` (a JSON object, if
// not empty) beside them. Bytes that are not UTF-8 (file names) become
// U+FFFD, and "invalid_utf8_replaced" says how many.
std::string report_json(const std::vector<Diagnostic>& diagnostics, const std::string& typography = {});

// Writes report_json to a temporary file beside `path` and renames it into
// place. Returns how many bytes were replaced by U+FFFD, or why the report
// could not be written.
Result<std::size_t> write_report(const std::filesystem::path& path, const std::vector<Diagnostic>& diagnostics,
                                 const std::string& typography = {});

}  // namespace heftsatz
