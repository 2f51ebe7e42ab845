#include "cli/DiagnosticPrinter.h"

#include <cstdio>
#include <fstream>

namespace heftsatz {
namespace {

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char b[8];
                    std::snprintf(b, sizeof b, "\\u%04x", c);
                    out += b;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

}  // namespace

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

bool write_report(const std::filesystem::path& path, const std::vector<Diagnostic>& diagnostics,
                  const std::string& typography) {
    std::ofstream out(path, std::ios::trunc);
    if (!out) return false;
    out << "{\n  \"diagnostics\": [";
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        out << (i ? ",\n" : "\n") << "    {\"severity\": "
            << json_string(d.severity == Severity::Error ? "error" : "warning")
            << ", \"file\": " << json_string(d.where.file) << ", \"line\": " << d.where.line
            << ", \"column\": " << d.where.column << ", \"article\": " << json_string(d.article)
            << ", \"page\": " << d.page << ", \"message\": " << json_string(d.message)
            << ", \"hint\": " << json_string(d.hint) << "}";
    }
    out << (diagnostics.empty() ? "" : "\n  ") << "]";
    if (!typography.empty()) out << ",\n  \"typography\": " << typography;
    out << "\n}\n";
    return static_cast<bool>(out);
}

}  // namespace heftsatz
