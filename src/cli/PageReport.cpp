#include "cli/PageReport.h"

#include "cli/Json.h"

#include <cstdio>

namespace heftsatz {
namespace {

// Three decimals: a tenth of a percent, finer than a line of a column.
std::string share(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

}  // namespace

std::string pages_json(const Document& doc, const PageSpec& spec) {
    std::string out = "[";
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        const Page& page = doc.pages[i];
        const PageFill fill = measure_fill(page, spec);
        const int place = static_cast<int>(i) + 1;
        out += i ? ",\n    " : "\n    ";
        out += "{\"page\": " + std::to_string(place) + ", \"folio\": " + std::to_string(page.number) +
               ", \"side\": " + json_string(place % 2 == 1 ? "right" : "left") +
               ", \"section\": " + json_string(page.section) + ", \"fill\": " + share(fill.fill) + ", \"columns\": [";
        for (std::size_t c = 0; c < fill.columns.size(); ++c) out += (c ? ", " : "") + share(fill.columns[c]);
        out += "]}";
    }
    out += doc.pages.empty() ? "]" : "\n  ]";
    return out;
}

}  // namespace heftsatz
