// A paragraph as the line breaker sees it: Knuth and Plass's boxes, glue and
// penalties ("Breaking Paragraphs into Lines", Software—Practice and
// Experience 11, 1981), over pieces of shaped text.
#pragma once

#include "base/Units.h"
#include "manifest/LayoutSpec.h"
#include "text/Font.h"
#include "text/Justification.h"
#include "text/Shaper.h"

#include <string>
#include <vector>

namespace heftsatz {

// How a run of text looks: the layout's paragraph style resolved to a font.
struct TextStyle {
    const Font* font = nullptr;
    Pt size = 9;
    Rgb color;
    std::string href;  // a link target, or empty
    std::string lang;  // another language than the (BCP 47), or empty: not hyphenated, tagged

    // Font units → points at this size.
    Pt scale() const { return size / font->metrics().units_per_em; }
};

// The text stage's input: styled runs of one block, in reading order.
struct ParagraphInput {
    std::vector<TextStyle> styles;
    struct Run {
        std::string text;
        std::size_t style = 0;
    };
    std::vector<Run> runs;
    Align align = Align::Justify;
    bool hyphenate = true;
    Pt first_indent = 0;
    // The line width, if known: stretches wider than it get emergency break
    // points (ParagraphBuilder). 0: unknown.
    Pt measure = 0;
};

// A box's content: glyphs in one style, with the text they came from.
struct Piece {
    std::size_t style = 0;
    std::string text;           // UTF-8; Glyph::cluster are offsets into it
    std::vector<Glyph> glyphs;  // font units
    Pt width = 0;
};

enum class ItemType { Box, Glue, Penalty };

// TeX's \penalty10000: never break here. -10000 forces a break.
inline constexpr int kInfinitePenalty = 10000;

struct Item {
    ItemType type = ItemType::Box;
    Pt width = 0;
    Pt stretch = 0;        // glue only
    Pt shrink = 0;         // glue only
    bool fil = false;      // glue only: infinite stretch (\parfillskip)
    int penalty = 0;       // penalty only
    bool flagged = false;  // penalty only: a hyphen (counts for consecutive hyphens)
    // Box: the piece it paints. Penalty: the hyphen piece painted if the
    // line breaks here, or -1 for none.
    int piece = -1;
    // Character protrusion (optical margins): how far the box's first glyph
    // may hang into the left margin when it starts a line, and its last
    // glyph (a penalty's: the inserted hyphen) into the right margin when
    // it ends one. Zero in ragged text.
    Pt protrude_left = 0;
    Pt protrude_right = 0;
    int glyphs = 0;  // box only: glyphs that font expansion scales and letter-spacing spaces
    bool hyphen_end = false;  // box only: its text ends in a hyphen ("Rollen-")
    // Penalty only: space before the hyphen when the line breaks here (a
    // kern between the letters on either side that the break undoes);
    // included in `width`.
    Pt pre_break = 0;
    bool last_resort = false;  // penalty only: a break the final pass alone may take (a weak tie)
    // The bidi embedding level of the text (UAX #9; 0 in a left-to-right
    // paragraph's own text, odd in right-to-left runs): a line shows its
    // boxes and spaces in the order the levels give (LineSetter), while
    // they stay in reading order here and in the PDF's text.
    std::uint8_t level = 0;
};

struct MissingGlyph {
    char32_t codepoint;
    std::size_t style;
};

struct Paragraph {
    std::vector<TextStyle> styles;
    std::vector<Piece> pieces;
    std::vector<Item> items;
    std::vector<MissingGlyph> missing;  // characters the style's font lacks
    Align align = Align::Justify;
    Microtype microtype;  // zero for ragged text
    std::string text;  // the paragraph's full text after typography
    // Per style: the font's space glyph (0 if unknown). Painters put it
    // between words so that copied and searched text has real spaces.
    std::vector<std::uint32_t> space_glyphs;
};

}  // namespace heftsatz
