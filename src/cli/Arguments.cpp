#include "cli/Arguments.h"

namespace heftsatz {

const char* const kUsage =
    "usage: heftsatz build ISSUE [-o OUT.pdf] [--report REPORT.json] [--strict] [--typography]\n"
    "                      [--data-dir DIR] [--layout NAME]\n"
    "       heftsatz check ISSUE [--report REPORT.json] [--strict] [--typography] [--data-dir DIR]\n"
    "                      [--layout NAME]\n"
    "       heftsatz --version | --help\n"
    "\n"
    "ISSUE is an issue folder holding issue.xml (or the issue.xml itself).\n"
    "build   typesets the issue into a PDF (default out/<magazine>-<year>-<nn>.pdf)\n"
    "check   reads and lays out the issue and reports problems; writes no PDF\n"
    "\n"
    "  -o, --output FILE   where to write the PDF (written to a temporary file, then renamed)\n"
    "  --report FILE       also write every diagnostic as JSON\n"
    "  --strict            exit 1 if there are warnings\n"
    "  --typography        print the grey of the columns per article: word spaces,\n"
    "                      hyphens, loose and tight lines, widows and orphans\n"
    "  --data-dir DIR      look for layouts/ and fonts/ in DIR too (also $HEFTSATZ_DATA)\n"
    "  --layout NAME       use layouts/NAME.xml instead of the layout issue.xml names\n"
    "  -q, --quiet         print only diagnostics\n"
    "  --timings           print how long each stage took\n"
    "  -j, --jobs N        threads to use (default: one per core; the PDF is the same)\n"
    "\n"
    "exit codes: 0 success, 1 warnings with --strict, 2 bad input, 3 internal error\n";

ParsedArguments parse_arguments(int argc, char** argv) {
    ParsedArguments parsed;
    Arguments& a = parsed.arguments;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        parsed.usage_error = "no command given";
        return parsed;
    }
    const std::string& command = args[0];
    if (command == "--help" || command == "-h" || command == "help") {
        a.command = Arguments::Command::Help;
        return parsed;
    }
    if (command == "--version") {
        a.command = Arguments::Command::Version;
        return parsed;
    }
    if (command == "build") a.command = Arguments::Command::Build;
    else if (command == "check") a.command = Arguments::Command::Check;
    else {
        parsed.usage_error = "unknown command \"" + command + "\"";
        return parsed;
    }
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::filesystem::path& into) {
            if (i + 1 >= args.size()) {
                parsed.usage_error = arg + " needs a value";
                return;
            }
            into = args[++i];
        };
        if (arg == "-o" || arg == "--output") value(a.output);
        else if (arg == "--report") value(a.report);
        else if (arg == "--data-dir") {
            std::filesystem::path dir;
            value(dir);
            a.data_dirs.push_back(dir);
        } else if (arg == "--layout") {
            std::filesystem::path name;
            value(name);
            a.layout = name.string();
        } else if (arg == "--strict") a.strict = true;
        else if (arg == "-q" || arg == "--quiet") a.quiet = true;
        else if (arg == "--timings") a.timings = true;
        else if (arg == "--typography") a.typography = true;
        else if (arg == "-j" || arg == "--jobs") {
            std::filesystem::path n;
            value(n);
            try {
                a.jobs = static_cast<unsigned>(std::stoul(n.string()));
            } catch (const std::exception&) {
                parsed.usage_error = arg + " needs a number of threads";
            }
        }
        else if (!arg.empty() && arg[0] == '-') parsed.usage_error = "unknown option " + arg;
        else if (a.issue.empty()) a.issue = arg;
        else parsed.usage_error = "more than one issue given: " + arg;
        if (!parsed.usage_error.empty()) return parsed;
    }
    if (a.issue.empty()) parsed.usage_error = "no issue folder given";
    if (a.command == Arguments::Command::Check && !a.output.empty())
        parsed.usage_error = "check writes no PDF; -o is for build";
    return parsed;
}

}  // namespace heftsatz
