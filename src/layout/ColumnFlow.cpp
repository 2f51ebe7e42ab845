#include "layout/ColumnFlow.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace heftsatz {
namespace {

// A paragraph broken again so that no hyphen ends a page may be looser than
// it was, up to word spaces of this many times their natural width; beyond
// it, the flow moves the hyphenated line on rather than open a hole.
constexpr double kLoosestRebreak = 2.0;

// The widest word spacing of a justified paragraph's lines, as a multiple
// of the natural width.
double loosest(const std::vector<SetLine>& lines) {
    double worst = 0;
    for (const SetLine& line : lines)
        if (!line.last && line.natural_space > 0) worst = std::max(worst, line.space / line.natural_space);
    return worst;
}


// Grid lines a line of this block takes (headings with a larger leading
// take more than one; everything stays on the grid).
int steps_per_line(const SetBlock& block, Pt grid) {
    return std::max(1, static_cast<int>(std::ceil(block.style->leading / grid - 1e-6)));
}

int space_before_lines(const SetBlock& block, Pt grid) {
    if (block.space_before_lines >= 0) return block.space_before_lines;
    return static_cast<int>(std::ceil(block.style->space_before / grid - 1e-6));
}

// How many columns a float or a line looks ahead for room before it takes
// a place anyway (a column can only lack room for floats stacked in it).
constexpr int kFloatSearch = 1000;

struct Cursor {
    int column = 0;
    int line = 0;
};

// A figure's place: its (first) column and top grid line.
struct FloatSpot {
    int column = 0;
    int top = 0;
};

// Reserves the tops of columns for the floats, each at the column (page)
// asked for or the next one with room, stacked in block order.
std::map<std::size_t, FloatSpot> reserve(const std::vector<SetBlock>& blocks, const ColumnSpace& space,
                                         const std::map<std::size_t, int>& wanted, std::map<int, int>& reserved) {
    std::map<std::size_t, FloatSpot> spots;
    const int per_page = space.columns_per_page;
    for (const auto& [b, column] : wanted) {
        const SetBlock& block = blocks[b];
        const int step = block.span_page ? per_page : 1;
        int c = block.span_page ? column - column % per_page : column;
        for (int tries = 0;; ++tries, c += step) {
            int top = 0;
            for (int k = c; k < c + step; ++k) top = std::max(top, space.first_line(k) + reserved[k]);
            const bool room = top + block.float_lines <= space.end_line(c);
            // Past two pages a float may go into a column shortened for
            // balance or an ad, but never past the page's foot, where its
            // caption would be lost; a float taller than any column (an
            // error the figure reported) still gets a place.
            const bool on_page = top + block.float_lines <= space.lines_per_column;
            if (room || (tries > 2 * per_page && on_page) || tries > kFloatSearch) {
                for (int k = c; k < c + step; ++k) reserved[k] = top + block.float_lines - space.first_line(k);
                spots[b] = FloatSpot{c, top};
                break;
            }
        }
    }
    return spots;
}

// One flow of the text around the reserved floats. Records in `cited` the
// column where each float is met.
Flow flow_text(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid,
               std::map<int, int>& reserved, std::map<std::size_t, int>& cited) {
    Flow flow;
    flow.lines.reserve(blocks.size());
    for (const SetBlock& block : blocks) flow.lines.push_back(&block.lines);
    std::vector<LinePlacement>& placed = flow.placed;
    auto first_free = [&](int column) { return space.first_line(column) + reserved[column]; };
    Cursor at{-1, 0};
    int capacity = 0;
    auto next_column = [&] {
        // A column filled by floats, or whose first free line lies below
        // its end, takes no text: lines placed there would fall off the page.
        for (int skipped = 0; skipped < kFloatSearch; ++skipped) {
            ++at.column;
            at.line = first_free(at.column);
            capacity = space.end_line(at.column);
            if (at.line < capacity) break;
        }
    };
    auto at_column_head = [&] { return at.line <= first_free(at.column); };
    auto hyphen_allowed_at_end = [&] {
        const bool page_end = at.column % space.columns_per_page == space.columns_per_page - 1;
        return page_end ? space.hyphen_at_page_end : space.hyphen_at_column_end;
    };
    auto lines_of = [&](std::size_t k) { return static_cast<int>(flow.lines[k]->size()); };
    next_column();

    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const SetBlock& block = blocks[b];
        if (block.is_float()) {
            cited[b] = at.column;
            continue;
        }
        const bool starts_chain = block.keep_with_next && (b == 0 || !blocks[b - 1].keep_with_next);
        if (starts_chain) {
            // Blocks that keep together move on as one if the column cannot hold them.
            int chain = 0;
            for (std::size_t k = b; k < blocks.size(); ++k) {
                chain += (k > b ? space_before_lines(blocks[k], grid) : 0) + blocks[k].image_lines +
                         lines_of(k) * steps_per_line(blocks[k], grid);
                if (!blocks[k].keep_with_next) break;
            }
            const int space = at_column_head() ? 0 : space_before_lines(block, grid);
            if (at.line + space + chain > capacity && !at_column_head()) next_column();
        }
        if (block.image_lines > 0) {
            if (!at_column_head()) at.line += space_before_lines(block, grid);
            if (at.line + block.image_lines > capacity && !at_column_head()) next_column();
            placed.push_back({b, LinePlacement::kImage, at.column, at.line});
            at.line += block.image_lines;
            continue;
        }
        if (block.lines.empty()) continue;
        const int step = steps_per_line(block, grid);
        if (!at_column_head() && !(b > 0 && blocks[b - 1].image_lines > 0)) at.line += space_before_lines(block, grid);
        if (at.line >= capacity) next_column();

        if (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Answer) {
            // Kept whole; a heading (or question) also keeps two lines of what follows.
            int need = lines_of(b) * step;
            const bool keeps_next = block.kind == BlockKind::Heading || block.kind == BlockKind::Question;
            if (keeps_next && b + 1 < blocks.size()) need += std::min(2, lines_of(b + 1));
            if (at.line + need > capacity && !at_column_head()) next_column();
            for (int l = 0; l < lines_of(b); ++l) {
                if (at.line + step > capacity) next_column();
                placed.push_back({b, static_cast<std::size_t>(l), at.column, at.line + step - 1});
                at.line += step;
            }
            continue;
        }

        int index = 0;  // next line of this block to place
        LineConstraints constraints;
        while (index < lines_of(b)) {
            const std::vector<SetLine>& lines = *flow.lines[b];
            const int remaining = lines_of(b) - index;
            const int available = (capacity - at.line) / step;
            if (remaining <= available) {
                for (; index < lines_of(b); ++index, at.line += step)
                    placed.push_back({b, static_cast<std::size_t>(index), at.column, at.line + step - 1});
                break;
            }
            int k = available;
            if (index == 0 && k == 1) k = 0;  // orphan
            if (remaining - k == 1) {         // widow
                k -= 1;
                if (index == 0 && k == 1) k = 0;
            }
            // A column too short for the rules still takes what fits, or
            // the flow would never end.
            if (k == 0 && at_column_head()) k = std::max(1, available);
            if (k > 0) {
                const int last = index + k - 1;
                const bool forbidden = std::find(constraints.no_hyphen_lines.begin(),
                                                 constraints.no_hyphen_lines.end(),
                                                 last) != constraints.no_hyphen_lines.end();
                if (!hyphen_allowed_at_end() && lines[static_cast<std::size_t>(last)].info.hyphenated && !forbidden &&
                    constraints.no_hyphen_lines.size() < 3) {
                    LineConstraints trial = constraints;
                    trial.no_hyphen_lines.push_back(last);
                    std::sort(trial.no_hyphen_lines.begin(), trial.no_hyphen_lines.end());
                    const std::vector<SetLine>& relined = memo.lines(blocks, b, trial);
                    if (loosest(relined) <= std::max(kLoosestRebreak, loosest(lines))) {
                        constraints = trial;
                        flow.lines[b] = &relined;
                        flow.constraints[b] = constraints;
                        continue;  // same place, new lines
                    }
                    // Broken again, the paragraph would show a hole: the
                    // hyphenated lines go on to the next column instead,
                    // and this one ends a line or two short.
                    while (k > 0 && lines[static_cast<std::size_t>(index + k - 1)].info.hyphenated) --k;
                    if (index == 0 && k == 1) k = 0;                        // orphan
                    if (k == 0 && at_column_head()) k = std::max(1, available);  // the flow must end
                }
                for (int i = 0; i < k; ++i, ++index, at.line += step)
                    placed.push_back({b, static_cast<std::size_t>(index), at.column, at.line + step - 1});
            }
            next_column();
        }
    }
    return flow;
}

// Paragraph parts of one line at a column's foot (orphans) or head (widows).
int widows_and_orphans(const std::vector<SetBlock>& blocks, const std::vector<LinePlacement>& placed) {
    std::map<std::size_t, std::vector<int>> parts;  // block → lines per column, in order
    std::map<std::size_t, int> last_column_of;
    for (const LinePlacement& p : placed) {
        const SetBlock& block = blocks[p.block];
        if (p.line == LinePlacement::kImage || (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Answer))
            continue;
        auto& v = parts[p.block];
        auto [it, added] = last_column_of.try_emplace(p.block, p.column);
        if (added || it->second != p.column) v.push_back(0);
        it->second = p.column;
        ++v.back();
    }
    int count = 0;
    for (const auto& [b, v] : parts)
        if (v.size() > 1) count += (v.front() == 1) + (v.back() == 1);
    return count;
}

int last_column(const std::vector<LinePlacement>& placed) {
    int last = 0;
    for (const LinePlacement& p : placed) last = std::max(last, p.column);
    return last;
}

}  // namespace

Flow flow_columns(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid) {
    std::map<std::size_t, int> wanted;  // float → column (page) asked for
    std::map<std::size_t, FloatSpot> spots;
    Flow flow;
    for (int round = 0; round < 4; ++round) {
        std::map<int, int> reserved;
        spots = reserve(blocks, space, wanted, reserved);
        std::map<std::size_t, int> cited;
        flow = flow_text(blocks, memo, space, grid, reserved, cited);
        bool stable = true;
        for (const auto& [b, column] : cited) {
            const int per = blocks[b].span_page ? space.columns_per_page : 1;
            auto it = spots.find(b);
            // Stable when the float sits where it is cited, or later for want of room.
            if (it == spots.end() || it->second.column / per < column / per) {
                stable = false;
                wanted[b] = column;
            }
        }
        if (stable) break;
    }
    for (const auto& [b, spot] : spots) {
        flow.placed.push_back({b, LinePlacement::kImage, spot.column, spot.top});
        const SetBlock& block = blocks[b];
        const int caption_top = spot.top + block.float_lines - static_cast<int>(block.lines.size()) - 1;
        for (std::size_t l = 0; l < block.lines.size(); ++l)
            flow.placed.push_back({b, l, spot.column, caption_top + static_cast<int>(l)});
    }
    // Reading order: column by column, top to bottom.
    std::stable_sort(flow.placed.begin(), flow.placed.end(), [](const LinePlacement& a, const LinePlacement& b) {
        return a.column != b.column ? a.column < b.column : a.grid_line < b.grid_line;
    });
    return flow;
}

Flow flow_balanced(const std::vector<SetBlock>& blocks, LineMemo& memo, ColumnSpace space, Pt grid) {
    Flow natural = flow_columns(blocks, memo, space, grid);
    if (natural.placed.empty()) return natural;
    const int per_page = space.columns_per_page;
    const int last_page = last_column(natural.placed) / per_page;
    space.balanced_from = last_page * per_page;
    const int top = space.first_line(space.balanced_from);
    // A balanced height fits if it keeps the page count and forces no widow
    // or orphan that the natural flow did not have.
    const int natural_faults = widows_and_orphans(blocks, natural.placed);
    auto fits = [&](const Flow& flow) {
        return last_column(flow.placed) / per_page == last_page &&
               widows_and_orphans(blocks, flow.placed) <= natural_faults;
    };
    // Bisection on the last page's column end: lo never fits, hi always
    // does; the best fitting flow is kept, so nothing is flowed twice.
    int lo = top, hi = space.lines_per_column;
    Flow best = std::move(natural);
    while (hi - lo > 1) {
        space.balanced_end = (lo + hi) / 2;
        Flow trial = flow_columns(blocks, memo, space, grid);
        if (fits(trial)) {
            hi = space.balanced_end;
            best = std::move(trial);
        } else {
            lo = space.balanced_end;
        }
    }
    return best;
}

}  // namespace heftsatz
