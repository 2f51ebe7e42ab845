// Lengths: everything after the manifest is in PostScript points (1/72 in).
#pragma once

#include <optional>
#include <string_view>

namespace heftsatz {

using Pt = double;

constexpr Pt kPointsPerMm = 72.0 / 25.4;

// Parses "210mm", "12pt", "1.5cm", "0.5in" or a bare number of points.
std::optional<Pt> parse_length(std::string_view text);

}  // namespace heftsatz
