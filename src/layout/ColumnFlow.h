// Flows set blocks through a sequence of columns on the baseline grid.
//
// Every line occupies whole grid lines. Rules, as German book and magazine
// typesetting states them:
//   - no orphan: a paragraph's first line never stands alone at a column's
//     foot; no widow: its last line never stands alone at a column's head;
//   - a heading stays with the first two lines of the paragraph after it;
//     space before a heading is dropped at the head of a column;
//   - no hyphen on the last line of a page (a reader turning the page has
//     to hold half a word) or before a jump line; a column end elsewhere may
//     end in a hyphen, as German practice allows (both ColumnSpace
//     settings). The paragraph's lines are then taken broken with that line
//     forbidden to end in a hyphen (LineMemo), and only if that fails is the
//     line moved on.
// Columns are numbered across pages; the caller maps them to pages.
//
// Measure, then place: blocks come in set and are never changed; a flow
// returns where each line goes and which lines each block was set in, so
// trial flows leave nothing behind.
#pragma once

#include "layout/BlockSetter.h"
#include "layout/LineMemo.h"

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace heftsatz {

struct LinePlacement {
    static constexpr std::size_t kImage = static_cast<std::size_t>(-1);
    std::size_t block = 0;
    // Index into the block's lines, or kImage for a block placed whole: a
    // figure or pull quote (Furniture.h), a logo.
    std::size_t line = 0;
    int column = 0;        // across pages: page = column / columns per page
    int grid_line = 0;     // baseline grid line inside the column (for kImage: its top line)
};

struct ColumnSpace {
    int lines_per_column = 0;
    int columns_per_page = 1;
    // The first free grid line of each column (below an article's header).
    std::function<int(int column)> first_line;
    // Columns from this one on end at `balanced_end` instead of
    // lines_per_column (the last page of an article, balanced).
    int balanced_from = -1;
    int balanced_end = 0;
    // The bottom `reserved_lines` of the columns from `reserved_column` to
    // `reserved_column_end` (counted within the page) of page
    // `reserved_page` hold an ad (or a jump line).
    int reserved_page = -1;
    int reserved_column = 0;
    int reserved_column_end = 1 << 20;  // exclusive: on a left-hand page, the outer columns are the first
    int reserved_lines = 0;
    // Whether a column's last line may end in a hyphen: at a page's end (and
    // before a jump line, which ends a page) German practice says no, at an
    // inner column's end yes (the layout's <justification>).
    bool hyphen_at_page_end = false;
    bool hyphen_at_column_end = true;
    // Copyfitting's choice: blocks set this many lines longer (or shorter)
    // than their best breaking (Copyfit.h).
    std::map<std::size_t, int> looseness;

    int end_line(int column) const {
        int end = balanced_from >= 0 && column >= balanced_from ? balanced_end : lines_per_column;
        if (column / columns_per_page == reserved_page && column % columns_per_page >= reserved_column &&
            column % columns_per_page < reserved_column_end)
            end = std::min(end, lines_per_column - reserved_lines);
        return end;
    }
};

// One flow's result: the placements, and per block the lines they index
// (the block's own, or its lines under the constraints in `constraints`).
struct Flow {
    std::vector<LinePlacement> placed;
    std::vector<const std::vector<SetLine>*> lines;  // per block
    std::map<std::size_t, LineConstraints> constraints;  // blocks set under a constraint
    // Pull quotes that found no room after their sentence but in its column,
    // and how many had to open a column (no room below the text at all).
    std::vector<std::size_t> near_sentence;
    int quotes_at_head = 0;
    // Pull quotes that stand behind the article's last paragraph: no rule
    // found them a place between paragraphs.
    int quotes_at_end = 0;
};

// Places every line of `blocks`. Never drops a line: a block taller than a
// column is split wherever it must be.
//
// Figures float to the top of the column where they are cited, or of every
// column of that page if they span it, or to the next column (page) that
// has room: a first flow finds where each is cited, the next reserves that
// place and flows again, until the places hold (at most a few rounds). A
// page-wide figure on a page whose columns begin at different lines (an
// article's first page, its lead two columns wide) stands at its foot.
//
// A pull quote stands after the sentence it repeats (SetBlock::repeats_*),
// between two paragraphs, in a later column than that sentence and, on its
// page, below its level, with text above it in its column (at a column's
// head it would read as a headline). Where the article has no such place it
// may stand level with the sentence in a later column, then after the last
// paragraph in a later column (Flow::quotes_at_end), then follow the
// sentence in its own column (a flow more each, and Flow::near_sentence);
// where it has none at all, it stands after the last paragraph.
Flow flow_columns(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid);

// The widest word spacing of a justified paragraph's lines (its last line
// aside), as a multiple of the natural width.
double loosest(const std::vector<SetLine>& lines);

// Paragraph parts of one line at a column's foot (orphans) or head
// (widows) in `placed`.
int widows_and_orphans(const std::vector<SetBlock>& blocks, const std::vector<LinePlacement>& placed);

// The last column (across pages) any placement is in.
int last_column(const std::vector<LinePlacement>& placed);

// Flows `blocks` so that the columns of the last page come out balanced: the
// shortest last-page column height that keeps the page count and adds no
// widow, orphan or pull quote at a column's head (found by bisection, since
// a shorter height never needs fewer columns), and, if some height allows,
// keeps the pull quotes between paragraphs as the natural flow does.
Flow flow_balanced(const std::vector<SetBlock>& blocks, LineMemo& memo, ColumnSpace space, Pt grid);

}  // namespace heftsatz
