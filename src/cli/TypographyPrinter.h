// Prints the typography report (`--typography`): per article and in total,
// the figures a production editor reads like a preflight; and the same
// figures as JSON for --report.
#pragma once

#include "layout/TypographyReport.h"

#include <ostream>
#include <string>

namespace heftsatz {

void print_typography(std::ostream& out, const TypographyReport& report);

// A JSON object {"articles": [...], "total": {...}}.
std::string typography_json(const TypographyReport& report);

}  // namespace heftsatz
