#include "archive/Site.h"

#include "archive/ArchiveFiles.h"
#include "base/Sha256.h"

#include <map>

namespace heftsatz {

namespace fs = std::filesystem;

namespace {

// Files of earlier runs that this one did not write: the pages and PDFs of
// an article taken out of its issue, a figure no longer used, a section's
// page when the section is gone. Only in the folders the archive makes
// (each issue's, its bilder/, rubrik/), only regular files, never a record.
std::size_t remove_stale(const fs::path& root, const SiteModel& site, const std::map<std::string, std::string>& kept) {
    std::vector<fs::path> folders{root / "rubrik"};
    for (const IssueRecord& issue : site.issues()) {
        folders.push_back(root / issue.id);
        folders.push_back(root / issue.id / "bilder");
    }
    std::size_t removed = 0;
    std::error_code ec;
    for (const fs::path& folder : folders)
        for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec)) {
            if (!entry.is_regular_file(ec) || entry.path().filename() == "issue.json") continue;
            const std::string relative = entry.path().lexically_relative(root).generic_string();
            if (!kept.count(relative) && fs::remove(entry.path(), ec)) ++removed;
        }
    return removed;
}

}  // namespace

Result<SiteSummary> write_site(const fs::path& root, const SiteModel& site) {
    // Every page by its path; written in that order, then listed.
    std::map<std::string, std::string> pages;
    pages["index.html"] = index_page(site);
    pages["feed.xml"] = atom_feed(site);
    pages["index.json"] = index_json(site);
    pages["style.css"] = site_style();
    pages["druck.css"] = print_style();
    for (const std::string& title : site.section_titles()) pages[section_path(title)] = section_page(site, title);
    for (const IssueRecord& issue : site.issues())
        for (const SectionRecord& s : issue.sections)
            for (const ArticleRecord& a : s.articles) {
                const ArticleRef ref{&issue, &s, &a};
                pages[article_path(issue, a)] = article_page(site, ref);
                pages[print_path(issue, a)] = print_page(site, ref);
            }

    SiteSummary summary;
    std::map<std::string, std::string> sums;  // path → SHA-256, sorted like sha256sum's input
    for (const auto& [path, text] : pages) {
        auto written = write_file(root / path, text, "a page of the archive");
        if (!written) return written.failure();
        ++summary.files;
        summary.changed += written->changed;
        sums[path] = sha256_hex(text);
    }
    for (const IssueRecord& issue : site.issues())
        for (const ArchivedFile* f : issue.files()) sums[f->path] = f->sha256;
    std::string list;
    for (const auto& [path, sum] : sums) list += sum + "  " + path + "\n";
    auto written = write_file(root / "SHA256SUMS", list, "SHA256SUMS");
    if (!written) return written.failure();
    ++summary.files;
    summary.changed += written->changed;
    summary.removed = remove_stale(root, site, sums);
    return summary;
}

}  // namespace heftsatz
