// ParagraphBuilder's last step: boxes, glue and penalties, written one
// stretch of text at a time into a Paragraph. It shapes words (no ligature
// across a compound joint), cuts them at their break points, gives boxes
// their protrusion and glyph counts, and makes the interword glue.
#pragma once

#include "text/Paragraph.h"
#include "text/Protrusion.h"
#include "text/Shaper.h"
#include "text/WordBreaks.h"

#include <string_view>
#include <vector>

namespace heftsatz {

// Interword glue. The width is the font's own space; stretch and shrink are
// in TeX's proportion to it (plain.tex: a 3.33pt space plus 1.67pt minus
// 1.11pt, half and a third of the space). An earlier heftsatz stretched by
// 1/6 em whatever the font, because without expansion and letter-spacing
// narrow German columns needed the room; measured on the corpus, the
// smaller stretch makes total fit rate loose lines as they look, and the
// grey evens out (docs/typesetting.md).
//
// The shrink stops where a space would no longer part two words for a
// reader, or for a program that extracts the text (pdftotext -raw runs
// words together below about 0.15 em): never below min_space_em.
struct GlueRatios {
    double stretch = 0.45;       // of the space
    double shrink = 1.0 / 3.0;   // of the space
    double min_space_em = 0.17;
};

class ItemWriter {
public:
    // Writes into `par`, whose styles and alignment are set. `measure` (0:
    // unknown) gives stretches wider than it emergency break points.
    ItemWriter(Paragraph& par, Shaper& shaper, const GlueRatios& glue, const BreakPenalties& penalties,
               const ProtrusionTable& protrusion, Pt measure);

    // Shapes [begin, end) of `text` in one style and one bidi `level` and
    // writes its boxes, with penalties at the `breaks` that fall between two
    // glyphs. An address (`url`) gets no inserted hyphen at its emergency
    // breaks. A right-to-left stretch is broken in reading order like any
    // other; each of its boxes keeps its glyphs in visual order.
    void word(std::string_view text, std::size_t begin, std::size_t end, std::size_t style,
              const SegmentBreaks& breaks, bool url, std::uint8_t level = 0);
    // An interword space in `style` at bidi `level`.
    void space(std::size_t style, std::uint8_t level = 0);
    // A space no line may break at (TeX's "~"), or, `weak`, only the final pass.
    void tie(std::size_t style, bool weak, std::uint8_t level = 0);
    // A break without a space: after a hyphen in the text, or a slash.
    void text_break(bool hyphen);
    // TeX's paragraph end: a trailing space dropped, \parfillskip, a forced break.
    void end();

private:
    int hyphen_piece(std::size_t style);  // shaped once per style
    Pt space_width(std::size_t style);
    // A box of glyphs [glyph_begin, glyph_end) of a shaped stretch.
    // `glyphs` are in reading order; a box at an odd `level` stores its own
    // in visual order, as they are drawn.
    void box(std::size_t style, std::string_view text, const std::vector<Glyph>& glyphs, std::size_t glyph_begin,
             std::size_t glyph_end, std::size_t byte_begin, std::size_t byte_end, std::uint8_t level);
    void note_missing(std::size_t style, std::string_view text, const std::vector<Glyph>& glyphs);

    Paragraph& par_;
    Shaper& shaper_;
    const GlueRatios& glue_;
    const BreakPenalties& penalties_;
    const ProtrusionTable& protrusion_;
    Pt measure_;
    bool justify_;
    std::vector<int> hyphen_piece_;
    std::vector<Pt> hyphen_protrusion_;
    std::vector<Pt> space_width_;
};

}  // namespace heftsatz
