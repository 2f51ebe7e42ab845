#include "text/LineSetter.h"

#include <algorithm>

namespace heftsatz {

std::vector<SetLine> set_lines(const Paragraph& par, const BreakResult& breaks, Pt width) {
    std::vector<SetLine> lines;
    const auto& items = par.items;
    std::size_t i = 0;
    for (const LineBreak& brk : breaks.lines) {
        SetLine line;
        line.info = brk;
        // Skip what a break discards: glue and penalties before the first box.
        while (i < brk.item && items[i].type != ItemType::Box) ++i;
        const Item& end = items[brk.item];
        const bool hyphen = end.type == ItemType::Penalty && end.piece >= 0;

        // The line's own natural width, stretch and shrink (TeX §649 hpack).
        Pt natural = hyphen ? end.width : 0, stretch = 0, shrink = 0;
        bool fil = false;
        for (std::size_t k = i; k < brk.item; ++k) {
            const Item& it = items[k];
            if (it.type == ItemType::Box) natural += it.width;
            if (it.type != ItemType::Glue) continue;
            natural += it.width;
            stretch += it.stretch;
            shrink += it.shrink;
            fil |= it.fil;
        }
        double r = 0;
        if (par.align == Align::Justify && !fil) {
            if (natural < width && stretch > 0) r = (width - natural) / stretch;
            if (natural > width && shrink > 0) r = std::max(-1.0, (width - natural) / shrink);
        }
        if (par.align == Align::Justify && fil && natural > width && shrink > 0)
            r = std::max(-1.0, (width - natural) / shrink);

        if (par.align == Align::Justify && !fil) {
            // What the reader sees: the ratio and badness as set.
            line.info.ratio = natural < width && stretch <= 0 ? 1e6 : r;
            line.info.badness = badness_of(line.info.ratio);
        }

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
        if (hyphen) {
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
