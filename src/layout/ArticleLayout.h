// Lays out one article from a new page: kicker, title and lead across all
// columns, then the body flowing column to column and page to page.
#pragma once

#include "layout/LayoutContext.h"
#include "manifest/Issue.h"

namespace heftsatz {

// Appends the article's pages to `doc` and returns its bookmark.
Bookmark lay_out_article(const Article& article, const std::string& section, LayoutContext& ctx,
                         Document& doc);

}  // namespace heftsatz
