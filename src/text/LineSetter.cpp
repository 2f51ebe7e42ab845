#include "text/LineSetter.h"

#include <algorithm>

namespace heftsatz {

std::vector<SetLine> set_lines(const Paragraph& par, const BreakResult& breaks) {
    std::vector<SetLine> lines;
    const auto& items = par.items;
    std::size_t i = 0;
    for (const LineBreak& brk : breaks.lines) {
        SetLine line;
        line.info = brk;
        double r = par.align == Align::Justify ? std::clamp(brk.ratio, -1.0, 1e6) : 0.0;
        if (par.align == Align::Justify && brk.ratio > 0 && items[brk.item].type == ItemType::Penalty &&
            items[brk.item].penalty <= -kInfinitePenalty)
            r = 0;  // the last line stays natural (its \parfillskip took the slack)
        // Skip what a break discards: glue and penalties before the first box.
        while (i < brk.item && items[i].type != ItemType::Box) ++i;
        Pt x = 0;
        for (; i < brk.item; ++i) {
            const Item& it = items[i];
            if (it.type == ItemType::Box) {
                if (it.piece >= 0) line.pieces.push_back({it.piece, x});
                x += it.width;
            } else if (it.type == ItemType::Glue && !it.fil) {
                x += it.width + (r >= 0 ? r * it.stretch : r * it.shrink);
            }
        }
        const Item& end = items[brk.item];
        if (end.type == ItemType::Penalty && end.piece >= 0) {
            line.pieces.push_back({end.piece, x});
            x += end.width;
        }
        line.width = x;
        lines.push_back(std::move(line));
        i = brk.item + 1;
    }
    return lines;
}

std::string line_text(const Paragraph& par, const SetLine& line) {
    std::string out;
    Pt end = 0;
    for (const PlacedPiece& placed : line.pieces) {
        const Piece& piece = par.pieces[static_cast<std::size_t>(placed.piece)];
        if (!out.empty() && placed.x > end + 0.01) out += ' ';
        out += piece.text;
        end = placed.x + piece.width;
    }
    return out;
}

}  // namespace heftsatz
