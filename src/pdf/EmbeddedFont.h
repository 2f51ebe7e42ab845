// One font as the PDF holds it: a Type0 font with Identity-H encoding over
// a CIDFontType2 (TrueType outlines, FontFile2) or CIDFontType0 (CFF
// outlines, FontFile3 /OpenType), subset, with /W widths and a ToUnicode
// CMap. PoDoFo's own PdfFontCID cannot embed shaped glyph ids, so the
// objects are built by hand (see shared notes on PoDoFo 0.9.8).
#pragma once

#include "pdf/FontSubset.h"
#include "text/Font.h"

#include <podofo/podofo.h>

#include <map>
#include <string>
#include <string_view>

namespace heftsatz {

struct EmbeddedFont {
    std::string resource;  // "F1", "F2", ... in the page resources
    FontSubset subset;
    std::map<std::uint32_t, int> widths;  // new glyph id → width in 1/1000 em
    // new glyph id → the text its ToUnicode entry gives (absent: none)
    std::map<std::uint32_t, std::string> unicode;
    PoDoFo::PdfReference reference;       // the Type0 font object

    int width(std::uint32_t new_glyph) const {
        auto it = widths.find(new_glyph);
        return it == widths.end() ? 0 : it->second;
    }
    std::string_view text(std::uint32_t new_glyph) const {
        auto it = unicode.find(new_glyph);
        return it == unicode.end() ? std::string_view() : std::string_view(it->second);
    }
};

// Builds the font objects in `doc`.
EmbeddedFont embed_font(PoDoFo::PdfMemDocument& doc, const Font& font, const FontUsage& usage,
                        std::string resource);

}  // namespace heftsatz
