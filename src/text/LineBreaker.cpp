#include "text/LineBreaker.h"

#include "text/Justification.h"

#include <algorithm>
#include <array>
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

// A break the pass has reached: where it is and how the line that ends
// there looks. Kept for backtracking only, so it is small; the passive
// records no active node leads back to are dropped as the pass goes
// (TeX's passive list, §821, with its garbage collected).
struct Passive {
    int previous = -1;  // the break before, or -1 for the paragraph's start
    LineBreak line;
};

// A way to reach a break that later lines may still start from (TeX's
// active node, §819): per break, one for each fitness class and hyphen run.
struct Active {
    std::size_t position = 0;  // the break item; SIZE_MAX for the paragraph start
    std::size_t serial = 0;    // legal breakpoints before it (kMaxBreaksPerLine)
    Totals start;              // totals at the first item of the next line
    Pt start_protrusion = 0;   // how far that line's first glyph hangs into the left margin
    int line = 0;              // lines so far
    Fitness fitness = Fitness::Decent;
    int hyphen_run = 0;        // consecutive hyphenated lines ending here
    double total = 0;
    int passive = -1;          // this break's record, -1 for the paragraph start
};

// The passive records of one pass. Only the records some active node leads
// back to can end in the result; the rest are dropped whenever the list has
// doubled since it was last swept, so a paragraph of any length keeps about
// one path's worth (a record per line set so far) and the sweeps cost
// amortized constant time per record.
class PassiveList {
public:
    int add(int previous, const LineBreak& line) {
        records_.push_back(Passive{previous, line});
        peak_ = std::max(peak_, records_.size());
        return static_cast<int>(records_.size() - 1);
    }
    std::size_t peak() const { return peak_; }
    const Passive& operator[](int index) const { return records_[static_cast<std::size_t>(index)]; }

    // Keeps the records reachable from `active`, renumbered in their order.
    void sweep_if_grown(std::vector<Active>& active) {
        if (records_.size() < std::max<std::size_t>(kMinimumSweep, 2 * kept_)) return;
        std::vector<int> renumbered(records_.size(), -1);
        for (const Active& a : active)
            for (int p = a.passive; p >= 0 && renumbered[static_cast<std::size_t>(p)] < 0;
                 p = records_[static_cast<std::size_t>(p)].previous)
                renumbered[static_cast<std::size_t>(p)] = 0;
        std::size_t kept = 0;
        for (std::size_t p = 0; p < records_.size(); ++p) {
            if (renumbered[p] < 0) continue;
            renumbered[p] = static_cast<int>(kept);
            Passive record = records_[p];
            if (record.previous >= 0) record.previous = renumbered[static_cast<std::size_t>(record.previous)];
            records_[kept++] = record;
        }
        records_.resize(kept);
        kept_ = kept;
        for (Active& a : active)
            if (a.passive >= 0) a.passive = renumbered[static_cast<std::size_t>(a.passive)];
    }

private:
    static constexpr std::size_t kMinimumSweep = 4096;
    std::vector<Passive> records_;
    std::size_t kept_ = 0;
    std::size_t peak_ = 0;
};

struct Pass {
    double threshold;
    bool hyphens;
    Pt background_stretch;
    bool final;
};

// One pass of the algorithm (TeX §863 "try_break" loop). Returns the final
// break's record in `passive`, or -1 if no feasible set of breaks exists.
int run_pass(const Paragraph& par, const Sums& sums, Pt width, const LineBreakParams& params,
             const std::vector<int>& no_hyphen_lines, int looseness, const Pass& pass, PassiveList& passive,
             std::size_t& lines_rated) {
    const auto& items = par.items;
    auto left_protrusion = [&](std::size_t first) {
        return first < items.size() && items[first].type == ItemType::Box ? items[first].protrude_left : 0;
    };
    Active start;
    start.position = std::numeric_limits<std::size_t>::max();
    const std::size_t first = line_start_after(items, static_cast<std::size_t>(-1));
    start.start = sums.before[first];
    start.start_protrusion = left_protrusion(first);
    std::vector<Active> active{start};
    std::size_t serial = 0;  // legal breakpoints so far

    // The cheapest way to reach a break, per (fitness, hyphen run); with a
    // looseness, per line count too, so that paths of different lengths
    // survive to the end (TeX §875 keeps their nodes apart the same way).
    constexpr int kRuns = 8;
    struct Candidate {
        double total = kAwful;
        int from_passive = -1;
        int from_line = 0;
        LineBreak info;
    };
    using Table = std::array<std::array<Candidate, kRuns>, 4>;
    std::vector<std::pair<int, Table>> tables;  // line count → table; one entry without looseness
    auto table_for = [&](int line) -> Table& {
        if (looseness == 0) line = 0;
        for (auto& [l, t] : tables)
            if (l == line) return t;
        return tables.emplace_back(line, Table{}).second;
    };

    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!is_legal_break(items, i)) continue;
        ++serial;
        const Item& brk = items[i];
        const bool flagged = ends_in_hyphen(items, i);
        const bool inserted_hyphen = brk.type == ItemType::Penalty && brk.flagged && brk.piece >= 0;
        if (inserted_hyphen && !pass.hyphens) continue;
        if (brk.type == ItemType::Penalty && brk.last_resort && !pass.final) continue;
        bool forced = brk.type == ItemType::Penalty && brk.penalty <= -kInfinitePenalty;

        tables.clear();
        double minimum = kAwful;

        const Totals& here = sums.before[i];
        // Active nodes of one break lie next to each other and share the
        // line to here: it is filled once for all of them.
        std::size_t filled_from = std::numeric_limits<std::size_t>::max() - 1;
        Fill fill;
        std::size_t kept = 0;  // active[0, kept) stay active, in their order
        for (std::size_t k = 0; k < active.size(); ++k) {
            const Active& a = active[k];
            const std::size_t remaining = active.size() - k + kept;  // as if those dropped were erased
            auto keep = [&] {
                if (kept != k) active[kept] = a;
                ++kept;
            };
            if (serial - a.serial > kMaxBreaksPerLine && remaining > 1) continue;  // dropped
            ++lines_rated;
            if (a.position != filled_from) {
                fill = fill_line(line_material(items, a.start, a.start_protrusion, here, i), width, par.microtype,
                                 pass.background_stretch);
                filled_from = a.position;
            }
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
                if (pass.final && minimum == kAwful && remaining == 1 && ratio < -1)
                    artificial = true;
                else if (bad > pass.threshold && !(forced && pass.final && remaining == 1 && minimum == kAwful)) {
                    if (!deactivate) keep();
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
                Candidate& c = table_for(a.line)[static_cast<std::size_t>(fit)][static_cast<std::size_t>(run)];
                if (total < c.total) {
                    c.total = total;
                    c.from_passive = a.passive;
                    c.from_line = a.line;
                    c.info = LineBreak{i, ratio, bad, d, fit, flagged, ratio < -1};
                }
                minimum = std::min(minimum, total);
            }
            if (!deactivate) keep();
        }
        active.resize(kept);

        std::size_t next = line_start_after(items, i);
        const std::size_t made_from = active.size();
        for (const auto& [line, table] : tables)
            for (int f = 0; f < 4; ++f)
            for (int r = 0; r < kRuns; ++r) {
                const Candidate& c = table[static_cast<std::size_t>(f)][static_cast<std::size_t>(r)];
                if (c.total == kAwful) continue;
                Active n;
                n.position = i;
                n.serial = serial;
                n.start = sums.before[std::min(next, items.size())];
                n.start_protrusion = left_protrusion(next);
                n.line = c.from_line + 1;
                n.fitness = static_cast<Fitness>(f);
                n.hyphen_run = r;
                n.total = c.total;
                n.passive = passive.add(c.from_passive, c.info);
                active.push_back(n);
            }
        if (forced) {
            // The paragraph's end (or a forced line break in it): the
            // cheapest node made here wins. With a looseness, TeX §875: of
            // the line counts reached, the one nearest the cheapest count
            // plus the looseness, and the cheapest node with it; at a
            // forced break inside, the cheapest node of each count goes on.
            std::size_t winner = active.size();
            for (std::size_t k = made_from; k < active.size(); ++k)
                if (winner == active.size() || active[k].total < active[winner].total) winner = k;
            if (winner == active.size()) return -1;
            if (looseness != 0 && i + 1 == items.size()) {
                const int wanted = active[winner].line + looseness;
                for (std::size_t k = made_from; k < active.size(); ++k) {
                    const int off = std::abs(active[k].line - wanted), best_off = std::abs(active[winner].line - wanted);
                    if (off < best_off || (off == best_off && active[k].total < active[winner].total)) winner = k;
                }
            }
            if (i + 1 == items.size()) return active[winner].passive;
            if (looseness == 0) {
                const Active won = active[winner];
                active.assign(1, won);
            } else {
                std::vector<Active> kept_here;
                for (std::size_t k = made_from; k < active.size(); ++k) {
                    auto same = std::find_if(kept_here.begin(), kept_here.end(),
                                             [&](const Active& n) { return n.line == active[k].line; });
                    if (same == kept_here.end())
                        kept_here.push_back(active[k]);
                    else if (active[k].total < same->total)
                        *same = active[k];
                }
                active = std::move(kept_here);
            }
        }
        if (active.empty()) return -1;
        passive.sweep_if_grown(active);
    }
    return -1;
}

BreakResult backtrack(const PassiveList& passive, int last, int pass_number) {
    BreakResult result;
    result.pass = pass_number;
    for (int n = last; n >= 0; n = passive[n].previous) result.lines.push_back(passive[n].line);
    std::reverse(result.lines.begin(), result.lines.end());
    // Summed from the first line, as the pass summed them.
    for (const LineBreak& line : result.lines) result.total_demerits += line.demerits;
    return result;
}

}  // namespace

double badness_of(double ratio) {
    return std::min(uncapped_badness(ratio), kInfBad);
}

BreakResult break_lines(const Paragraph& par, Pt width, const LineBreakParams& params,
                        const std::vector<int>& no_hyphen_lines, int looseness) {
    Sums sums(par.items);
    if (looseness != 0) {
        // One pass, with hyphens, at the looseness tolerance: TeX users
        // raise \tolerance for \looseness the same way, since a paragraph
        // a line longer or shorter rarely fits a tolerance its best
        // breaking just meets.
        const Pt rag = par.align == Align::Left ? params.ragged_stretch * width : 0;
        PassiveList passive;
        std::size_t lines_rated = 0;
        const int last = run_pass(par, sums, width, params, no_hyphen_lines, looseness,
                                  Pass{params.looseness_tolerance, true, rag, false}, passive, lines_rated);
        if (last >= 0) {
            BreakResult result = backtrack(passive, last, 2);
            result.lines_rated = lines_rated;
            result.records_peak = passive.peak();
            return result;
        }
        return break_lines(par, width, params, no_hyphen_lines, 0);
    }
    const Pt rag = par.align == Align::Left ? params.ragged_stretch * width : 0;
    const Pass passes[] = {
        {params.pretolerance, false, rag, false},
        {params.tolerance, true, rag, false},
        // The final pass accepts any underfull line (LaTeX's \sloppy): a
        // loose line is better than one that sticks into the gutter.
        {kInfBad, true, rag, true},
    };
    std::size_t lines_rated = 0, records_peak = 0;
    for (int p = 0; p < 3; ++p) {
        if (p == 0 && params.pretolerance < 0) continue;
        PassiveList passive;
        int last = run_pass(par, sums, width, params, no_hyphen_lines, 0, passes[p], passive, lines_rated);
        records_peak = std::max(records_peak, passive.peak());
        if (last >= 0) {
            BreakResult result = backtrack(passive, last, p + 1);
            result.lines_rated = lines_rated;
            result.records_peak = records_peak;
            return result;
        }
    }
    // The final pass always ends; should it not, first fit still sets
    // every word rather than losing the paragraph.
    BreakResult result = break_first_fit(par, width, params);
    result.lines_rated += lines_rated;
    result.records_peak = records_peak;
    return result;
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
