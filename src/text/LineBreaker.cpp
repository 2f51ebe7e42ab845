#include "text/LineBreaker.h"

#include "text/Justification.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace heftsatz {
namespace {

constexpr double kInfBad = 10000;  // TeX's inf_bad (§108)
constexpr double kAwful = std::numeric_limits<double>::infinity();
// Breaking a German hyphen rule in the final pass: dearer than any line a
// reader would see, a one-word line left short included (its badness 1e11,
// squared), cheaper than nothing.
constexpr double kRuleBreakDemerits = 1e30;

// Running sums of widths, stretch, shrink and fil glue before each item,
// and of what font expansion and letter-spacing act on (box widths, glyphs).
struct Totals {
    Pt width = 0, stretch = 0, shrink = 0;
    int fil = 0;
    Pt glyph_width = 0;
    int glyphs = 0;
};

struct Sums {
    std::vector<Totals> before;  // before[i]: sum over items[0, i)

    explicit Sums(const std::vector<Item>& items) : before(items.size() + 1) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            Totals t = before[i];
            const Item& it = items[i];
            if (it.type == ItemType::Box) {
                t.width += it.width;
                if (it.glyphs > 0) t.glyph_width += it.width;
                t.glyphs += it.glyphs;
            }
            if (it.type == ItemType::Glue) {
                t.width += it.width;
                t.stretch += it.stretch;
                t.shrink += it.shrink;
                t.fil += it.fil;
            }
            before[i + 1] = t;
        }
    }
};

bool is_legal_break(const std::vector<Item>& items, std::size_t i) {
    const Item& it = items[i];
    if (it.type == ItemType::Penalty) return it.penalty < kInfinitePenalty;
    if (it.type == ItemType::Glue) return i > 0 && items[i - 1].type == ItemType::Box;
    return false;
}

// TeX §837: after a break, glue and penalties up to the next box vanish.
std::size_t line_start_after(const std::vector<Item>& items, std::size_t brk) {
    std::size_t i = brk + 1;
    while (i < items.size() && items[i].type != ItemType::Box) {
        if (items[i].type == ItemType::Penalty && items[i].penalty <= -kInfinitePenalty) break;
        ++i;
    }
    return i;
}

// How far the glyph at the line's right end may hang into the margin when
// the line breaks at `brk`: the inserted hyphen's, else the last box's.
Pt right_protrusion(const std::vector<Item>& items, std::size_t brk) {
    const Item& it = items[brk];
    if (it.type == ItemType::Penalty && it.piece >= 0) return it.protrude_right;
    if (brk > 0 && items[brk - 1].type == ItemType::Box) return items[brk - 1].protrude_right;
    return 0;
}

// The material of the line from a break whose next line starts at `start`
// (with `left` protrusion) to the break at `brk`.
LineMaterial line_material(const std::vector<Item>& items, const Totals& start, Pt left, const Totals& here,
                           std::size_t brk) {
    const Item& it = items[brk];
    const bool hyphen = it.type == ItemType::Penalty;
    LineMaterial m;
    m.fil = here.fil - start.fil > 0;
    m.natural = here.width - start.width + (hyphen ? it.width : 0) - left;
    if (!m.fil) m.natural -= right_protrusion(items, brk);
    m.stretch = here.stretch - start.stretch;
    m.shrink = here.shrink - start.shrink;
    m.glyph_width = here.glyph_width - start.glyph_width + (hyphen ? it.width : 0);
    m.letter_gaps = here.glyphs - start.glyphs + (hyphen && it.piece >= 0 ? 1 : 0) - 1;
    return m;
}

double uncapped_badness(double ratio) {
    // A line without glue that expansion and letter-spacing cannot fill is
    // set ragged: worse than any line with spaces (as r = 1000), or total
    // fit would rather set short words one to a line ("Es" / "gilt" / "ab")
    // than make one loose line; still finite, for the word too long to
    // share a line with any other.
    if (std::isinf(ratio)) return 1e11;
    const double r = std::abs(ratio);
    return 100.0 * r * r * r;
}

Fitness fitness_of(double ratio) {
    if (ratio > 1) return Fitness::VeryLoose;
    if (ratio > 0.5) return Fitness::Loose;
    if (ratio >= -0.5) return Fitness::Decent;
    return Fitness::Tight;
}

// Whether a line ending at `brk` ends in a hyphen: an inserted one, the
// text's own ("OZG-|Umsetzung"), or one before a space ("Rollen- und"):
// all count for the German limit of hyphens in a row.
bool ends_in_hyphen(const std::vector<Item>& items, std::size_t brk) {
    const Item& it = items[brk];
    if (it.type == ItemType::Penalty && it.flagged) return true;
    return brk > 0 && items[brk - 1].type == ItemType::Box && items[brk - 1].hyphen_end;
}

// TeX §859: (l + b)² ± p², plus the hyphen and fitness extras.
double demerits_of(const LineBreakParams& params, double badness, const Item& brk, bool flagged,
                   bool previous_flagged, Fitness previous_fitness, Fitness fitness, bool last) {
    const double base = params.line_penalty + badness;
    double d = base * base;
    if (brk.type == ItemType::Penalty) {
        double p = brk.penalty;
        if (p > 0) d += p * p;
        else if (p > -kInfinitePenalty) d -= p * p;
    }
    if (flagged && previous_flagged) d += params.double_hyphen_demerits;
    if (last && previous_flagged) d += params.final_hyphen_demerits;
    if (std::abs(static_cast<int>(fitness) - static_cast<int>(previous_fitness)) > 1)
        d += params.adj_demerits;
    return d;
}

struct Node {
    std::size_t position = 0;  // the break item; SIZE_MAX for the paragraph start
    Totals start;              // totals at the first item of the next line
    Pt start_protrusion = 0;   // how far that line's first glyph hangs into the left margin
    int line = 0;              // lines before this break's line ends... = lines so far
    Fitness fitness = Fitness::Decent;
    int hyphen_run = 0;        // consecutive hyphenated lines ending here
    double total = 0;
    int previous = -1;         // index into the node pool
    LineBreak line_info;
};

struct Pass {
    double threshold;
    bool hyphens;
    Pt background_stretch;
    bool final;
};

// One pass of the algorithm (TeX §863 "try_break" loop). Returns the final
// node's index in `pool`, or -1 if no feasible set of breaks exists.
int run_pass(const Paragraph& par, const Sums& sums, Pt width, const LineBreakParams& params,
             const std::vector<int>& no_hyphen_lines, const Pass& pass, std::vector<Node>& pool) {
    const auto& items = par.items;
    pool.clear();
    auto left_protrusion = [&](std::size_t first) {
        return first < items.size() && items[first].type == ItemType::Box ? items[first].protrude_left : 0;
    };
    Node start;
    start.position = std::numeric_limits<std::size_t>::max();
    const std::size_t first = line_start_after(items, static_cast<std::size_t>(-1));
    start.start = sums.before[first];
    start.start_protrusion = left_protrusion(first);
    pool.push_back(start);
    std::vector<int> active{0};

    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!is_legal_break(items, i)) continue;
        const Item& brk = items[i];
        const bool flagged = ends_in_hyphen(items, i);
        const bool inserted_hyphen = brk.type == ItemType::Penalty && brk.flagged && brk.piece >= 0;
        if (inserted_hyphen && !pass.hyphens) continue;
        if (brk.type == ItemType::Penalty && brk.last_resort && !pass.final) continue;
        bool forced = brk.type == ItemType::Penalty && brk.penalty <= -kInfinitePenalty;

        // Best candidate per (fitness, hyphen run).
        constexpr int kRuns = 8;
        struct Candidate {
            double total = kAwful;
            int from = -1;
            LineBreak info;
        } best[4][kRuns];
        double minimum = kAwful;

        const Totals& here = sums.before[i];
        for (std::size_t k = 0; k < active.size();) {
            const Node& a = pool[static_cast<std::size_t>(active[k])];
            const Fill fill = fill_line(line_material(items, a.start, a.start_protrusion, here, i), width,
                                        par.microtype, pass.background_stretch);
            const double ratio = fill.ratio;
            double bad = ratio < -1 ? kInfBad + 1 : badness_of(fill.strain);
            // The final pass ranks loose lines by their true badness: capped
            // at 10000 (TeX), a line at r = 8 would cost no more than one at
            // r = 5 and total fit could pick it.
            double rank = pass.final && ratio >= -1 ? uncapped_badness(fill.strain) : bad;
            bool deactivate = ratio < -1 || forced;
            bool artificial = false;
            if (ratio < -1 || bad > pass.threshold) {
                // TeX §854: in the final pass the last active node is never
                // lost; its line is made overfull (or underfull) instead.
                if (pass.final && minimum == kAwful && active.size() == 1 && ratio < -1)
                    artificial = true;
                else if (bad > pass.threshold && !(forced && pass.final && active.size() == 1 && minimum == kAwful)) {
                    if (deactivate) active.erase(active.begin() + static_cast<long>(k));
                    else ++k;
                    continue;
                } else {
                    artificial = true;
                }
            }
            // The German hyphen limits yield to "never overprint": in the
            // final pass a third hyphen in a row (or one at a column's end)
            // is allowed at a cost above any loose line, so that a word wider
            // than the column is broken rather than left sticking out.
            const bool breaks_rule = flagged && (a.hyphen_run >= params.max_consecutive_hyphens ||
                                                 std::binary_search(no_hyphen_lines.begin(), no_hyphen_lines.end(), a.line));
            if (!breaks_rule || artificial || pass.final) {
                Fitness fit = fitness_of(ratio);
                double d = artificial ? 0
                                      : demerits_of(params, rank, brk, flagged, a.hyphen_run > 0, a.fitness, fit, forced);
                if (breaks_rule && !artificial) d += kRuleBreakDemerits;
                double total = a.total + d;
                int run = flagged ? std::min(a.hyphen_run + 1, kRuns - 1) : 0;
                Candidate& c = best[static_cast<int>(fit)][run];
                if (total < c.total) {
                    c.total = total;
                    c.from = active[k];
                    c.info = LineBreak{i, ratio, bad, d, fit, flagged, ratio < -1};
                }
                minimum = std::min(minimum, total);
            }
            if (deactivate) active.erase(active.begin() + static_cast<long>(k));
            else ++k;
        }

        std::size_t next = line_start_after(items, i);
        for (int f = 0; f < 4; ++f)
            for (int r = 0; r < kRuns; ++r) {
                const Candidate& c = best[f][r];
                if (c.from < 0) continue;
                Node n;
                n.position = i;
                n.start = sums.before[std::min(next, items.size())];
                n.start_protrusion = left_protrusion(next);
                n.line = pool[static_cast<std::size_t>(c.from)].line + 1;
                n.fitness = static_cast<Fitness>(f);
                n.hyphen_run = r;
                n.total = c.total;
                n.previous = c.from;
                n.line_info = c.info;
                pool.push_back(n);
                active.push_back(static_cast<int>(pool.size() - 1));
            }
        if (forced) {
            // The paragraph's end: the cheapest node made here wins.
            int winner = -1;
            for (int idx : active)
                if (pool[static_cast<std::size_t>(idx)].position == i &&
                    (winner < 0 || pool[static_cast<std::size_t>(idx)].total < pool[static_cast<std::size_t>(winner)].total))
                    winner = idx;
            if (i + 1 == items.size() || winner < 0) return winner;
            active.assign(1, winner);
        }
        if (active.empty()) return -1;
    }
    return -1;
}

BreakResult backtrack(const std::vector<Node>& pool, int last, int pass_number) {
    BreakResult result;
    result.pass = pass_number;
    for (int n = last; n > 0; n = pool[static_cast<std::size_t>(n)].previous)
        result.lines.push_back(pool[static_cast<std::size_t>(n)].line_info);
    std::reverse(result.lines.begin(), result.lines.end());
    result.total_demerits = last >= 0 ? pool[static_cast<std::size_t>(last)].total : 0;
    return result;
}


}  // namespace

double badness_of(double ratio) {
    return std::min(uncapped_badness(ratio), kInfBad);
}

BreakResult break_lines(const Paragraph& par, Pt width, const LineBreakParams& params,
                        const std::vector<int>& no_hyphen_lines) {
    Sums sums(par.items);
    std::vector<Node> pool;
    const Pt rag = par.align == Align::Left ? params.ragged_stretch * width : 0;
    const Pass passes[] = {
        {params.pretolerance, false, rag, false},
        {params.tolerance, true, rag, false},
        // The final pass accepts any underfull line (LaTeX's \sloppy): a
        // loose line is better than one that sticks into the gutter.
        {kInfBad, true, rag, true},
    };
    for (int p = 0; p < 3; ++p) {
        if (p == 0 && params.pretolerance < 0) continue;
        int last = run_pass(par, sums, width, params, no_hyphen_lines, passes[p], pool);
        if (last >= 0) return backtrack(pool, last, p + 1);
    }
    // The final pass always ends; should it not, first fit still sets
    // every word rather than losing the paragraph.
    return break_first_fit(par, width, params);
}

BreakResult break_first_fit(const Paragraph& par, Pt width, const LineBreakParams& params) {
    // Each line takes as much as fits; it ends at the last fitting break,
    // or the last fitting break without a hyphen when the line may not end
    // in one (the same German limit as total fit).
    Sums sums(par.items);
    const auto& items = par.items;
    BreakResult result;
    std::size_t line_start = line_start_after(items, static_cast<std::size_t>(-1));
    auto left_protrusion = [&] {
        return line_start < items.size() && items[line_start].type == ItemType::Box ? items[line_start].protrude_left
                                                                                    : 0;
    };
    int hyphen_run = 0;
    Fitness previous_fitness = Fitness::Decent;
    std::optional<LineBreak> fitting;
    auto commit = [&](const LineBreak& info) {
        result.lines.push_back(info);
        result.total_demerits += info.demerits;
        hyphen_run = info.hyphenated ? hyphen_run + 1 : 0;
        previous_fitness = info.fitness;
        line_start = line_start_after(items, info.item);
        fitting.reset();
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!is_legal_break(items, i)) continue;
        const Item& brk = items[i];
        bool forced = brk.type == ItemType::Penalty && brk.penalty <= -kInfinitePenalty;
        const bool flagged = ends_in_hyphen(items, i);
        const Fill fill =
            fill_line(line_material(items, sums.before[line_start], left_protrusion(), sums.before[i], i), width,
                      par.microtype);
        const double ratio = fill.ratio;
        double bad = ratio < -1 ? kInfBad : badness_of(fill.strain);
        Fitness fit = fitness_of(ratio);
        LineBreak info{i, ratio, bad,
                       demerits_of(params, bad, brk, flagged, hyphen_run > 0, previous_fitness, fit, forced), fit,
                       flagged, ratio < -1};
        if (ratio < -1 && fitting) {
            commit(*fitting);  // the last fitting break ends the line
            --i;               // and this breakpoint is tried on the next
            continue;
        }
        if (forced || ratio < -1) {
            commit(info);
            continue;
        }
        if (!flagged || hyphen_run < params.max_consecutive_hyphens) fitting = info;
    }
    return result;
}

}  // namespace heftsatz
