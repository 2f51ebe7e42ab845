// The archive stage's public header: `heftsatz archive` builds every issue
// under a folder (or one shard of them) into an archive folder and writes
// the site over all of them; `--merge` writes the site from the issue
// folders that shards built. It prints nothing: each finished issue goes to
// the caller's progress callback, and the CLI prints.
#pragma once

#include "archive/SiteModel.h"
#include "base/Diagnostic.h"
#include "base/Result.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace heftsatz {

// One share of the issues, for a CI matrix: K of N, 1-based. Issue folders
// are sorted by name and dealt out in turn, so each machine gets every
// N-th issue whatever the count.
struct Shard {
    unsigned index = 1, count = 1;
};
// "2/3"; nothing if the text is not K/N with 1 <= K <= N.
std::optional<Shard> parse_shard(const std::string& text);

struct ArchiveOptions {
    std::filesystem::path issues;  // the folder of issue folders (not with merge)
    std::filesystem::path output;  // the archive's root
    unsigned jobs = 0;             // issues built at once; 0: one per core
    std::optional<Shard> shard;    // build only this share and write no site
    bool merge = false;            // build nothing: the site from output's issue folders
    std::vector<std::filesystem::path> data_dirs;
    std::string data_env;  // HEFTSATZ_DATA
    SiteOptions site;
};

// What one issue came to, as it finishes.
struct IssueReport {
    std::string id;  // its folder's name
    std::filesystem::path folder;
    bool ok = false;
    bool rebuilt = false;  // false: up to date
    int pages = 0;
    double seconds = 0;
    Diagnostics diagnostics;
};

struct ArchiveSummary {
    std::size_t issues = 0, rebuilt = 0, failed = 0;
    std::size_t site_files = 0, site_changed = 0;  // 0 with --shard
    std::size_t site_removed = 0;    // files of earlier runs no page or issue has now
    std::size_t removed_issues = 0;  // issue folders whose issue left ISSUES
    bool site_written = false;
};

// Called once per issue as it finishes, from the thread that built it, one
// call at a time: `done` of `total`.
using ArchiveProgress = std::function<void(const IssueReport& report, std::size_t done, std::size_t total)>;

// The issues that fail are reported and the others still finish; their
// count is in the summary. An error that stops the whole run (no issues
// found, the archive folder cannot be written) is the failure.
Result<ArchiveSummary> run_archive(const ArchiveOptions& options, const ArchiveProgress& progress);

// The issue folders under `folder`: its sub-folders that hold an issue.xml,
// sorted by name.
std::vector<std::filesystem::path> find_issue_folders(const std::filesystem::path& folder);

}  // namespace heftsatz
