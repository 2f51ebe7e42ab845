// One font as the PDF holds it: a Type0 font with Identity-H encoding over
// a CIDFontType2 (TrueType outlines, FontFile2) or CIDFontType0 (CFF
// outlines, FontFile3 /OpenType), subset, with /W widths and a ToUnicode
// CMap. PoDoFo's own PdfFontCID cannot embed shaped glyph ids, so the
// objects are built by hand (see shared notes on PoDoFo 0.9.8).
#pragma once

#include "pdf/FontSubset.h"
#include "text/Font.h"

#include <podofo/podofo.h>

#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

struct EmbeddedFont {
    std::string resource;  // "F1", "F2", ... in the page resources
    FontSubset subset;
    // By new glyph id, looked up for every glyph painted: the width in
    // 1/1000 em, and the text its ToUnicode entry gives (empty: none).
    std::vector<int> widths;
    std::vector<std::string> unicode;
    PoDoFo::PdfReference reference;  // the Type0 font object

    int width(std::uint32_t new_glyph) const { return new_glyph < widths.size() ? widths[new_glyph] : 0; }
    std::string_view text(std::uint32_t new_glyph) const {
        return new_glyph < unicode.size() ? std::string_view(unicode[new_glyph]) : std::string_view();
    }
};

// Builds the font objects in `doc`; the subset is cut from `within` if
// given (FontSubset::make).
EmbeddedFont embed_font(PoDoFo::PdfMemDocument& doc, const Font& font, const FontUsage& usage,
                        std::string resource, const FontSubset* within = nullptr);

}  // namespace heftsatz
