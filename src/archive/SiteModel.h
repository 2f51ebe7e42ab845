// The archive as its web pages see it: every issue's record, newest first,
// and the names and links derived from them, once for every page.
#pragma once

#include "archive/IssueRecord.h"

#include <string>
#include <vector>

namespace heftsatz {

struct SiteOptions {
    // The address the archive is published at ("https://…/archiv/"), for
    // the feed's absolute links; empty: links stay relative and entry ids
    // are tag: URIs.
    std::string base_url;
};

// An article with the issue it appeared in.
struct ArticleRef {
    const IssueRecord* issue = nullptr;
    const SectionRecord* section = nullptr;
    const ArticleRecord* article = nullptr;
};

class SiteModel {
public:
    // Sorts the records newest first (by date, then folder name).
    SiteModel(std::vector<IssueRecord> records, SiteOptions options);

    const std::vector<IssueRecord>& issues() const { return issues_; }
    const SiteOptions& options() const { return options_; }
    // The sections' titles in order of first appearance, newest issue first.
    std::vector<std::string> section_titles() const;
    // The articles of a section across all issues, newest first.
    std::vector<ArticleRef> section_articles(const std::string& title) const;

private:
    std::vector<IssueRecord> issues_;
    SiteOptions options_;
};

// Paths relative to the archive's root.
std::string article_path(const IssueRecord& issue, const ArticleRecord& article);
std::string print_path(const IssueRecord& issue, const ArticleRecord& article);
std::string section_path(const std::string& title);
// "27.11.2020" from "2020-11-27"; "1. Dezember 2020" for an issue's date.
std::string german_date(const std::string& iso);
std::string german_long_date(const std::string& iso);
// "708 KB", "1,3 MB"
std::string german_size(std::uintmax_t bytes);

}  // namespace heftsatz
