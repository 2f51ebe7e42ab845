// Where the company directory's columns break. The directory is a list of
// units that never split (an entry, with its logo, name, address, phone,
// web and text, or a part of an entry taller than a column); every column
// opens with a head (its category's, or the category's again with
// "(Fortsetzung)" where a category runs on), so a head always stands with
// at least its first whole entry, never alone at a column's foot.
//
// Whole entries of five to fifteen lines rarely add up to even columns, so
// a column may also be feathered on the grid (as newspapers square up
// columns): each gap inside it, above a head or an entry, may take one
// grid line more. A column is rather widened in every gap (it reads as set
// that way) than in a few (one wide gap among narrow ones reads as a hole),
// and otherwise by as few lines as will do.
//   - The page count is the fewest pages that hold the units: filling each
//     column with as many units as fit is optimal for that.
//   - The full pages keep what that filling gives them (their units are the
//     most that fit, which leaves next to no other break of them); each
//     column is opened up to within one line of the foot as far as its
//     gaps allow.
//   - The last page is balanced by trying its breaks, not by filling:
//     among the breaks whose column feet lie within one grid line of each
//     other, the one with the most columns (two entries of different
//     length stand in one column rather than side by side with ragged
//     feet), then the fewest uneven gaps, then the least feathering, then
//     the shortest columns, then the fewest repeated heads. If no break
//     balances to one line, the shortest columns, then the most even feet.
#pragma once

#include <cstddef>
#include <vector>

namespace heftsatz {

// Heights in grid lines. The later part of an entry that runs on has no
// head and no gap above it: its `lead` and `top` are 0.
struct DirectoryUnit {
    int height = 0;  // the unit's own lines and logo
    // Above it after another unit in its column: the gap (which feathering
    // may widen), and its category's head if it opens the category.
    int lead = 0;
    // Above it at a column's head: its head, or its category's head again
    // with "(Fortsetzung)", and the gap below that.
    int top = 0;
    bool opens_category = false;  // else a head at a column's head is a repeated one
};

struct DirectoryColumnSpace {
    int columns_per_page = 1;
    int first_page_lines = 0;  // grid lines a column of the first page holds (below the title)
    int page_lines = 0;        // grid lines a column of every further page holds
};

struct DirectoryColumn {
    std::size_t first_unit = 0;
    int feathering = 0;  // grid lines added to as many of the column's gaps, one each
};

// The columns, numbered across pages (page = column / columns_per_page);
// the last page may use fewer columns than it has. Every column holds at
// least one unit, even one taller than the column (the caller cuts entries
// so that this does not happen).
std::vector<DirectoryColumn> break_directory_columns(const std::vector<DirectoryUnit>& units,
                                                     const DirectoryColumnSpace& space);

}  // namespace heftsatz
