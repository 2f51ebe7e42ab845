// How a justified line is made to fill its measure, shared by the line
// breaker (which rates every candidate line by it) and the line setter
// (which sets the chosen ones): the microtypography of pdfTeX and the
// microtype package, inside Knuth–Plass rather than after it.
//
// A compositor reaches for three things, in this order:
//   1. the word spaces and the glyphs' width together: every glyph may be
//      scaled horizontally by up to ±max_expansion (pdfTeX's font
//      expansion), and that scaling counts as stretch or shrink alongside
//      the glue's, so the adjustment ratio r of TeX applies to both and a
//      line at r = 1 has its glyphs at the full expansion;
//   2. beyond r = 1 (TeX's "very loose" fitness class), letter-spacing:
//      the excess is shared between the word spaces and the gaps between
//      letters in proportion to their capacities, until the letters reach
//      max_letter_space; only then do the spaces take all that is left;
//   3. shrinking stops at r = −1: the glue's shrink already keeps a space
//      a reader (and pdftotext) still sees as one (ParagraphBuilder). A line
//      still too wide may close its letters up by max_letter_squeeze, as a
//      last resort before an overfull line: without it, one word that does
//      not quite fit leaves the line before it a hole ("Der
//      Standard-GNOME-Desktop" alone in a 57 mm column). InDesign's
//      justification has the same "minimum letter spacing".
// The ratio reported is the glue's own, so badness and fitness describe the
// word spaces a reader sees; `strain` rates letter-squeezed lines for the
// breaker.
#pragma once

#include "base/Units.h"

namespace heftsatz {

// The limits of one paragraph; all zero for ragged text.
struct Microtype {
    double max_expansion = 0;   // share of a glyph's width, e.g. 0.02
    double expansion_step = 0;  // lines are painted at multiples of this (0: any)
    Pt max_letter_space = 0;    // added between two letters, at most
    Pt max_letter_squeeze = 0;  // taken between two letters, at most, before a line is overfull
};

// What one candidate line is made of.
struct LineMaterial {
    Pt natural = 0;      // boxes and glue at natural width, less protrusion
    Pt stretch = 0;      // the glue's
    Pt shrink = 0;       // the glue's
    bool fil = false;    // ends with \parfillskip: the last line of a paragraph
    Pt glyph_width = 0;  // what expansion scales
    int letter_gaps = 0; // what letter-spacing widens
};

struct Fill {
    double ratio = 0;      // the glue's adjustment ratio; ±∞ when the line cannot be filled
    double expansion = 0;  // glyph scale − 1
    Pt letter_space = 0;   // added after each glyph but the line's last (negative: squeezed)
    // How hard the line is pressed, as |r| for its badness: |ratio|, or for
    // a letter-squeezed line 1 + 2·(share of the squeeze used), so that a
    // fully squeezed line costs as much as one at r = 3.
    double strain = 0;
};

// `background_stretch` is ragged text's stretch (LineBreakParams::ragged_stretch).
Fill fill_line(const LineMaterial& line, Pt width, const Microtype& limits, Pt background_stretch = 0);

}  // namespace heftsatz
