// The logical structure of a tagged PDF (ISO 32000-1, 14.7-14.8; PDF/UA-1),
// built from the StructTags the layout gives its frame items (Frame.h).
//
// The layout says what each item is; this file decides how PDF says it:
//   Document
//     Sect per article (its continuation after a jump included), TOC for
//     the contents, Div per ad, Sect for cover, directory and imprint, in
//     the order the stories first appear in the issue;
//       their blocks in the order of their numbers (an article's reading
//       order, whatever column or page a block stands in): H1, H2, H3, P,
//       BlockQuote, Figure (with /Alt), TOCI, Div;
//         parts inside a block: Link (the text it covers and the annotation
//         as an OBJR), Caption (inside its Figure), the lines of a company.
// Every tagged item is one marked-content sequence with its own MCID;
// everything else is an artifact (ContentStream.cpp).
#pragma once

#include "layout/Frame.h"

#include <podofo/podofo.h>

#include <vector>

namespace heftsatz {

// Whether `item` is marked content of a structure element (else, if it is
// painted at all, an artifact). A page's marked items are numbered 0, 1, …
// in item order: the content stream and the tree number them alike.
bool is_marked(const FrameItem& item);

// The standard structure type (ISO 32000-1, 14.8.4) a role is written as.
const char* structure_type(StructRole role);

// The role an item's marked content carries: its part's, if it has one.
StructRole marked_role(const StructTag& tag);

// A link annotation written for an item of a page.
struct WrittenLink {
    std::size_t item = 0;  // index in Page::items
    PoDoFo::PdfObject* annotation = nullptr;
};

// Adds /StructTreeRoot and /MarkInfo to the catalog, /StructParents and
// /Tabs /S to each page, /StructParent to each tagged annotation.
void add_structure_tree(PoDoFo::PdfMemDocument& pdf, const Document& doc, const std::vector<PoDoFo::PdfReference>& pages,
                        const std::vector<std::vector<WrittenLink>>& links);

}  // namespace heftsatz
