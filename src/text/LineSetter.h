// Sets the lines the breaker chose: places each box and justifies the glue
// by the line's adjustment ratio.
#pragma once

#include "text/LineBreaker.h"
#include "text/Paragraph.h"

#include <vector>

namespace heftsatz {

struct PlacedPiece {
    int piece = -1;  // index into Paragraph::pieces
    Pt x = 0;        // from the line's left edge
};

struct SetLine {
    std::vector<PlacedPiece> pieces;
    Pt width = 0;  // the width the line occupies once set
    LineBreak info;  // for justified lines: ratio and badness as set
};

// Justified text stretches glue by r·stretch (r > 0) or shrinks it by
// r·shrink (r < 0, never below −1 so overfull text is not overprinted by
// its own words); ragged text keeps natural spaces. As TeX's hpack, r is
// computed afresh from the line's own glue: the emergency pass's extra
// stretch only helps to choose breaks, it is not glue that can be set.
std::vector<SetLine> set_lines(const Paragraph& par, const BreakResult& breaks, Pt width);

// The line's text as a reader would copy it (pieces joined, spaces where
// glue was), for messages and text dumps.
std::string line_text(const Paragraph& par, const SetLine& line);

}  // namespace heftsatz
