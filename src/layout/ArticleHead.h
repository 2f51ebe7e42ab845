// An article's head: kicker and title across the columns at the top of
// its first page, the lead below them in the first two columns (a line of
// 60 to 70 characters, not the 90 of three columns), and where the body
// begins: below the lead in its columns, below the title in the others.
//
// The head must leave room for the text: a lead that would take more than
// half the page opens the body instead, set in the body's bold face (a
// warning); a kicker or title that leaves fewer than three lines for the
// text on the first page is an error naming it. Nothing is cut off.
#pragma once

#include "layout/BlockSetter.h"
#include "layout/LayoutContext.h"

#include <vector>

namespace heftsatz {

// The head leaves at least this many grid lines for the text on the first
// page; with a lead it may fill at most half the page (1 / kLeadShare).
inline constexpr int kMinBodyLines = 3;
inline constexpr int kLeadShare = 2;

// The columns a lead takes: two, or all of a narrower page.
int lead_columns(const PageSpec& page);

// Where the lines of the head go: the baseline of each line of each block,
// and the grid line where the body begins below them in each column.
struct HeaderPlan {
    std::vector<std::vector<Pt>> baselines;  // per block, per line
    int body_start = 0;  // below the whole head (the lowest of column_start)
    std::vector<int> column_start;  // per column of the first page
};

HeaderPlan plan_header(const std::vector<const SetBlock*>& header, const LayoutContext& ctx);

// Whether the lead (if any) stays in the head below `header` (kicker and
// title); else it opens the body, with a warning. Adds an error if the
// kicker or title leaves too little room for the text.
bool fit_header(const Article& article, const std::vector<SetBlock>& header, const SetBlock* lead,
                LayoutContext& ctx, Diagnostics& diagnostics);

}  // namespace heftsatz
