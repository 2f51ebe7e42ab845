#include "layout/DirectoryColumns.h"

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <utility>

namespace heftsatz {
namespace {

// The grid lines units [i, j) take in one column (from prefix sums), and
// the gaps between them that may take a line more: above a head, or above
// an entry (a part of an entry that runs on has no gap above it).
class ColumnHeights {
public:
    explicit ColumnHeights(const std::vector<DirectoryUnit>& units)
        : units_(units), sums_(units.size() + 1, 0), heads_(units.size() + 1, 0), gaps_(units.size() + 1, 0) {
        for (std::size_t k = 0; k < units.size(); ++k) {
            sums_[k + 1] = sums_[k] + units[k].lead + units[k].height;
            heads_[k + 1] = heads_[k] + (units[k].opens_category ? 1 : 0);
            gaps_[k + 1] = gaps_[k] + (units[k].lead > 0 ? 1 : 0);
        }
    }
    long long operator()(std::size_t i, std::size_t j) const {
        return units_[i].top + units_[i].height + sums_[j] - sums_[i + 1];
    }
    long long head_gaps(std::size_t i, std::size_t j) const { return heads_[j] - heads_[i + 1]; }
    long long entry_gaps(std::size_t i, std::size_t j) const { return gaps_[j] - gaps_[i + 1] - head_gaps(i, j); }
    bool opens_category(std::size_t i) const { return units_[i].opens_category; }

private:
    const std::vector<DirectoryUnit>& units_;
    std::vector<long long> sums_, heads_, gaps_;
};

int capacity(const DirectoryColumnSpace& space, std::size_t column) {
    return column < static_cast<std::size_t>(space.columns_per_page) ? space.first_page_lines : space.page_lines;
}

// How a column is opened up: the lines added (one to a gap, the gaps above
// heads first, where more air reads as a break between categories), and
// how many gaps then differ from the others of their kind in the column.
struct Opening {
    long long lines = 0;
    long long uneven = 0;
};

// The opening that takes units [i, j) to at least `low` lines without
// passing `high`: the fewest uneven gaps, then the fewest lines (a column
// wider in every gap reads as set that way; one wider gap among narrow
// ones reads as a hole). None if the gaps cannot reach `low`.
std::optional<Opening> open_up(const ColumnHeights& height, std::size_t i, std::size_t j, long long low,
                               long long high) {
    const long long h = height(i, j);
    const long long heads = height.head_gaps(i, j), entries = height.entry_gaps(i, j);
    const long long need = std::max(0LL, low - h);
    const long long most = std::min(heads + entries, high - h);
    std::optional<Opening> best;
    for (long long lines = need; lines <= most; ++lines) {
        const long long above_heads = std::min(lines, heads), above_entries = lines - above_heads;
        const Opening o{lines,
                        std::min(above_heads, heads - above_heads) + std::min(above_entries, entries - above_entries)};
        if (!best || std::pair(o.uneven, o.lines) < std::pair(best->uneven, best->lines)) best = o;
    }
    return best;
}

// Each column takes as many units as fit: the fewest columns.
std::vector<std::size_t> fill_greedily(std::size_t n, const ColumnHeights& height, const DirectoryColumnSpace& space) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < n;) {
        const int cap = capacity(space, starts.size());
        starts.push_back(i);
        std::size_t j = i + 1;
        while (j < n && height(i, j + 1) <= cap) ++j;
        i = j;
    }
    return starts;
}

// A full page's column [i, j) of `cap` lines: opened up to within one line
// of the foot if its gaps allow, else as far as they do.
Opening open_to_foot(const ColumnHeights& height, std::size_t i, std::size_t j, long long cap) {
    const long long h = height(i, j);
    if (h >= cap - 1) return {};
    if (const auto o = open_up(height, i, j, cap - 1, cap)) return *o;
    return {height.head_gaps(i, j) + height.entry_gaps(i, j), 0};  // every gap: the hole shrinks, evenly
}

// A break of the last page and what it costs: uneven gaps, lines added,
// repeated heads.
struct LastPage {
    std::vector<DirectoryColumn> columns;
    std::array<long long, 3> cost{};
};

// The cheapest break of units [begin, n) into exactly `columns` columns
// whose heights are at most `high` and whose feet, opened up where needed,
// reach `low`.
std::optional<LastPage> cheapest_break(std::size_t begin, std::size_t n, std::size_t columns, long long high,
                                       long long low, const ColumnHeights& height) {
    if (n - begin < columns) return std::nullopt;
    const std::size_t count = n - begin;
    auto at = [&](std::size_t c, std::size_t j) { return c * (count + 1) + (j - begin); };
    using Cost = std::array<long long, 3>;
    const Cost none{LLONG_MAX, LLONG_MAX, LLONG_MAX};
    std::vector<Cost> cost((columns + 1) * (count + 1), none);
    std::vector<std::size_t> back(cost.size(), 0);
    std::vector<long long> lines(cost.size(), 0);
    cost[at(0, begin)] = {0, 0, 0};
    for (std::size_t c = 1; c <= columns; ++c)
        for (std::size_t j = begin + c; j <= n; ++j)
            for (std::size_t i = begin + c - 1; i < j; ++i) {
                const Cost before = cost[at(c - 1, i)];
                if (before == none || height(i, j) > high) continue;
                const auto o = open_up(height, i, j, low, high);
                if (!o) continue;
                const Cost total{before[0] + o->uneven, before[1] + o->lines,
                                 before[2] + (height.opens_category(i) ? 0 : 1)};
                if (total < cost[at(c, j)]) {
                    cost[at(c, j)] = total;
                    back[at(c, j)] = i;
                    lines[at(c, j)] = o->lines;
                }
            }
    if (cost[at(columns, n)] == none) return std::nullopt;
    LastPage page{std::vector<DirectoryColumn>(columns), cost[at(columns, n)]};
    std::size_t j = n;
    for (std::size_t c = columns; c > 0; --c) {
        page.columns[c - 1] = {back[at(c, j)], static_cast<int>(lines[at(c, j)])};
        j = back[at(c, j)];
    }
    return page;
}

// Units [begin, n) on the last page, at most `columns` columns of `cap`
// lines: see the header for the order of preference. Feasibility only
// grows with the height allowed and only shrinks with the foot asked for,
// so both are found by bisection.
std::optional<std::vector<DirectoryColumn>> balance(std::size_t begin, std::size_t n, std::size_t columns, int cap,
                                                    const ColumnHeights& height) {
    // The least height any break into `used` columns fits under, or 0.
    auto shortest = [&](std::size_t used) {
        if (!cheapest_break(begin, n, used, cap, 0, height)) return 0LL;
        long long lo = 0, hi = cap;  // lo never fits, hi does
        while (hi - lo > 1) {
            const long long mid = (lo + hi) / 2;
            (cheapest_break(begin, n, used, mid, 0, height) ? hi : lo) = mid;
        }
        return hi;
    };
    for (std::size_t used = columns; used > 0; --used) {
        const long long from = shortest(used);
        if (from == 0) continue;
        std::optional<LastPage> best;
        for (long long high = from; high <= cap; ++high) {
            auto trial = cheapest_break(begin, n, used, high, high - 1, height);
            if (trial && (!best || std::pair(trial->cost[0], trial->cost[1]) < std::pair(best->cost[0], best->cost[1])))
                best = std::move(trial);
            if (best && best->cost[0] == 0 && best->cost[1] == 0) break;  // nothing taller does better
        }
        if (best) return best->columns;
    }
    // Nothing balances to one line: the shortest columns, then the
    // highest least foot.
    for (std::size_t used = columns; used > 0; --used) {
        const long long high = shortest(used);
        if (high == 0) continue;
        long long lo = 0, hi = high - 1;  // lo is reached, hi is not
        while (hi - lo > 1) {
            const long long mid = (lo + hi) / 2;
            (cheapest_break(begin, n, used, high, mid, height) ? lo : hi) = mid;
        }
        return cheapest_break(begin, n, used, high, lo, height)->columns;
    }
    return std::nullopt;
}

}  // namespace

std::vector<DirectoryColumn> break_directory_columns(const std::vector<DirectoryUnit>& units,
                                                     const DirectoryColumnSpace& space) {
    const ColumnHeights height(units);
    const std::vector<std::size_t> greedy = fill_greedily(units.size(), height, space);
    if (greedy.empty()) return {};
    const auto per_page = static_cast<std::size_t>(space.columns_per_page);
    const std::size_t last_page_column = (greedy.size() - 1) / per_page * per_page;
    const std::size_t last_page_begin = greedy[last_page_column];

    std::vector<DirectoryColumn> columns;
    for (std::size_t c = 0; c < last_page_column; ++c) {
        const std::size_t next = greedy[c + 1];
        columns.push_back(
            {greedy[c], static_cast<int>(open_to_foot(height, greedy[c], next, capacity(space, c)).lines)});
    }
    if (const auto last = balance(last_page_begin, units.size(), per_page, capacity(space, last_page_column), height)) {
        columns.insert(columns.end(), last->begin(), last->end());
    } else {
        for (std::size_t c = last_page_column; c < greedy.size(); ++c) columns.push_back({greedy[c], 0});
    }
    return columns;
}

}  // namespace heftsatz
