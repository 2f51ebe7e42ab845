#include "cli/Arguments.h"

#include "base/Parallel.h"

#include <charconv>

namespace heftsatz {

const char* const kUsage =
    "usage: heftsatz build ISSUE [-o OUT.pdf] [--profile reader|archive|print | --all-profiles]\n"
    "                      [--jpeg-quality Q] [--no-linearize] [--report REPORT.json] [--strict]\n"
    "                      [--typography] [--data-dir DIR] [--layout NAME] [-j N] [-q] [--timings]\n"
    "       heftsatz check ISSUE [--report REPORT.json] [--strict] [--typography] [--data-dir DIR]\n"
    "                      [--layout NAME] [-j N] [-q] [--timings]\n"
    "       heftsatz plan ISSUE [-o PLAN.html] [--report REPORT.json] [--strict] [--typography]\n"
    "                      [--data-dir DIR] [--layout NAME] [-j N] [-q] [--timings]\n"
    "       heftsatz watch ISSUE [-o OUT.pdf] [--profile reader|archive|print] [--jpeg-quality Q]\n"
    "                      [--linearize] [--data-dir DIR] [--layout NAME] [-j N] [-q]\n"
    "       heftsatz archive ISSUES -o ARCHIVE [--shard K/N] [--base-url URL] [--data-dir DIR]\n"
    "                      [-j N] [-q] [--strict]\n"
    "       heftsatz archive --merge -o ARCHIVE [--base-url URL] [-q]\n"
    "       heftsatz --print-data-dirs [ISSUE] [--data-dir DIR]\n"
    "       heftsatz --version | --help\n"
    "\n"
    "ISSUE is an issue folder holding issue.xml (or the issue.xml itself).\n"
    "build   typesets the issue into a PDF (default out/<magazine>-<year>-<nn>.pdf)\n"
    "check   reads and lays out the issue and reports problems; writes no PDF\n"
    "plan    lays out the issue and writes its flatplan (Seitenspiegel) as HTML\n"
    "        (default out/<magazine>-<year>-<nn>-plan.html); prints one line per page\n"
    "watch   builds the issue, then again whenever one of its files, its layout or a font\n"
    "        changes, until interrupted (Ctrl-C); a bad edit keeps the last good PDF\n"
    "archive builds every issue folder under ISSUES (those holding an issue.xml) that changed\n"
    "        since the last run into ARCHIVE: per issue the reader and the archive PDF, a cover\n"
    "        thumbnail and the web edition's pages; then index.html, feed.xml, index.json and\n"
    "        SHA256SUMS over all issues\n"
    "\n"
    "  -o, --output FILE   where to write the PDF or plan (to a temporary file, then renamed);\n"
    "                      never a file the build reads, a folder or a device\n"
    "  --profile NAME      what the PDF is for: reader (the default: the download, PDF/UA-1),\n"
    "                      archive (PDF/A-2a and PDF/UA-1) or print (PDF/X-4, with bleed)\n"
    "  --all-profiles      write all three: OUT-web.pdf, OUT-archive.pdf and OUT-print.pdf\n"
    "  --jpeg-quality Q    the reader profile stores photos at 150 ppi, as JPEG of quality Q,\n"
    "                      1 to 100 (default 85)\n"
    "  --linearize, --no-linearize\n"
    "                      the reader PDF with or without fast web view (a viewer shows the first\n"
    "                      page of a download before the rest arrives); build: with, watch: without\n"
    "                      (a preview read from disk gains nothing, and it is a third of a rebuild)\n"
    "  --report FILE       also write every diagnostic and each page's fill as JSON (the same rules)\n"
    "  --strict            exit 1 if there are warnings\n"
    "  --typography        print the grey of the columns per article: word spaces,\n"
    "                      hyphens, loose and tight lines, widows and orphans\n"
    "  --data-dir DIR      look for layouts/ and fonts/ in DIR too (also $HEFTSATZ_DATA)\n"
    "  --layout NAME       use layouts/NAME.xml instead of the layout issue.xml names\n"
    "  -q, --quiet         print only errors (and what --typography and --timings ask for)\n"
    "  --timings           print how long each stage took\n"
    "  -j, --jobs N        threads to use, 1 to 256 (default: one per core; the PDF is the same);\n"
    "                      archive: issues built at once\n"
    "  --shard K/N         archive: build only the K-th of N shares of the issues and no index,\n"
    "                      for a CI matrix; then copy the shares into one folder and --merge\n"
    "  --merge             archive: build nothing, write the index and web edition from the\n"
    "                      issue folders in ARCHIVE\n"
    "  --base-url URL      archive: the address the archive is published at, for the feed\n"
    "  --print-data-dirs   print the folders searched for layouts/ and fonts/, in order, and the\n"
    "                      dictionaries and colour profiles used; then exit\n"
    "  --version           print the version of heftsatz and of the libraries it runs with\n"
    "  -h, --help          print this help\n"
    "\n"
    "Layouts and fonts are looked for in the issue folder's layouts/ and fonts/, each --data-dir,\n"
    "$HEFTSATZ_DATA, then the installed data (PREFIX/share/heftsatz beside PREFIX/bin/heftsatz).\n"
    "SOURCE_DATE_EPOCH (seconds since 1970), if set, gives the PDF's dates instead of the issue's\n"
    "date. See man heftsatz.\n"
    "\n"
    "An option's value may also be attached: --jobs=2, -j2, --output=heft.pdf, -oheft.pdf.\n"
    "\n"
    "exit codes: 0 success, 1 warnings with --strict, 2 bad input, 3 internal error\n";

namespace {

// Digits only, 1 to `most`; 0 if anything else ("1x", "-1", " 2", "0").
// std::stoul would take "1x" as 1 and "-1" as 4294967295.
unsigned parse_whole(const std::string& text, unsigned most) {
    unsigned n = 0;
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc{} || end != text.data() + text.size() || n > most) return 0;
    return n;
}

// The options that take a value. As in make, ninja and GNU tools, the
// value may also be attached: "--jobs=2", "-j2", "-oheft.pdf".
bool takes_value(const std::string& option) {
    for (const char* name : {"-o", "--output", "--report", "--data-dir", "--layout", "--profile", "--jpeg-quality",
                             "--shard", "--base-url", "-j", "--jobs"})
        if (option == name) return true;
    return false;
}

// Each attached value as the argument after its option; anything else as it came.
std::vector<std::string> detached(std::vector<std::string> args) {
    std::vector<std::string> out;
    for (std::string& arg : args) {
        const std::size_t equals = arg.find('=');
        if (arg.starts_with("--") && equals != std::string::npos && takes_value(arg.substr(0, equals))) {
            out.push_back(arg.substr(0, equals));
            out.push_back(arg.substr(equals + 1));
        } else if (arg.size() > 2 && arg[0] == '-' && arg[1] != '-' && takes_value(arg.substr(0, 2))) {
            out.push_back(arg.substr(0, 2));
            out.push_back(arg.substr(2));
        } else {
            out.push_back(std::move(arg));
        }
    }
    return out;
}

}  // namespace

ParsedArguments parse_arguments(int argc, char** argv) {
    ParsedArguments parsed;
    Arguments& a = parsed.arguments;
    std::vector<std::string> args = detached({argv + 1, argv + argc});
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
    // Takes an issue and --data-dir as build does, to show what build would search.
    const bool data_dirs_only = command == "--print-data-dirs";
    if (data_dirs_only) a.command = Arguments::Command::DataDirs;
    else if (command == "build") a.command = Arguments::Command::Build;
    else if (command == "archive") a.command = Arguments::Command::Archive;
    else if (command == "watch") a.command = Arguments::Command::Watch;
    else if (command == "check") a.command = Arguments::Command::Check;
    else if (command == "plan") a.command = Arguments::Command::Plan;
    else {
        parsed.usage_error = "unknown command \"" + command + "\"";
        return parsed;
    }
    bool profile_given = false, quality_given = false, linearize_given = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::filesystem::path& into) {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
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
        } else if (arg == "--profile") {
            std::filesystem::path name;
            value(name);
            if (parsed.usage_error.empty()) {
                if (auto profile = profile_named(name.string())) a.profile = *profile;
                else parsed.usage_error = "--profile " + name.string() + ": use reader, archive or print";
            }
            profile_given = true;
        } else if (arg == "--all-profiles") {
            a.all_profiles = true;
        } else if (arg == "--jpeg-quality") {
            std::filesystem::path q;
            value(q);
            const unsigned n = parsed.usage_error.empty() ? parse_whole(q.string(), 100) : 0;
            if (parsed.usage_error.empty() && n == 0)
                parsed.usage_error = "--jpeg-quality " + q.string() + ": give a whole number from 1 to 100";
            a.jpeg_quality = static_cast<int>(n);
            quality_given = true;
        }
        else if (arg == "--linearize" || arg == "--no-linearize") {
            a.linearize = arg == "--linearize";
            linearize_given = true;
        } else if (arg == "--shard") {
            std::filesystem::path share;
            value(share);
            a.shard = share.string();
        } else if (arg == "--base-url") {
            std::filesystem::path url;
            value(url);
            a.base_url = url.string();
        } else if (arg == "--merge") a.merge = true;
        else if (arg == "--strict") a.strict = true;
        else if (arg == "-q" || arg == "--quiet") a.quiet = true;
        else if (arg == "--timings") a.timings = true;
        else if (arg == "--typography") a.typography = true;
        else if (arg == "-j" || arg == "--jobs") {
            std::filesystem::path n;
            value(n);
            if (parsed.usage_error.empty()) {
                a.jobs = parse_whole(n.string(), kMaxThreads);
                if (a.jobs == 0)
                    parsed.usage_error = arg + " " + n.string() + ": give a whole number of threads from 1 to " +
                                         std::to_string(kMaxThreads) + " (without -j: one per core)";
            }
        }
        else if (!arg.empty() && arg[0] == '-') parsed.usage_error = "unknown option " + arg;
        else if (a.issue.empty()) a.issue = arg;
        else parsed.usage_error = "more than one issue given: " + arg;
        if (data_dirs_only && !arg.empty() && arg[0] == '-' && arg != "--data-dir" && parsed.usage_error.empty())
            parsed.usage_error = "--print-data-dirs takes an issue folder and --data-dir only, not " + arg;
        if (!parsed.usage_error.empty()) return parsed;
    }
    const bool archive = a.command == Arguments::Command::Archive;
    if (a.issue.empty() && !(archive && a.merge) && !data_dirs_only)
        parsed.usage_error = archive ? "no folder of issues given" : "no issue folder given";
    if (archive && a.output.empty()) parsed.usage_error = "archive needs the archive folder: -o ARCHIVE";
    if (archive && a.merge && !a.issue.empty())
        parsed.usage_error = "--merge builds nothing: give only -o ARCHIVE, the folder the shards were copied into";
    if (archive && a.merge && !a.shard.empty()) parsed.usage_error = "give --shard or --merge, not both";
    if (!archive && (a.merge || !a.shard.empty() || !a.base_url.empty()))
        parsed.usage_error = "--shard, --merge and --base-url are for archive";
    if (archive && (!a.report.empty() || !a.layout.empty() || a.typography || a.timings))
        parsed.usage_error = "archive takes no --report, --layout, --typography or --timings; use build for one issue";
    if (a.command == Arguments::Command::Check && !a.output.empty())
        parsed.usage_error = "check writes no PDF; -o is for build and plan";
    const bool writes_pdf = a.command == Arguments::Command::Build || a.command == Arguments::Command::Watch;
    if (!writes_pdf && (profile_given || a.all_profiles || quality_given || linearize_given))
        parsed.usage_error = "only build and watch write a PDF; --profile, --jpeg-quality and --linearize are for them";
    if (a.command == Arguments::Command::Watch && !linearize_given) a.linearize = false;
    if (a.command == Arguments::Command::Watch && (a.all_profiles || !a.report.empty() || a.strict || a.typography))
        parsed.usage_error = "watch writes one PDF and prints as it goes: no --all-profiles, --report, --strict or --typography";
    if (profile_given && a.all_profiles) parsed.usage_error = "give --profile or --all-profiles, not both";
    return parsed;
}

std::filesystem::path profile_output(const std::filesystem::path& output, PdfProfile profile) {
    const char* suffix = profile == PdfProfile::Reader ? "-web" : profile == PdfProfile::Archive ? "-archive" : "-print";
    std::filesystem::path named = output;
    named.replace_filename(output.stem().string() + suffix + output.extension().string());
    return named;
}

}  // namespace heftsatz
