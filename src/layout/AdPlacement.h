// Display ads: the box a half or quarter ad takes at the foot of a page, and
// painting an ad with its "Anzeige" label. The press laws of the German
// states (§ 10 Landespressegesetz NRW, § 9 Berliner Pressegesetz) require
// paid content to be marked "Anzeige" where its look alone does not make it
// recognisable as an ad; heftsatz marks every ad, house ads included.
#pragma once

#include "layout/Frame.h"
#include "layout/LayoutContext.h"
#include "manifest/Issue.h"

namespace heftsatz {

// The layout's format for a half or quarter ad (<ad-size>), or, where the
// layout gives none, one from the grid: half = all columns, quarter = two
// columns (one in a one-column layout), each as tall as fits half the grid
// lines with its label.
AdFormat ad_format(AdSize size, const LayoutContext& ctx);

// Where and how large an ad is printed.
struct AdBox {
    Pt x = 0, y = 0, width = 0, height = 0;
};

// A half or quarter ad at the foot of a page's columns. The ad is printed
// at its format's full width, so it ends where the columns it covers do; its
// height follows its proportions, up to the format's height (an ad taller
// than that is scaled down into it: check_ad_formats warns). The footprint
// covers the ad, its label and one grid line of white above the label.
struct AdFootprint {
    int lines = 0;         // grid lines from the foot of the type area
    int first_column = 0;  // the first column it covers
    int columns = 0;       // the columns it covers, from the format
    int end_column() const { return first_column + columns; }
};
// On page `page_number`: an ad narrower than the page takes the outer
// columns, the right ones of a right-hand page, the left ones of a left-hand page.
AdFootprint foot_footprint(const Ad& ad, const LayoutContext& ctx, int page_number);

// Where `footprint` puts `ad` on page `page_number`: across the footprint's
// columns, its foot on the type area's foot.
AdBox foot_ad_box(const Ad& ad, const AdFootprint& footprint, int page_number, const LayoutContext& ctx);

// Paints a half or quarter ad where `footprint` says, its label on the line
// above it (style "ad-label").
void paint_foot_ad(const Ad& ad, const AdFootprint& footprint, Page& page, LayoutContext& ctx);

// A page holding one ad, numbered 1 until the issue is assembled: a full-page
// ad fills the trimmed page, its label at the head inside the trim; a half or
// quarter ad with no text to stand with takes its place at the foot.
Page ad_page(const Ad& ad, LayoutContext& ctx, const std::string& section);

// A warning for each half or quarter ad of the issue (house ads included)
// too tall for its format at the format's width: it is printed smaller, with
// white beside it.
void check_ad_formats(const Issue& issue, const LayoutContext& ctx, Diagnostics& diagnostics);

// The label's text, the same over every ad.
inline constexpr const char* kAdLabel = "Anzeige";

}  // namespace heftsatz
