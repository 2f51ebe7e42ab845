// Knuth–Plass total-fit line breaking.
//
// Every legal breakpoint (a penalty below 10000, or glue after a box) is
// tried against every active breakpoint before it; a line from a to b is
// feasible when its adjustment ratio r lies in [-1, ∞) and its badness
// 100·|r|³ is within the pass's tolerance. Each feasible line costs
// demerits; the breaker keeps, per breakpoint, the cheapest way to reach it
// for each fitness class (and, for the German hyphen limit, for each number
// of consecutive hyphenated lines), and finally backtracks the cheapest
// path to the paragraph's end. Passes follow TeX (TeX: The Program, §863):
//
//   1. no inserted hyphens, tolerance = pretolerance;
//   2. with hyphens, tolerance;
//   3. with hyphens and any badness (as \tolerance=10000, LaTeX's \sloppy),
//      ranking lines by their uncapped badness 100·r³, and as TeX's final
//      pass: when the last active node would be lost, the line is made
//      anyway (overfull, reported) so that no text is ever dropped.
//      TeX's \emergencystretch pass is not used: its extra stretch flattens
//      every line's badness, so hyphen demerits win and total fit chooses
//      many loose lines (measured on the sample's 36-character columns).
//
// What a line may do to fill its measure is pdfTeX's and microtype's, rated
// inside the breaker, not applied after it (Justification.h): the glue and
// font expansion give r; beyond r = 1 letters are spaced too, and a line
// otherwise overfull may close its letters up (rated by its strain). Each
// line's natural width leaves out the protrusion of its first and last
// glyph (Item::protrude_left/right), so hyphens and stops hang out.
//
// Cost: linear in the paragraph. The active list is bounded by the measure
// (a node is dropped once the line from it is wider than the measure at full
// shrink, as in TeX) and by kMaxBreaksPerLine; break records that no active
// node leads back to are swept away, so memory grows with the lines set, not
// with the nodes tried.
//
// Deviations from TeX: a hard limit of consecutive hyphenated lines (German
// rule, Duden: at most two; the text's own hyphens count) instead of only
// \doublehyphendemerits; lines on which a hyphen is forbidden (the last line
// of a page, see ColumnFlow); penalties only the final pass may take (weak
// ties); \looseness in one pass of its own tolerance, no \adjdemerits for
// the first line, one line width.
#pragma once

#include "base/Units.h"
#include "text/Paragraph.h"

#include <cstddef>
#include <vector>

namespace heftsatz {

// Each value is TeX's plain-format default (TeXbook, ch. 14 and app. B)
// unless its comment says otherwise.
struct LineBreakParams {
    double pretolerance = 100;  // \pretolerance: badness allowed in pass 1
    double tolerance = 200;     // \tolerance: badness allowed in passes 2 and 3
    int line_penalty = 10;      // \linepenalty: added to every line's badness
    double double_hyphen_demerits = 10000;  // \doublehyphendemerits
    double final_hyphen_demerits = 5000;    // \finalhyphendemerits
    double adj_demerits = 10000;            // \adjdemerits: fitness classes two apart
    // Ragged-right lines (not TeX's \rightskip, which would make every
    // line equally good): each line may stretch by this share of the measure,
    // so a line short by half the measure has badness 100 and the breaker
    // evens out the rag.
    double ragged_stretch = 0.5;
    // German rule (not TeX): at most two hyphenated lines in a row.
    int max_consecutive_hyphens = 2;
    // Badness allowed when a looseness asks for a line more or fewer (not
    // TeX's, where \looseness takes \tolerance): about r = 2, word spaces up
    // to twice their natural width in the sample's layout, which copyfitting
    // (layout/Copyfit.h) checks again on the lines it gets.
    double looseness_tolerance = 800;
};

// A line may span at most this many legal breakpoints (not TeX's). TeX drops
// an active node only when the line from it is wider than the measure at
// full shrink, which bounds the active list by the measure unless the
// material has no width: text of zero-width characters (joiners, marks)
// would keep every node active and make a pass quadratic. The widest line
// set in the sample issue and the corpus, in both layouts, spans 45.
inline constexpr std::size_t kMaxBreaksPerLine = 256;

// TeX's fitness classes (§817), by adjustment ratio r.
enum class Fitness { VeryLoose = 0, Loose = 1, Decent = 2, Tight = 3 };

struct LineBreak {
    std::size_t item = 0;  // the item where the line ends
    double ratio = 0;      // adjustment ratio r of the line
    double badness = 0;
    double demerits = 0;   // this line's demerits
    Fitness fitness = Fitness::Decent;
    bool hyphenated = false;  // ends at a flagged penalty
    bool overfull = false;    // wider than the measure even fully shrunk
};

struct BreakResult {
    std::vector<LineBreak> lines;
    double total_demerits = 0;
    int pass = 0;  // 1, 2 or 3
    // What the breaking cost, summed over its passes: candidate lines rated
    // (active node × breakpoint) and the most break records held at once.
    // Both grow linearly with the paragraph (see kMaxBreaksPerLine and the
    // sweep of the records in LineBreaker.cpp).
    std::size_t lines_rated = 0;
    std::size_t records_peak = 0;
};

// TeX §108: badness ≈ 100·|r|³, capped at 10000 (inf_bad).
double badness_of(double ratio);

// Breaks `par` into lines of `width`. `no_hyphen_lines` holds 0-based line
// numbers that may not end with a hyphen. A `looseness` (TeX's \looseness)
// asks for that many lines more (or fewer) than the best breaking, as near
// as params.looseness_tolerance allows: copyfitting sets a paragraph a line
// longer or shorter so that columns end level. The caller compares line
// counts to see what it got; where that pass finds no breaking at all, the
// result is the usual one.
BreakResult break_lines(const Paragraph& par, Pt width, const LineBreakParams& params,
                        const std::vector<int>& no_hyphen_lines = {}, int looseness = 0);

// Greedy first-fit breaking (each line as full as it can be), scored with
// the same demerits; used to show what total fit gains.
BreakResult break_first_fit(const Paragraph& par, Pt width, const LineBreakParams& params);

}  // namespace heftsatz
