// The pages of an issue that are made rather than flowed: cover, contents,
// imprint, the company directory and filler pages. Each is laid out as a
// right-hand page numbered from 1; IssueLayout places and numbers them.
#pragma once

#include "layout/LayoutContext.h"
#include "manifest/Issue.h"

#include <string>
#include <vector>

namespace heftsatz {

// One line of the contents: where an article (or a part of the issue) starts.
struct ContentsEntry {
    std::string section;  // a new section starts before this entry if it differs
    std::string kicker;
    std::string title;
    int page = 0;
};

// A new page of `pages` that opens with an accent rule and `title` across
// the type area (contents, directory, imprint, notes); `y` is set to the
// title's baseline.
Page& new_titled_page(std::vector<Page>& pages, const std::string& title, LayoutContext& ctx, Pt& y);

// `line_pages` are the start pages of the cover lines' articles, in order.
Page cover_page(const Issue& issue, const std::vector<int>& line_pages, LayoutContext& ctx);
std::vector<Page> contents_pages(const std::vector<ContentsEntry>& entries, LayoutContext& ctx);
Page imprint_page(const Issue& issue, LayoutContext& ctx);
Page notes_page(LayoutContext& ctx);
// The directory: entries grouped by category and sorted with German
// collation (ICU: "Ärzte" under A), each entry kept whole in its column.
std::vector<Page> directory_pages(const Listings& listings, LayoutContext& ctx);
// The directory's order (tested on its own).
std::vector<const Company*> sorted_directory(const Listings& listings);

}  // namespace heftsatz
