// The pages of an issue that are made rather than flowed: cover, contents,
// imprint, the company directory and filler pages. Each is laid out as a
// right-hand page numbered from 1; IssueLayout places and numbers them.
#pragma once

#include "layout/LayoutContext.h"
#include "layout/TextReport.h"
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
    SourceLocation section_where, kicker_where, title_where;  // named by its warnings and errors
};

// Each page kind checks the text it sets (TextReport) into `diagnostics`,
// naming its own page numbers (IssueLayout moves them to the issue's). Text
// that cannot fit its place is an error there, never cut off.

// A new page of `pages` that opens with an accent rule and `title` across
// the type area (contents, directory, imprint, notes); `y` is set to the
// title's last baseline. A title from the manifest is checked if `report`.
// The title is block 0 of `story`, in `role`.
Page& new_titled_page(std::vector<Page>& pages, const std::string& title, LayoutContext& ctx, Pt& y,
                      const Story& story, StructRole role, TextReport* report = nullptr,
                      const SourceLocation& where = {});

// `line_pages` are the start pages of the cover lines' articles, in order.
// Cover lines that do not fit below the image are an error.
Page cover_page(const Issue& issue, const std::vector<int>& line_pages, LayoutContext& ctx, Diagnostics& diagnostics);
// An entry taller than a contents page is an error.
std::vector<Page> contents_pages(const std::vector<ContentsEntry>& entries, LayoutContext& ctx,
                                 Diagnostics& diagnostics);
// The imprint's items run down the columns, and onto further pages if need be.
std::vector<Page> imprint_pages(const Issue& issue, LayoutContext& ctx, Diagnostics& diagnostics);
Page notes_page(LayoutContext& ctx);
// The directory: entries grouped by category and sorted with German
// collation (ICU: "Ärzte" under A), each entry kept whole in its column,
// every column opened by a head (DirectoryColumns.h has the makeup rules).
std::vector<Page> directory_pages(const Listings& listings, LayoutContext& ctx, Diagnostics& diagnostics);
// The directory's order (tested on its own).
std::vector<const Company*> sorted_directory(const Listings& listings);

}  // namespace heftsatz
