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
    // Columns from this one on end at `balanced_end` instead of
    // lines_per_column (the last page of an article, balanced).
    int balanced_from = -1;
    int balanced_end = 0;

    int end_line(int column) const {
        return balanced_from >= 0 && column >= balanced_from ? balanced_end : lines_per_column;
    }
};

// Places every line of `blocks` (which may be broken again). Never drops a
// line: a block taller than a column is split wherever it must be.
std::vector<LinePlacement> flow_columns(std::vector<SetBlock>& blocks, const ColumnSpace& space,
                                        Pt grid);

// Flows `blocks` so that the columns of the last page come out balanced: the
// shortest last-page column height that keeps the page count (found by
// bisection, since a shorter height never needs fewer columns).
std::vector<LinePlacement> flow_balanced(std::vector<SetBlock>& blocks, ColumnSpace space,
                                         int columns_per_page, Pt grid);

}  // namespace heftsatz
