#include "cli/DiagnosticPrinter.h"

#include "base/OutputFile.h"
#include "cli/Json.h"

namespace heftsatz {

void print_diagnostic(std::ostream& out, const Diagnostic& d) {
    const SourceLocation& w = d.where;
    if (!w.file.empty()) {
        out << w.file;
        if (w.line > 0) out << ':' << w.line;
        if (w.line > 0 && w.column > 0) out << ':' << w.column;
        out << ": ";
    } else {
        out << "heftsatz: ";
    }
    out << (d.severity == Severity::Error ? "error: " : "warning: ") << d.message;
    if (!d.article.empty() || d.page > 0) {
        out << " [";
        if (!d.article.empty()) out << "article " << d.article;
        if (!d.article.empty() && d.page > 0) out << ", ";
        if (d.page > 0) out << "page " << d.page;
        out << "]";
    }
    out << '\n';
    if (!d.hint.empty()) out << "  hint: " << d.hint << '\n';
}

namespace {

std::string diagnostics_json(const std::vector<Diagnostic>& diagnostics, const ReportParts& parts) {
    // The first line is what OutputGuard recognises as an earlier report.
    std::string out = "{\n  \"diagnostics\": [";
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        out += i ? ",\n" : "\n";
        out += "    {\"severity\": " + json_string(d.severity == Severity::Error ? "error" : "warning") +
               ", \"file\": " + json_string(d.where.file) + ", \"line\": " + std::to_string(d.where.line) +
               ", \"column\": " + std::to_string(d.where.column) + ", \"article\": " + json_string(d.article) +
               ", \"page\": " + std::to_string(d.page) + ", \"message\": " + json_string(d.message) +
               ", \"hint\": " + json_string(d.hint) + "}";
    }
    out += diagnostics.empty() ? "]" : "\n  ]";
    if (!parts.typography.empty()) out += ",\n  \"typography\": " + parts.typography;
    if (!parts.pages.empty())
        out += ",\n  \"page_count\": " + std::to_string(parts.page_count) + ",\n  \"pages\": " + parts.pages;
    return out;
}

struct ReportText {
    std::string json;
    std::size_t replaced = 0;
};

ReportText make_report(const std::vector<Diagnostic>& diagnostics, const ReportParts& parts) {
    ReportText report{diagnostics_json(diagnostics, parts)};
    report.replaced = replace_invalid_utf8(report.json);
    if (report.replaced)
        report.json += ",\n  \"invalid_utf8_replaced\": " + std::to_string(report.replaced) +
                       ",\n  \"note\": \"bytes that are not UTF-8 (in file names or text) are shown as U+FFFD\"";
    report.json += "\n}\n";
    return report;
}

}  // namespace

std::string report_json(const std::vector<Diagnostic>& diagnostics, const ReportParts& parts) {
    return make_report(diagnostics, parts).json;
}

Result<std::size_t> write_report(const std::filesystem::path& path, const std::vector<Diagnostic>& diagnostics,
                                 const ReportParts& parts) {
    const ReportText report = make_report(diagnostics, parts);
    auto file = OutputFile::create(path, "report");
    if (!file) return file.failure();
    if (auto written = file->write(report.json); !written) return written.failure();
    if (auto committed = file->commit(); !committed) return committed.failure();
    return report.replaced;
}

}  // namespace heftsatz
