#include "layout/LinePainter.h"

#include <algorithm>

namespace heftsatz {

void paint_line(const SetBlock& block, const SetLine& line, Pt x, Pt y, Page& page, const StructTag& tag) {
    const Paragraph& par = block.paragraph();
    GlyphRun run;
    const TextStyle* run_style = nullptr;
    auto flush = [&] {
        if (!run.glyphs.empty()) page.items.push_back(std::move(run));
        run = GlyphRun{};
        run_style = nullptr;
    };
    Link link;
    auto flush_link = [&] {
        if (!link.uri.empty() && link.width > 0) page.items.push_back(link);
        link = Link{};
    };
    Pt pen_after = 0;  // where the run's next glyph would go if no space came first
    // A page keeps its runs until the PDF is written, so each is made at its
    // size: what the rest of the line holds (its glyphs, a space before each
    // piece, a hyphen's three bytes), not what growing by doubling leaves.
    std::size_t glyphs_left = 0, text_left = 0;
    for (const PlacedPiece& placed : line.pieces) {
        const Piece& piece = par.pieces[static_cast<std::size_t>(placed.piece)];
        glyphs_left += piece.glyphs.size() + 1;
        text_left += piece.text.size() + 1;
    }
    for (const PlacedPiece& placed : line.pieces) {
        const Piece& piece = par.pieces[static_cast<std::size_t>(placed.piece)];
        const TextStyle& style = par.styles[piece.style];
        const bool same = run_style && run_style->font == style.font && run_style->size == style.size &&
                    run_style->color.r == style.color.r && run_style->color.g == style.color.g &&
                    run_style->color.b == style.color.b && run_style->href == style.href &&
                    run_style->lang == style.lang;
        // A link's text is an element of its own in the structure tree,
        // inside the block's (numbered apart from the parts callers give).
        const StructTag piece_tag =
            style.href.empty() || tag.role == StructRole::Artifact
                ? tag
                : tag.with_part(static_cast<std::uint16_t>(kLinkParts + piece.style), StructRole::Link);
        if (!same) {
            flush();
            run_style = &style;
            run.tag = piece_tag;
            run.lang = style.lang;
            run.font = style.font;
            run.size = style.size;
            run.horizontal_scale = 1 + line.expansion;
            run.letter_space = line.letter_space;
            run.color = style.color;
            run.x = x + placed.x;
            run.y = y;
            run.glyphs.reserve(glyphs_left);
            run.text.reserve(text_left + kLineEndHyphen.size());
        }
        glyphs_left -= piece.glyphs.size() + 1;
        text_left -= piece.text.size() + 1;
        const Pt scale = style.scale() * (1 + line.expansion);
        Pt pen = x + placed.x - run.x;
        // A word space inside the run: a real space glyph at the end of the
        // previous word, so that text extraction finds the space (the next
        // glyph is positioned absolutely, whatever the space's advance).
        const std::uint32_t space = piece.style < par.space_glyphs.size() ? par.space_glyphs[piece.style] : 0;
        if (same && space != 0 && !run.glyphs.empty() && pen > pen_after + 0.01) {
            run.glyphs.push_back(PositionedGlyph{space, static_cast<std::uint32_t>(run.text.size()),
                                                 static_cast<float>(run.width), 0});
            run.text += ' ';
        }
        const auto text_base = static_cast<std::uint32_t>(run.text.size());
        for (const Glyph& g : piece.glyphs) {
            run.glyphs.push_back(PositionedGlyph{g.id, text_base + g.cluster,
                                                 static_cast<float>(pen + g.x_offset * scale),
                                                 static_cast<float>(g.y_offset * style.scale())});
            pen += g.advance * scale + line.letter_space;
        }
        run.text += piece.text;
        pen_after = pen;
        run.width = pen - line.letter_space;

        // Links: one rectangle per line and target, from cap height to descender.
        if (link.uri != style.href) flush_link();
        if (!style.href.empty()) {
            if (link.uri.empty()) {
                link.uri = style.href;
                link.tag = piece_tag;
                link.x = x + placed.x;
                link.y = y - style.size * 0.8;
                link.height = style.size * 1.05;
            }
            link.width = run.x + run.width - link.x;
        }
    }
    // A line that ends in a hyphen of the text's own (not one the breaker
    // inserted): that hyphen is the word's and must survive copying.
    const bool inserted = line.info.item < par.items.size() && par.items[line.info.item].type == ItemType::Penalty &&
                          par.items[line.info.item].piece >= 0;
    if (!line.last && !inserted && !run.text.empty() && run.text.back() == '-') {
        run.text.pop_back();
        run.text += kLineEndHyphen;
    }
    flush();
    flush_link();
}

void link_line(const SetBlock& block, const SetLine& line, Pt x, Pt y, int target, Page& page, const StructTag& tag) {
    if (target <= 0) return;
    const Pt size = block.style->size;
    page.items.push_back(Link{x, y - size * 0.8, line.width, size * 1.05, {}, target, tag});
}

void link_block(const SetBlock& block, Pt from_x, Pt x, Pt y, int target, Page& page, const StructTag& tag) {
    if (block.lines.empty() || target <= 0) return;
    Pt right = x;
    for (const SetLine& line : block.lines) right = std::max(right, x + line.width);
    const Pt size = block.style->size;
    const Pt last = y + static_cast<Pt>(block.lines.size() - 1) * block.style->leading;
    // From cap height over the first line to the descender under the last,
    // as paint_line's web links.
    page.items.push_back(Link{from_x, y - size * 0.8, right - from_x, last - y + size * 1.05, {}, target, tag});
}

Pt paint_block(const SetBlock& block, Pt x, Pt y, Page& page, const StructTag& tag) {
    for (std::size_t l = 0; l < block.lines.size(); ++l) {
        if (l > 0) y += block.style->leading;
        paint_line(block, block.lines[l], x, y, page, tag);
    }
    return y;
}

}  // namespace heftsatz
