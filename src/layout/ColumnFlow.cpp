#include "layout/ColumnFlow.h"

#include "layout/RepeatedSentence.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace heftsatz {
namespace {

// A paragraph broken again so that no hyphen ends a page may be looser than
// it was, up to word spaces of this many times their natural width; beyond
// it, the flow moves the hyphenated line on rather than open a hole.
constexpr double kLoosestRebreak = 2.0;

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
// A page-wide figure at a page's foot leaves at least these lines of text
// above it in every column.
constexpr int kTextAboveFootFloat = 3;
// A pull quote never opens a column, where it would read as a headline:
// text lines above it in its column, and below it where text follows.
constexpr int kTextAboveQuote = 3;
constexpr int kTextBelowQuote = 2;
// Lines a pull quote stands below the level of its sentence in a later
// column of the same page: level with it, the eye takes in both at once.
constexpr int kLevel = 2;

struct Cursor {
    int column = 0;
    int line = 0;
};

// A figure's place: its (first) column and top grid line.
struct FloatSpot {
    int column = 0;
    int top = 0;
};

// The grid lines floats take: below a column's first line (figures at the
// head) and above its end (a page-wide figure at the foot).
struct Reserved {
    std::map<int, int> head;
    std::map<int, int> foot;
};

// Whether the columns of the page from `column` on begin at different grid
// lines: an article's first page, its lead two columns wide.
bool uneven_heads(const ColumnSpace& space, int column) {
    for (int k = column + 1; k < column + space.columns_per_page; ++k)
        if (space.first_line(k) != space.first_line(column)) return true;
    return false;
}

// Reserves the places of the floats, each at the column (page) asked for
// or the next one with room, stacked in block order: at the tops of
// columns, except a page-wide figure on a page whose columns begin at
// different lines, which goes to the page's foot (at its top it would leave
// a hole in the column that begins higher).
std::map<std::size_t, FloatSpot> reserve(const std::vector<SetBlock>& blocks, const ColumnSpace& space,
                                         const std::map<std::size_t, int>& wanted, Reserved& reserved) {
    std::map<std::size_t, FloatSpot> spots;
    const int per_page = space.columns_per_page;
    auto end_of = [&](int k) { return space.end_line(k) - reserved.foot[k]; };
    for (const auto& [b, column] : wanted) {
        const SetBlock& block = blocks[b];
        const int step = block.span_page ? per_page : 1;
        int c = block.span_page ? column - column % per_page : column;
        for (int tries = 0;; ++tries, c += step) {
            int top = 0;
            for (int k = c; k < c + step; ++k) top = std::max(top, space.first_line(k) + reserved.head[k]);
            const bool at_foot = block.span_page && uneven_heads(space, c);
            if (at_foot) {
                int end = space.lines_per_column;
                for (int k = c; k < c + step; ++k) end = std::min(end, end_of(k));
                // A blank line above it parts it from the text.
                const int spot = std::max(0, end - block.unit_lines);
                const bool room = spot - 1 >= top + kTextAboveFootFloat;
                if (room || (tries > 2 * per_page && spot >= top) || tries > kFloatSearch) {
                    for (int k = c; k < c + step; ++k) reserved.foot[k] = space.end_line(k) - spot + 1;
                    spots[b] = FloatSpot{c, spot};
                    break;
                }
                continue;
            }
            const bool room = top + block.unit_lines <= end_of(c);
            // Past two pages a float may go into a column shortened for
            // balance or an ad, but never past the page's foot, where its
            // caption would be lost; a float taller than any column (an
            // error the figure reported) still gets a place.
            const bool on_page = top + block.unit_lines <= space.lines_per_column;
            if (room || (tries > 2 * per_page && on_page) || tries > kFloatSearch) {
                for (int k = c; k < c + step; ++k) reserved.head[k] = top + block.unit_lines - space.first_line(k);
                spots[b] = FloatSpot{c, top};
                break;
            }
        }
    }
    return spots;
}

// How far a pull quote may give way when the article has no place for it
// by the rules: each step is taken only when the one before found none.
enum class QuoteRule {
    BelowSentence,   // in a later column; on the sentence's page, below its level
    LaterColumn,     // in a later column, not level with the sentence
    SameColumn,      // below the sentence, in its column (Flow::near_sentence)
};

// A pull quote waiting for its place: after the line where the sentence it
// repeats ends, or after the paragraph it follows (no rule but that).
struct PendingQuote {
    std::size_t block = 0;
    int column = 0;
    int line = 0;
    bool found = false;
    QuoteRule rule = QuoteRule::BelowSentence;
};

// One flow of the text around the reserved floats. Records in `cited` the
// column where each float is met, and in `forced` the pull quotes that
// found no place by their rules (placed at the end of the text).
Flow flow_text(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid,
               Reserved& reserved, std::map<std::size_t, int>& cited, const std::map<std::size_t, QuoteRule>& relaxed,
               std::set<std::size_t>& forced) {
    Flow flow;
    flow.lines.reserve(blocks.size());
    for (const SetBlock& block : blocks) flow.lines.push_back(&block.lines);
    for (const auto& [b, looseness] : space.looseness) {
        const LineConstraints looser{{}, looseness};
        flow.lines[b] = &memo.lines(blocks, b, looser);
        flow.constraints[b] = looser;
    }
    std::vector<LinePlacement>& placed = flow.placed;
    auto first_free = [&](int column) { return space.first_line(column) + reserved.head[column]; };
    Cursor at{-1, 0};
    int capacity = 0;
    auto next_column = [&] {
        // A column filled by floats, or whose first free line lies below
        // its end, takes no text: lines placed there would fall off the page.
        for (int skipped = 0; skipped < kFloatSearch; ++skipped) {
            ++at.column;
            at.line = first_free(at.column);
            capacity = space.end_line(at.column) - reserved.foot[at.column];
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

    // Pull quotes: waiting for their sentence, then for a place.
    std::map<std::size_t, std::vector<std::size_t>> anchored;  // block → quotes that follow it
    for (std::size_t b = 0; b < blocks.size(); ++b)
        if (blocks[b].is_pull_quote() && blocks[b].repeats_block != SetBlock::kWhole)
            anchored[blocks[b].repeats_block].push_back(b);
    std::vector<PendingQuote> pending;
    std::size_t released = 0;  // blocks before this one have released their quotes
    auto release = [&](std::size_t upto) {
        for (; released < upto; ++released) {
            auto it = anchored.find(released);
            if (it == anchored.end()) continue;
            // The line the sentence ends on, where it was placed.
            const std::vector<SetLine>& lines = *flow.lines[released];
            for (std::size_t q : it->second) {
                const SetBlock& quote = blocks[q];
                const std::size_t last = quote.repeats_letters == SetBlock::kWhole
                                             ? lines.size() - 1
                                             : line_of_letter(blocks[released].paragraph(), lines, quote.repeats_letters);
                const auto rule = relaxed.find(q);
                PendingQuote p{q, at.column, at.line, quote.repeats_found,
                               rule == relaxed.end() ? QuoteRule::BelowSentence : rule->second};
                for (auto r = placed.rbegin(); r != placed.rend(); ++r)
                    if (r->block == released && r->line == last) {
                        p.column = r->column;
                        p.line = r->grid_line;
                        break;
                    }
                pending.push_back(p);
            }
        }
    };
    // The body's end: the source and keywords lines that close it.
    std::size_t tail = blocks.size();
    while (tail > 0 && blocks[tail - 1].kind == BlockKind::Meta && !blocks[tail - 1].is_float()) --tail;
    std::size_t last_text = SetBlock::kWhole;  // the last block whose lines were placed
    bool after_unit = false;                   // a pull quote just placed
    auto place_quote = [&](std::size_t q) {
        placed.push_back({q, LinePlacement::kImage, at.column, at.line});
        at.line += blocks[q].unit_lines;
        after_unit = true;
    };
    // Places the waiting quotes that may stand before block `b`.
    auto place_pending = [&](std::size_t b) {
        release(b);
        if (pending.empty() || last_text == SetBlock::kWhole) return;
        const SetBlock& before = blocks[last_text];
        if ((before.kind != BlockKind::Paragraph && before.kind != BlockKind::Answer) || before.group >= 0) return;
        const bool text_follows = b < tail;
        for (auto it = pending.begin(); it != pending.end();) {
            const int n = blocks[it->block].unit_lines;
            const int top = at.line, bottom = at.line + n;
            bool ok = top - first_free(at.column) >= kTextAboveQuote &&
                      bottom + (text_follows ? kTextBelowQuote : 0) <= capacity;
            const bool same_page = at.column / space.columns_per_page == it->column / space.columns_per_page;
            if (it->found && it->rule == QuoteRule::BelowSentence)
                ok = ok && at.column > it->column && (!same_page || top >= it->line + kLevel);
            // Behind the last paragraph a quote repeats what the reader has
            // just finished: only once the next rule found it no place
            // between paragraphs either.
            if (it->found && it->rule == QuoteRule::BelowSentence && !text_follows) ok = false;
            if (it->found && it->rule == QuoteRule::LaterColumn)
                ok = ok && at.column > it->column &&
                     (!same_page || top >= it->line + kLevel || bottom + kLevel <= it->line);
            if (!ok) {
                ++it;
                continue;
            }
            if (blocks[it->block].repeats_found && at.column == it->column) flow.near_sentence.push_back(it->block);
            flow.quotes_at_end += b >= tail;
            place_quote(it->block);
            pending.erase(it);
            return;  // one quote between two paragraphs: two in a row read as one
        }
    };
    // What found no place by the rules stands after the last paragraph.
    auto place_forced = [&] {
        release(blocks.size());
        for (const PendingQuote& p : pending) {
            if (at.line + blocks[p.block].unit_lines > capacity && !at_column_head()) next_column();
            if (blocks[p.block].repeats_found && at.column == p.column) flow.near_sentence.push_back(p.block);
            flow.quotes_at_head += at_column_head();
            ++flow.quotes_at_end;
            place_quote(p.block);
            forced.insert(p.block);
        }
        pending.clear();
    };

    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const SetBlock& block = blocks[b];
        if (block.is_float()) {
            cited[b] = at.column;
            continue;
        }
        if (block.is_pull_quote()) {
            if (block.repeats_block == SetBlock::kWhole) pending.push_back({b, at.column, at.line});
            continue;
        }
        place_pending(b);
        if (b == tail) place_forced();
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
        if (!at_column_head() && !after_unit && !(b > 0 && blocks[b - 1].image_lines > 0))
            at.line += space_before_lines(block, grid);
        if (at.line >= capacity) next_column();
        after_unit = false;
        last_text = b;

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
        if (auto it = space.looseness.find(b); it != space.looseness.end()) constraints.looseness = it->second;
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
    if (tail == blocks.size()) {
        place_pending(blocks.size());
        place_forced();
    }
    return flow;
}

}  // namespace

double loosest(const std::vector<SetLine>& lines) {
    double worst = 0;
    for (const SetLine& line : lines)
        if (!line.last && line.natural_space > 0) worst = std::max(worst, line.space / line.natural_space);
    return worst;
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

Flow flow_columns(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid) {
    std::map<std::size_t, int> wanted;  // float → column (page) asked for
    std::map<std::size_t, FloatSpot> spots;
    std::map<std::size_t, QuoteRule> relaxed;  // pull quotes that give way
    Flow flow;
    for (int round = 0; round < 6; ++round) {
        Reserved reserved;
        spots = reserve(blocks, space, wanted, reserved);
        std::map<std::size_t, int> cited;
        std::set<std::size_t> forced;
        flow = flow_text(blocks, memo, space, grid, reserved, cited, relaxed, forced);
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
        // A quote that found no place by its rule gives way a step: flow
        // again with that allowed.
        for (std::size_t q : forced) {
            if (!blocks[q].repeats_found) continue;
            auto [it, added] = relaxed.try_emplace(q, QuoteRule::LaterColumn);
            if (!added && it->second == QuoteRule::LaterColumn) {
                it->second = QuoteRule::SameColumn;
                added = true;
            }
            stable &= !added;
        }
        if (stable) break;
    }
    for (const auto& [b, spot] : spots) flow.placed.push_back({b, LinePlacement::kImage, spot.column, spot.top});
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
    int top = space.first_line(space.balanced_from);
    for (int k = 1; k < per_page; ++k) top = std::min(top, space.first_line(space.balanced_from + k));
    // A balanced height fits if it keeps the page count and forces no widow
    // or orphan, and no pull quote to a column's head, that the natural flow
    // did not have.
    const int natural_faults = widows_and_orphans(blocks, natural.placed);
    auto fits = [&](const Flow& flow) {
        return last_column(flow.placed) / per_page == last_page &&
               widows_and_orphans(blocks, flow.placed) <= natural_faults &&
               flow.quotes_at_head <= natural.quotes_at_head;
    };
    // Bisection on the last page's column end: lo never fits, hi (the
    // natural flow) does; the best fitting flow is kept, so nothing is
    // flowed twice.
    int lo = top, hi = space.lines_per_column;
    std::optional<Flow> best;
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
    if (!best) return natural;
    // Better still, the columns keep the pull quotes between paragraphs as
    // the natural flow does: behind the last paragraph a quote repeats what
    // the reader has just finished, beside its sentence it repeats what the
    // reader sees. Shorter columns do not always make that harder, so the
    // heights above the balanced one are tried in turn (a few lines at
    // most) and the first that keeps them is taken.
    auto quotes_in_place = [&](const Flow& flow) {
        return flow.quotes_at_end <= natural.quotes_at_end && flow.near_sentence.size() <= natural.near_sentence.size();
    };
    for (int end = hi + 1; !quotes_in_place(*best) && end < space.lines_per_column; ++end) {
        space.balanced_end = end;
        Flow trial = flow_columns(blocks, memo, space, grid);
        if (fits(trial) && quotes_in_place(trial)) return trial;
    }
    return std::move(*best);
}

}  // namespace heftsatz
