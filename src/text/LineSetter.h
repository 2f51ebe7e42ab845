// Sets the lines the breaker chose: places each box, scales the glyphs by
// the line's font expansion, spaces letters if the line needs it, and
// justifies the glue by what is left (Justification.h).
#pragma once

#include "text/LineBreaker.h"
#include "text/Paragraph.h"

#include <vector>

namespace heftsatz {

// The ratio a justified line reports when it has no space to widen and
// expansion and letter-spacing could not fill it: it is left short.
inline constexpr double kUnjustified = 1e6;

// SetLine::pieces are in reading order. In left-to-right text x grows
// with them; a right-to-left run's pieces stand right to left (Bidi.h).
struct PlacedPiece {
    int piece = -1;  // index into Paragraph::pieces
    Pt x = 0;        // from the line's left edge (the measure's), expansion included
};

struct SetLine {
    std::vector<PlacedPiece> pieces;
    Pt width = 0;  // from the measure's left edge to the end of the last glyph (measure + hang_right, justified)
    LineBreak info;  // ratio and badness as set (the glue's, after expansion and letter-spacing)
    // How the glyphs are painted: scaled horizontally by 1 + expansion (a
    // multiple of Microtype::expansion_step), `letter_space` after each.
    double expansion = 0;
    Pt letter_space = 0;
    // Character protrusion: how far the first glyph starts left of the
    // measure and the last one ends right of it.
    Pt hang_left = 0;
    Pt hang_right = 0;
    // The word spaces as set, for the typography report: how many, their
    // mean width as a reader sees it (glue plus the letter-space after the
    // word), their mean natural width, and the em they are measured in.
    int spaces = 0;
    Pt space = 0;
    Pt natural_space = 0;
    Pt em = 0;
    bool last = false;  // the paragraph's last line (set at natural width)
};

// Justified text stretches or shrinks its glue and glyphs (r never below
// −1, so overfull text is not overprinted by its own words); ragged text
// keeps natural spaces. As TeX's hpack, each line is measured afresh from
// its own material: ragged text's background stretch only helps to choose
// breaks.
std::vector<SetLine> set_lines(const Paragraph& par, const BreakResult& breaks, Pt width);

// The line's text as a reader would copy it (pieces joined, spaces where
// glue was), for messages and text dumps.
std::string line_text(const Paragraph& par, const SetLine& line);

}  // namespace heftsatz
