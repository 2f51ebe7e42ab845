#include "cli/ArchiveCommand.h"

#include "archive/Archive.h"
#include "base/Counted.h"
#include "cli/DiagnosticPrinter.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace heftsatz {

namespace {

std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f s", s);
    return text;
}

}  // namespace

int run_archive_command(const Arguments& args) {
    const auto started = std::chrono::steady_clock::now();
    ArchiveOptions options;
    options.issues = args.issue;
    options.output = args.output;
    options.jobs = args.jobs;
    options.merge = args.merge;
    options.data_dirs = args.data_dirs;
    if (const char* env = std::getenv("HEFTSATZ_DATA")) options.data_env = env;
    options.site.base_url = args.base_url;
    if (!args.shard.empty()) {
        options.shard = parse_shard(args.shard);
        if (!options.shard) {
            print_diagnostic(std::cerr, error("--shard " + args.shard + " is not a share K/N with 1 ≤ K ≤ N",
                                              "give e.g. --shard 2/3 for the second of three machines"));
            return 2;
        }
    }
    // On a terminal each line also says how long the run has taken so far;
    // a CI log has its own times.
    const bool terminal = isatty(STDOUT_FILENO) == 1;
    bool internal = false, warned = false;
    const ArchiveProgress progress = [&](const IssueReport& r, std::size_t done, std::size_t total) {
        for (const Diagnostic& d : r.diagnostics.items()) {
            internal = internal || d.internal;
            warned = warned || d.severity == Severity::Warning;
            if (d.severity == Severity::Error || !args.quiet) print_diagnostic(std::cerr, d);
        }
        std::cerr.flush();
        if (args.quiet && r.ok) return;
        std::string line = "[" + std::to_string(done) + "/" + std::to_string(total) + "] " + r.id + ": ";
        if (!r.ok) line += "FAILED (" + counted(r.diagnostics.count(Severity::Error), "error", "errors") + " above)";
        else if (!r.rebuilt) line += "up to date, " + counted(static_cast<std::size_t>(r.pages), "page", "pages");
        else
            line += "built " + counted(static_cast<std::size_t>(r.pages), "page", "pages") + " in " + seconds(r.seconds) +
                    ", " + counted(r.diagnostics.count(Severity::Warning), "warning", "warnings");
        if (terminal)
            line += " [" + seconds(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()) + "]";
        std::cout << line << std::endl;
    };
    auto summary = run_archive(options, progress);
    if (!summary) {
        print_diagnostic(std::cerr, summary.failure());
        return summary.failure().internal ? 3 : 2;
    }
    const std::string time = seconds(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    if (!args.quiet) {
        std::cout << (args.merge ? "merged " : "archive ") << args.output.string() << ": ";
        if (!args.merge) {
            const std::size_t current = summary->issues - summary->rebuilt - summary->failed;
            std::cout << counted(summary->issues, "issue", "issues") << " (" << summary->rebuilt << " built, " << current
                      << " up to date, " << summary->failed << " failed)";
        } else {
            std::cout << counted(summary->issues, "issue", "issues");
        }
        if (summary->site_written)
            std::cout << ", site " << counted(summary->site_files, "file", "files") << " (" << summary->site_changed
                      << " changed)";
        if (summary->site_removed + summary->removed_issues > 0)
            std::cout << ", removed " << counted(summary->removed_issues, "issue", "issues") << " no longer in "
                      << args.issue.string() << " and " << counted(summary->site_removed, "stale file", "stale files");
        else if (options.shard)
            std::cout << ", shard " << options.shard->index << "/" << options.shard->count << ": no site (run --merge)";
        std::cout << " in " << time << '\n';
        if (!args.merge && summary->rebuilt == 0 && summary->failed == 0 && summary->site_changed == 0 &&
            summary->site_removed + summary->removed_issues == 0)
            std::cout << "everything was up to date\n";
    }
    if (summary->failed > 0) return internal ? 3 : 2;
    return args.strict && warned ? 1 : 0;
}

}  // namespace heftsatz
