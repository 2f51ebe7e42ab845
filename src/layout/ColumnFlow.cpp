#include "layout/ColumnFlow.h"

#include <algorithm>
#include <cmath>

namespace heftsatz {
namespace {

// Grid lines a line of this block takes (headings with a larger leading
// take more than one; everything stays on the grid).
int steps_per_line(const SetBlock& block, Pt grid) {
    return std::max(1, static_cast<int>(std::ceil(block.style->leading / grid - 1e-6)));
}

int space_before_lines(const SetBlock& block, Pt grid) {
    return static_cast<int>(std::ceil(block.style->space_before / grid - 1e-6));
}

struct Cursor {
    int column = 0;
    int line = 0;
};

}  // namespace

std::vector<LinePlacement> flow_columns(std::vector<SetBlock>& blocks, const ColumnSpace& space,
                                        Pt grid) {
    std::vector<LinePlacement> placed;
    Cursor at{0, space.first_line(0)};
    int capacity = space.end_line(0);
    auto next_column = [&] {
        ++at.column;
        at.line = space.first_line(at.column);
        capacity = space.end_line(at.column);
    };
    auto at_column_head = [&] { return at.line <= space.first_line(at.column); };

    for (std::size_t b = 0; b < blocks.size(); ++b) {
        SetBlock& block = blocks[b];
        if (block.lines.empty()) continue;
        const int step = steps_per_line(block, grid);
        if (!at_column_head()) at.line += space_before_lines(block, grid);
        if (at.line >= capacity) next_column();

        if (block.kind == BlockKind::Heading || block.kind == BlockKind::Meta) {
            // Kept whole; a heading also keeps two lines of what follows.
            int need = static_cast<int>(block.lines.size()) * step;
            if (block.kind == BlockKind::Heading && b + 1 < blocks.size())
                need += static_cast<int>(std::min<std::size_t>(2, blocks[b + 1].lines.size()));
            if (at.line + need > capacity && !at_column_head()) next_column();
            for (std::size_t l = 0; l < block.lines.size(); ++l) {
                if (at.line + step > capacity) next_column();
                placed.push_back({b, l, at.column, at.line + step - 1});
                at.line += step;
            }
            continue;
        }

        std::size_t index = 0;  // next line of this block to place
        int rebreaks = 0;
        while (index < block.lines.size()) {
            const int n = static_cast<int>(block.lines.size());
            const int remaining = n - static_cast<int>(index);
            const int available = (capacity - at.line) / step;
            if (remaining <= available) {
                for (; index < block.lines.size(); ++index, at.line += step)
                    placed.push_back({b, index, at.column, at.line + step - 1});
                break;
            }
            int k = available;
            if (index == 0 && k == 1) k = 0;     // orphan
            if (remaining - k == 1) {            // widow
                k -= 1;
                if (index == 0 && k == 1) k = 0;
            }
            // A column too short for the rules still takes what fits, or
            // the flow would never end.
            if (k == 0 && at_column_head()) k = std::max(1, available);
            if (k > 0) {
                const int last = static_cast<int>(index) + k - 1;
                if (block.lines[static_cast<std::size_t>(last)].info.hyphenated && rebreaks < 3 &&
                    !block.no_hyphen_lines.count(last)) {
                    block.no_hyphen_lines.insert(last);
                    block.rebreak();
                    ++rebreaks;
                    continue;  // same place, new lines
                }
                for (int i = 0; i < k; ++i, ++index, at.line += step)
                    placed.push_back({b, index, at.column, at.line + step - 1});
            }
            next_column();
        }
    }
    return placed;
}

std::vector<LinePlacement> flow_balanced(std::vector<SetBlock>& blocks, ColumnSpace space,
                                         int columns_per_page, Pt grid) {
    std::vector<LinePlacement> natural = flow_columns(blocks, space, grid);
    if (natural.empty()) return natural;
    const int last_page = natural.back().column / columns_per_page;
    space.balanced_from = last_page * columns_per_page;
    const int top = space.first_line(space.balanced_from);
    auto fits = [&](const std::vector<LinePlacement>& placed) {
        return placed.back().column / columns_per_page == last_page;
    };
    // Bisection on the last page's column end: lo never fits, hi always does.
    int lo = top, hi = space.lines_per_column;
    while (hi - lo > 1) {
        space.balanced_end = (lo + hi) / 2;
        (fits(flow_columns(blocks, space, grid)) ? hi : lo) = space.balanced_end;
    }
    // Flow once more at the chosen end: a trial may have broken a paragraph
    // again (no hyphen at a column end), and placements must refer to the
    // blocks' final lines.
    space.balanced_end = hi;
    std::vector<LinePlacement> placed = flow_columns(blocks, space, grid);
    return fits(placed) ? placed : flow_columns(blocks, ColumnSpace{space.lines_per_column, space.first_line}, grid);
}

}  // namespace heftsatz
