// How full a laid-out page is: the share of its type area's column length
// that holds text, figures or ads, measured on the page's items as placed
// (the JSON report's "fill", the flatplan's bar, the page planner's goal).
//
// Per column, the union of the vertical extents of the items standing in
// that column inside the type area; the page's fill is their sum over
// columns × type-area height. What counts:
// - a line of text holds its band on the grid, from a grid step's ascent
//   (or its font's ascender, if larger) above the baseline to the rest of
//   the step (or the descender) below, so full columns of body text leave
//   no gaps between their lines;
// - figures, ads and the tinted ground of boxes hold their rectangles; an
//   image across several columns counts in each;
// - rules (the "Notizen" lines, separators) and links are not text, figures
//   or ads and do not count;
// - running heads, folios and footer rules lie outside the type area and
//   do not count.
// White narrower than one grid step (the leading of large type, the space
// around a figure, the remainder at a column's foot below its last grid
// line) cannot hold a line of text: it is not a hole and counts as held.
// Between two items, white of exactly one step counts as held too: it is
// the line a subhead, a head or a news item keeps above itself, spacing
// the layout asks for. Two empty lines inside a column, or one at its foot,
// are a hole.
// An item counts in a column when at least half of it, or half of the
// column, lies in the column's x range: a line hanging into the gutter by
// its protrusion does not count in the next column, a head across the page
// counts in every column it crosses. A line of text wider than one and a
// half columns (a head's title or lead) holds its band across the whole type area: the
// white beside a short title belongs to the head.
#pragma once

#include "layout/Frame.h"
#include "manifest/LayoutSpec.h"

#include <vector>

namespace heftsatz {

struct PageFill {
    double fill = 0;              // 0..1, over all columns
    std::vector<double> columns;  // 0..1 per column, left to right
};

// The fill of `page`, whose type area and columns `spec` gives (left- and
// right-hand pages by the page's number, as the layout places them).
PageFill measure_fill(const Page& page, const PageSpec& spec);
// The same with `more` standing on the page too: what the planner would add
// (news, an ad), measured without a copy of the page to add it to.
PageFill measure_fill(const Page& page, const std::vector<FrameItem>& more, const PageSpec& spec);

}  // namespace heftsatz
