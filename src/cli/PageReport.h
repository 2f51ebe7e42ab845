// The pages of the --report: per page its folio, side, section and measured
// fill, so that a production editor (or a script) finds the holes without
// opening the PDF.
#pragma once

#include "layout/Layout.h"

#include <string>

namespace heftsatz {

// A JSON array, one object per page in print order:
// {"page": 5, "folio": 5, "side": "right", "section": "Politik", "fill": 0.874,
//  "columns": [1.000, 1.000, 0.622]}. "page" is the page's place in the
// issue, "folio" the number the layout gave it (the two must agree), "side"
// follows from the place: odd pages are right-hand pages.
std::string pages_json(const Document& doc, const PageSpec& spec);

}  // namespace heftsatz
