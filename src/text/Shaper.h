// Shaping with HarfBuzz: UTF-8 text in one font → glyphs in font units.
//
// Results are cached per (font, text, joints): running text repeats its
// words, and a cached word costs a hash lookup instead of a shaping call.
// Glyph positions are in font units so one entry serves every point size.
#pragma once

#include "text/Font.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace heftsatz {

struct Glyph {
    std::uint32_t id = 0;
    std::uint32_t cluster = 0;  // byte offset into the shaped text
    std::int32_t advance = 0;   // font units
    std::int32_t x_offset = 0;
    std::int32_t y_offset = 0;
    // HarfBuzz's HB_GLYPH_FLAG_UNSAFE_TO_BREAK: the text may not be cut
    // before this glyph without reshaping (a ligature or kern spans it).
    bool unsafe_to_break = false;
};

// Which way a stretch of text runs, from the bidi algorithm's level
// (Unicode UAX #9): even levels left to right, odd ones right to left.
enum class Direction { LeftToRight, RightToLeft };

inline Direction direction_of(std::uint8_t bidi_level) {
    return bidi_level % 2 ? Direction::RightToLeft : Direction::LeftToRight;
}

class Shaper {
public:
    // Shapes `text` (NFC, one direction and script) with kerning and
    // standard ligatures. `no_ligature_at` lists byte offsets in `text`,
    // ascending, at which no ligature may join the characters on both sides:
    // the joints of compounds (CompoundSplitter::joints), as German
    // typesetting wants "Auf|lage" without the fl. Ligatures inside a part
    // ("Schiff|fahrt", "Auf|findbarkeit" keep ff and fi) and kerning across
    // the joint stay. The returned reference is valid until the next call.
    //
    // Right-to-left text (Hebrew, Arabic) is shaped as such, in the script of
    // its letters (Arabic joins its letters only when told it is Arabic):
    // its glyphs come in visual order, left to right as they are drawn,
    // their clusters descending.
    const std::vector<Glyph>& shape(const Font& font, std::string_view text,
                                    const std::vector<std::size_t>& no_ligature_at = {},
                                    Direction direction = Direction::LeftToRight);

private:
    struct Key {
        const Font* font;
        std::string text;
        std::vector<std::size_t> joints;
        Direction direction = Direction::LeftToRight;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const {
            std::size_t h = std::hash<std::string>()(k.text) ^ (std::hash<const void*>()(k.font) << 1);
            for (std::size_t j : k.joints) h = h * 31 + j;
            return h * 2 + (k.direction == Direction::RightToLeft);
        }
    };
    // One hb_shape call; `off` are the byte ranges in which ligatures are off.
    std::vector<Glyph> shape_once(const Font& font, std::string_view text, Direction direction,
                                  const std::vector<std::pair<std::size_t, std::size_t>>& off);
    std::unordered_map<Key, std::vector<Glyph>, KeyHash> cache_;
    HbBufferPtr buffer_{hb_buffer_create()};  // reused for every call
};

}  // namespace heftsatz
