// Display ads: their box on the page by size, and painting one into a box.
#pragma once

#include "layout/Frame.h"
#include "layout/LayoutContext.h"
#include "manifest/Issue.h"

namespace heftsatz {

// Grid lines and columns an ad takes at the foot of an article page:
// half = the lower half across all columns; quarter = the lower half of the
// two outer columns.
struct AdFootprint {
    int lines = 0;
    int first_column = 0;
    int end_column = 0;  // exclusive
};
// On page `page_number`: a quarter ad takes the outer columns, which are the
// right ones of a right-hand page and the left ones of a left-hand page.
AdFootprint foot_footprint(AdSize size, const LayoutContext& ctx, int page_number);

// Paints `ad` into the bottom `lines` grid lines of the columns
// [first_column, end_column) of `page`.
void paint_foot_ad(const Ad& ad, int lines, int first_column, int end_column, const LayoutContext& ctx, Page& page);

// Paints `ad` centred in the box, aspect ratio kept, with a hairline "Anzeige"
// label above it as German press law asks of paid content.
void paint_ad(const Ad& ad, Pt x, Pt y, Pt width, Pt height, Page& page);

// A page holding one ad (full page, or a half or quarter ad with no text to
// stand with), numbered 1 until the issue is assembled.
Page ad_page(const Ad& ad, LayoutContext& ctx, const std::string& section);

}  // namespace heftsatz
