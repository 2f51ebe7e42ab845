#include "cli/DataDirs.h"

#include "base/ProgramData.h"
#include "cli/DiagnosticPrinter.h"
#include "manifest/Manifest.h"

#include <cstdlib>
#include <iomanip>

namespace heftsatz {

namespace fs = std::filesystem;

int print_data_dirs(const Arguments& args, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    const bool issue_given = !args.issue.empty();
    // As build takes it: a folder, or the issue.xml in one.
    const fs::path folder = !issue_given || fs::is_directory(args.issue, ec) ? args.issue : args.issue.parent_path();
    const char* env = std::getenv("HEFTSATZ_DATA");
    const std::string environment = env ? env : "";
    Diagnostics diagnostics;
    auto search = DataSearchPath::for_issue(folder, args.data_dirs, environment, diagnostics);
    for (const Diagnostic& d : diagnostics.items()) print_diagnostic(err, d);
    if (!search) {
        print_diagnostic(err, search.failure());
        return 2;
    }
    // The roots come in the order for_issue adds them: the issue folder, each
    // --data-dir, HEFTSATZ_DATA if it is a folder, the program's data if found.
    const ProgramData& data = ProgramData::get();
    std::vector<std::string> labels{"issue"};
    for (std::size_t i = 0; i < args.data_dirs.size(); ++i) labels.push_back("--data-dir");
    if (!environment.empty() && fs::is_directory(environment, ec)) labels.push_back("HEFTSATZ_DATA");
    labels.push_back(data.build_tree ? "source tree" : "installed");
    auto line = [&out](const std::string& label, const fs::path& path) {
        out << "  " << std::left << std::setw(16) << label << path.string() << '\n';
    };
    out << "layouts/ and fonts/ in, the first that has the file:\n";
    for (std::size_t i = 0; i < search->roots.size() && i < labels.size(); ++i)
        if (i > 0 || issue_given) line(labels[i], search->roots[i].path());
    if (data.root.empty()) out << "  (no installed data: the program's own place cannot be read)\n";
    out << "dictionaries and colour profiles:\n";
    line("hyphenation", data.hyphenation);
    line("hunspell", data.hunspell);
    line("colour profiles", data.icc);
    return 0;
}

}  // namespace heftsatz
