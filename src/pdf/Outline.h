// The document outline (bookmarks): sections with their articles.
#pragma once

#include "layout/Frame.h"

#include <podofo/podofo.h>

#include <vector>

namespace heftsatz {

// Adds /Outlines to the catalog. `pages` are the page objects' references.
void add_outline(PoDoFo::PdfMemDocument& pdf, const std::vector<Bookmark>& bookmarks,
                 const std::vector<PoDoFo::PdfReference>& pages, const std::vector<Pt>& heights);

}  // namespace heftsatz
