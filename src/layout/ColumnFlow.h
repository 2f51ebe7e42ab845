// Flows set blocks through a sequence of columns on the baseline grid.
//
// Every line occupies whole grid lines. Rules, as German book and magazine
// typesetting states them:
//   - no orphan: a paragraph's first line never stands alone at a column's
//     foot; no widow: its last line never stands alone at a column's head;
//   - a heading stays with the first two lines of the paragraph after it;
//     space before a heading is dropped at the head of a column;
//   - no hyphen at the end of a column: the paragraph is broken again with
//     that line forbidden to end in a hyphen (SetBlock::rebreak), and only
//     if that fails is the line moved on.
// Columns are numbered across pages; the caller maps them to pages, so this
// step knows nothing about pages.
#pragma once

#include "layout/BlockSetter.h"

#include <functional>
#include <vector>

namespace heftsatz {

struct LinePlacement {
    std::size_t block = 0;
    std::size_t line = 0;
    int column = 0;     // across pages: page = column / columns per page
    int grid_line = 0;  // baseline grid line inside the column
};

struct ColumnSpace {
    int lines_per_column = 0;
    // The first free grid line of each column (below an article's header).
    std::function<int(int column)> first_line;
};

// Places every line of `blocks` (which may be broken again). Never drops a
// line: a block taller than a column is split wherever it must be.
std::vector<LinePlacement> flow_columns(std::vector<SetBlock>& blocks, const ColumnSpace& space,
                                        Pt grid);

}  // namespace heftsatz
