#include "cli/TypographyPrinter.h"

#include "cli/Json.h"

#include <cstdio>

namespace heftsatz {
namespace {

std::string row(const std::string& name, const GreyFigures& f) {
    char line[256];
    std::snprintf(line, sizeof line, "%-34.34s %6d %6.3f %6.3f %6.3f %6.1f %4d %5d %5d %5d %5d %4d\n", name.c_str(),
                  f.lines, f.space_median, f.space_p95, f.space_stdev, f.hyphens_per_1000, f.longest_hyphen_run,
                  f.over_1_5, f.over_2, f.over_3, f.squeezed, f.widows + f.orphans);
    return line;
}

std::string figures_json(const GreyFigures& f) {
    char text[640];
    std::snprintf(text, sizeof text,
                  "{\"lines\": %d, \"full_lines\": %d, \"word_space_em\": {\"median\": %.4f, \"p95\": %.4f, "
                  "\"max\": %.4f, \"stdev\": %.4f}, \"hyphenated_lines\": %d, \"hyphens_per_1000\": %.1f, "
                  "\"longest_hyphen_run\": %d, \"lines_spaces_over_1_5x\": %d, \"lines_spaces_over_2x\": %d, "
                  "\"lines_spaces_over_3x\": %d, \"squeezed_lines\": %d, \"lines_left_short\": %d, \"widows\": %d, "
                  "\"orphans\": %d}",
                  f.lines, f.full_lines, f.space_median, f.space_p95, f.space_max, f.space_stdev, f.hyphenated,
                  f.hyphens_per_1000, f.longest_hyphen_run, f.over_1_5, f.over_2, f.over_3, f.squeezed, f.left_short,
                  f.widows, f.orphans);
    return text;
}

}  // namespace

void print_typography(std::ostream& out, const TypographyReport& report) {
    out << "typography: word spaces in em of the font size; full lines = justified lines but a paragraph's last\n";
    out << "article                             lines median    p95  stdev hyph/k  run >1.5x   >2x   >3x  tight w+o\n";
    for (const auto& [id, tally] : report.articles) out << row(id, figures(tally));
    const GreyFigures total = figures(report.total());
    out << row("total", total);
    char tail[160];
    std::snprintf(tail, sizeof tail,
                  "(%d full lines, widest word space %.3f em, %d widows, %d orphans, %d one-word lines left short)\n",
                  total.full_lines, total.space_max, total.widows, total.orphans, total.left_short);
    out << tail;
}

std::string typography_json(const TypographyReport& report) {
    std::string out = "{\"articles\": [";
    for (std::size_t i = 0; i < report.articles.size(); ++i)
        out += std::string(i ? ", " : "") + "{\"article\": " + json_string(report.articles[i].first) +
               ", \"figures\": " + figures_json(figures(report.articles[i].second)) + "}";
    out += "], \"total\": " + figures_json(figures(report.total())) + "}";
    return out;
}

}  // namespace heftsatz
