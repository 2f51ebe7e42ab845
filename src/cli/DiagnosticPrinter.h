// The only place diagnostics are printed: stderr, as compilers do
// ("path:line:col: error: message"), and the optional JSON report.
#pragma once

#include "base/Diagnostic.h"

#include <filesystem>
#include <ostream>
#include <vector>

namespace heftsatz {

void print_diagnostic(std::ostream& out, const Diagnostic& d);

// Writes every diagnostic as JSON, and `typography` (a JSON object, if not
// empty) beside them; returns false if the file cannot be written.
bool write_report(const std::filesystem::path& path, const std::vector<Diagnostic>& diagnostics,
                  const std::string& typography = {});

}  // namespace heftsatz
