#include "archive/Archive.h"

#include "archive/InputKey.h"
#include "archive/IssueBuild.h"
#include "archive/Site.h"
#include "base/OutputFile.h"
#include "base/Parallel.h"

#include <algorithm>
#include <chrono>
#include <charconv>
#include <mutex>
#include <set>
#include <new>
#include <thread>

namespace heftsatz {

namespace fs = std::filesystem;

std::optional<Shard> parse_shard(const std::string& text) {
    const auto slash = text.find('/');
    if (slash == std::string::npos) return std::nullopt;
    auto whole = [](std::string_view digits, unsigned& into) {
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return false;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), into);
        return ec == std::errc{} && end == digits.data() + digits.size();
    };
    Shard s;
    const std::string_view all(text);
    if (!whole(all.substr(0, slash), s.index) || !whole(all.substr(slash + 1), s.count)) return std::nullopt;
    if (s.count < 1 || s.index < 1 || s.index > s.count) return std::nullopt;
    return s;
}

std::vector<fs::path> find_issue_folders(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "issue.xml", ec)) out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// The records the site is written from with --merge: every issue folder
// of the archive with an issue.json.
Result<std::vector<IssueRecord>> read_records(const fs::path& root) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(root, ec))
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "issue.json", ec))
            files.push_back(entry.path() / "issue.json");
    if (ec)
        return error("cannot read the archive folder " + root.string() + ": " + ec.message(),
                     "give the folder the shards' outputs were copied into with -o");
    std::sort(files.begin(), files.end());
    std::vector<IssueRecord> out;
    for (const fs::path& file : files) {
        auto record = read_record(file);
        if (!record) return record.failure();
        out.push_back(std::move(*record));
    }
    if (out.empty())
        return error("the archive folder " + root.string() + " holds no built issues (no */issue.json)",
                     "copy the shards' outputs into it first, or build without --merge");
    return out;
}

bool has_records(const fs::path& root) {
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(root, ec))
        if (fs::is_regular_file(entry.path() / "issue.json", ec)) return true;
    return false;
}

// Removes the archive's issue folders (those with an issue.json) whose
// issue is no longer among `current`; returns how many.
std::size_t remove_issues_not_in(const fs::path& root, const std::set<std::string>& current) {
    std::size_t removed = 0;
    std::error_code ec;
    std::vector<fs::path> gone;
    for (const fs::directory_entry& entry : fs::directory_iterator(root, ec))
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "issue.json", ec) &&
            !current.count(entry.path().filename().string()))
            gone.push_back(entry.path());
    for (const fs::path& folder : gone) removed += fs::remove_all(folder, ec) > 0;
    return removed;
}

// archive_issue, with whatever it throws turned into the issue's error, so
// one bad issue never stops the others.
IssueOutcome archive_one(const fs::path& folder, const fs::path& root, const ArchiveInputs& inputs) {
    try {
        return archive_issue(folder, root, inputs);
    } catch (const InputError& e) {
        IssueOutcome out;
        out.diagnostics.add(e.diagnostic);
        return out;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        IssueOutcome out;
        out.diagnostics.add(internal_error(std::string("while building ") + folder.string() + ": " + e.what()));
        return out;
    }
}

// The summary once what the run wrote has reached the disk: the archive's
// files are committed without a flush each (archive/ArchiveFiles.h).
Result<ArchiveSummary> flushed(const fs::path& root, const ArchiveSummary& summary) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return summary;  // nothing was written
    if (auto failed = sync_file_system(root, "the archive")) return *failed;
    return summary;
}

}  // namespace

Result<ArchiveSummary> run_archive(const ArchiveOptions& options, const ArchiveProgress& progress) {
    ArchiveSummary summary;
    std::vector<IssueRecord> records;
    if (!options.merge) {
        std::vector<fs::path> folders = find_issue_folders(options.issues);
        if (folders.empty())
            return error("no issue folders in " + options.issues.string() + " (sub-folders holding an issue.xml)",
                         "give the folder that holds one folder per issue, such as issues/");
        if (options.shard) {
            std::vector<fs::path> share;
            for (std::size_t i = 0; i < folders.size(); ++i)
                if (i % options.shard->count == options.shard->index - 1) share.push_back(folders[i]);
            folders = std::move(share);
        }
        std::once_flag loading;
        std::optional<Result<Lexicon>> lexicon;
        auto loaded = [&]() -> const Lexicon& {
            std::call_once(loading, [&] { lexicon.emplace(Lexicon::load()); });
            if (!*lexicon) throw InputError{lexicon->failure()};
            return lexicon->value();
        };
        auto engine = engine_key();
        if (!engine) return engine.failure();
        const unsigned workers = worker_count(options.jobs, folders.size());
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        std::mutex renderer, reporting;
        std::vector<std::optional<IssueRecord>> built(folders.size());
        std::size_t done = 0;
        parallel_for(
            folders.size(), workers,
            [] { return std::optional<Lexicon>(); },
            [&](std::optional<Lexicon>& words, std::size_t i) {
                const auto started = std::chrono::steady_clock::now();
                // Each worker its own copy, sharing the loaded dictionaries. The word
                // caches are the block setters' (BlockSetter copies the lexicon again),
                // so they do not outlive an issue.
                auto own = [&]() -> const Lexicon& {
                    if (!words) words.emplace(loaded());
                    return *words;
                };
                ArchiveInputs inputs{options.data_dirs, options.data_env, *engine,
                                     std::max(1u, cores / workers), own, &renderer};
                IssueOutcome outcome = archive_one(folders[i], options.output, inputs);
                IssueReport report;
                report.id = folders[i].filename().string();
                report.folder = folders[i];
                report.ok = outcome.record.has_value();
                report.rebuilt = outcome.rebuilt;
                report.pages = outcome.record ? outcome.record->pages : 0;
                report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                report.diagnostics = std::move(outcome.diagnostics);
                built[i] = std::move(outcome.record);
                std::lock_guard<std::mutex> turn(reporting);
                ++done;
                summary.rebuilt += report.rebuilt && report.ok;
                summary.failed += !report.ok;
                if (progress) progress(report, done, folders.size());
            });
        summary.issues = folders.size();
        if (options.shard) return flushed(options.output, summary);
        // The site is written from the records on disk, as --merge writes it,
        // so both give the same bytes: a failed issue keeps its last good
        // build, and an issue whose folder is gone from ISSUES leaves.
        std::set<std::string> current;
        for (const fs::path& folder : folders) current.insert(folder.filename().string());
        summary.removed_issues = remove_issues_not_in(options.output, current);
        if (summary.failed == summary.issues && !has_records(options.output))
            return flushed(options.output, summary);  // nothing to show
    }
    auto read = read_records(options.output);
    if (!read) return read.failure();
    records = std::move(*read);
    if (options.merge) summary.issues = records.size();
    const SiteModel site(std::move(records), options.site);
    auto written = write_site(options.output, site);
    if (!written) return written.failure();
    summary.site_written = true;
    summary.site_files = written->files;
    summary.site_changed = written->changed;
    summary.site_removed = written->removed;
    return flushed(options.output, summary);
}

}  // namespace heftsatz
