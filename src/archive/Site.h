// The archive's site, written from the issues' records alone (never from
// the manifests: a merge of shards has only the records): the index of
// issues, the Atom feed, index.json, the web edition (a page per article, its
// print version, a page per section), the style sheets and SHA256SUMS.
#pragma once

#include "archive/SiteModel.h"
#include "base/Result.h"

#include <filesystem>
#include <string>

namespace heftsatz {

// Each page as text, for the writer below and for tests.
std::string index_page(const SiteModel& site);
std::string article_page(const SiteModel& site, const ArticleRef& ref);
std::string print_page(const SiteModel& site, const ArticleRef& ref);
std::string section_page(const SiteModel& site, const std::string& title);
std::string atom_feed(const SiteModel& site);
std::string index_json(const SiteModel& site);
std::string site_style();
std::string print_style();

struct SiteSummary {
    std::size_t files = 0;    // pages, feed, data and style sheets written
    std::size_t changed = 0;  // of those, how many had other bytes before
    std::size_t removed = 0;  // files of earlier runs no page or issue has now
};

// Writes every page under `root`, then SHA256SUMS over them and every
// issue's files, and removes what earlier runs wrote that none of them is.
Result<SiteSummary> write_site(const std::filesystem::path& root, const SiteModel& site);

}  // namespace heftsatz
