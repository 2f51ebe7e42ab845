#include "cli/OutputName.h"

namespace heftsatz {

std::filesystem::path default_output(const Issue& issue) {
    return std::filesystem::path("out") / (issue.file_stem() + ".pdf");
}

std::filesystem::path default_plan_output(const Issue& issue) {
    std::filesystem::path pdf = default_output(issue);
    return pdf.replace_filename(pdf.stem().string() + "-plan.html");
}

}  // namespace heftsatz
