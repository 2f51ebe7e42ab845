#include "base/Units.h"

#include <charconv>
#include <string>

namespace heftsatz {

std::optional<Pt> parse_length(std::string_view text) {
    double value = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [rest, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc{} || rest == begin) return std::nullopt;
    std::string_view unit(rest, static_cast<std::size_t>(end - rest));
    if (unit.empty() || unit == "pt") return value;
    if (unit == "mm") return value * kPointsPerMm;
    if (unit == "cm") return value * 10 * kPointsPerMm;
    if (unit == "in") return value * 72.0;
    return std::nullopt;
}

}  // namespace heftsatz
