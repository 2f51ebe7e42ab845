#include "text/LineSetter.h"

#include "text/Bidi.h"

#include <algorithm>
#include <cmath>

namespace heftsatz {
namespace {

// Expansion is painted in steps, as pdfTeX expands fonts in steps: fewer
// distinct scales in a column read calmer than a new one on every line.
double quantized(double expansion, const Microtype& limits) {
    if (limits.expansion_step <= 0) return expansion;
    const double q = std::round(expansion / limits.expansion_step) * limits.expansion_step;
    return std::clamp(q, -limits.max_expansion, limits.max_expansion);
}

// What a line shows, in reading order: boxes, word spaces and the hyphen
// at a break, each with its width as set and its bidi level.
struct Element {
    Pt width = 0;
    std::uint8_t level = 0;
    int piece = -1;
    Pt offset = 0;  // where the piece starts inside the element (a hyphen's pre-break kern)
};

// Places the pieces of items [from, to) (and the hyphen at `to`, if the line
// ends in one) in the order their bidi levels give (UAX #9 rule L2): a
// right-to-left run reads from its right end. `line.pieces` stays in reading
// order, each piece at its visual position, so that painters write the
// text in reading order. Returns the pen after the line; adds the word
// spaces' widths to `spaces`.
Pt place_bidi(const Paragraph& par, SetLine& line, std::size_t from, std::size_t to, bool hyphen, double r,
              double scale, Pt x, Pt& spaces) {
    const auto& items = par.items;
    std::vector<Element> elements;
    for (std::size_t k = from; k < to; ++k) {
        const Item& it = items[k];
        if (it.type == ItemType::Box) {
            elements.push_back({it.width * (it.glyphs > 0 ? scale : 1) + it.glyphs * line.letter_space, it.level,
                                it.piece, 0});
        } else if (it.type == ItemType::Glue && !it.fil) {
            const Pt w = it.width + (r >= 0 ? r * it.stretch : r * it.shrink);
            spaces += w;
            elements.push_back({w, it.level, -1, 0});
        }
    }
    if (hyphen) {
        const Item& end = items[to];
        elements.push_back({end.pre_break + (end.width - end.pre_break) * scale + line.letter_space, end.level,
                            end.piece, end.pre_break});
    }
    std::vector<std::uint8_t> levels;
    for (const Element& e : elements) levels.push_back(e.level);
    std::vector<Pt> at(elements.size());
    for (std::size_t logical : visual_order(levels)) {
        at[logical] = x;
        x += elements[logical].width;
    }
    for (std::size_t k = 0; k < elements.size(); ++k)
        if (elements[k].piece >= 0) line.pieces.push_back({elements[k].piece, at[k] + elements[k].offset});
    return x;
}

}  // namespace

std::vector<SetLine> set_lines(const Paragraph& par, const BreakResult& breaks, Pt width) {
    std::vector<SetLine> lines;
    const auto& items = par.items;
    const bool justify = par.align == Align::Justify;
    std::size_t i = 0;
    for (const LineBreak& brk : breaks.lines) {
        SetLine line;
        line.info = brk;
        // Skip what a break discards: glue and penalties before the first box.
        while (i < brk.item && items[i].type != ItemType::Box) ++i;
        const Item& end = items[brk.item];
        const bool hyphen = end.type == ItemType::Penalty && end.piece >= 0;

        // The line's own material (TeX §649 hpack), as the breaker saw it.
        LineMaterial m;
        m.natural = hyphen ? end.width : 0;
        m.glyph_width = hyphen ? end.width : 0;
        int glyphs = hyphen ? 1 : 0;
        Pt natural_spaces = 0;
        for (std::size_t k = i; k < brk.item; ++k) {
            const Item& it = items[k];
            if (it.type == ItemType::Box) {
                m.natural += it.width;
                if (it.glyphs > 0) m.glyph_width += it.width;
                glyphs += it.glyphs;
            }
            if (it.type != ItemType::Glue) continue;
            m.natural += it.width;
            m.stretch += it.stretch;
            m.shrink += it.shrink;
            m.fil |= it.fil;
            if (!it.fil) {
                ++line.spaces;
                natural_spaces += it.width;
            }
        }
        m.letter_gaps = glyphs - 1;
        const Pt left = i < brk.item && items[i].type == ItemType::Box ? items[i].protrude_left : 0;
        Pt right = 0;
        if (!m.fil) right = hyphen ? end.protrude_right : brk.item > 0 ? items[brk.item - 1].protrude_right : 0;
        m.natural -= left + right;
        line.last = m.fil;
        line.hang_left = left;
        line.hang_right = right;

        // Glue ratio: justified lines fill the measure with what fill_line
        // chose, the expansion rounded to a step and the glue taking up the
        // rounding; a ragged or last line only shrinks if it must.
        double r = 0;
        Pt glue_stretch = m.stretch, glue_shrink = m.shrink;
        if (justify) {
            const Fill fill = fill_line(m, width, par.microtype);
            line.expansion = quantized(fill.expansion, par.microtype);
            line.letter_space = fill.letter_space;
            const Pt rest = width - m.natural - m.glyph_width * line.expansion -
                            line.letter_space * std::max(0, m.letter_gaps);
            if (rest > 0 && !m.fil && glue_stretch > 0) r = rest / glue_stretch;
            if (rest < 0 && glue_shrink > 0) r = std::max(-1.0, rest / glue_shrink);
            if (!m.fil) {
                // What the reader sees: the ratio and badness as set.
                line.info.ratio = rest > 0.01 && glue_stretch <= 0 ? kUnjustified : r;
                line.info.badness = badness_of(line.info.ratio);
            }
        } else if (m.natural > width && glue_shrink > 0) {
            r = std::max(-1.0, (width - m.natural) / glue_shrink);
        }

        const double scale = 1 + line.expansion;
        Pt x = -left;
        Pt spaces = 0;
        bool bidi = hyphen && end.level > 0;
        for (std::size_t k = i; k < brk.item && !bidi; ++k) bidi = items[k].level > 0;
        if (bidi) {
            x = place_bidi(par, line, i, brk.item, hyphen, r, scale, x, spaces);
            i = brk.item;
        }
        for (; i < brk.item; ++i) {
            const Item& it = items[i];
            if (it.type == ItemType::Box) {
                if (it.piece >= 0) line.pieces.push_back({it.piece, x});
                x += it.width * (it.glyphs > 0 ? scale : 1) + it.glyphs * line.letter_space;
            } else if (it.type == ItemType::Glue && !it.fil) {
                const Pt w = it.width + (r >= 0 ? r * it.stretch : r * it.shrink);
                spaces += w;
                x += w;
            }
        }
        if (hyphen && !bidi) {
            x += end.pre_break;
            line.pieces.push_back({end.piece, x});
            x += (end.width - end.pre_break) * scale + line.letter_space;
        }
        line.width = x - (glyphs > 0 ? line.letter_space : 0);
        if (line.spaces > 0) {
            line.natural_space = natural_spaces / line.spaces;
            line.space = spaces / line.spaces + line.letter_space;
        }
        if (!line.pieces.empty())
            line.em = par.styles[par.pieces[static_cast<std::size_t>(line.pieces.front().piece)].style].size;
        lines.push_back(std::move(line));
        i = brk.item + 1;
    }
    return lines;
}

std::string line_text(const Paragraph& par, const SetLine& line) {
    std::string out;
    Pt start = 0, end = 0;  // the previous piece's edges
    const double scale = 1 + line.expansion;
    for (const PlacedPiece& placed : line.pieces) {
        const Piece& piece = par.pieces[static_cast<std::size_t>(placed.piece)];
        const Pt right = placed.x + piece.width * scale + piece.glyphs.size() * line.letter_space;
        // A gap between two pieces is a word space: after the previous one,
        // or, right to left, before it.
        const bool gap = placed.x >= start ? placed.x > end + 0.01 : right < start - 0.01;
        if (!out.empty() && gap) out += ' ';
        out += piece.text;
        start = placed.x;
        end = right;
    }
    return out;
}

}  // namespace heftsatz
