// One font as the PDF holds it: a Type0 font with Identity-H encoding over
// a CIDFontType2 (TrueType outlines, FontFile2) or CIDFontType0 (CFF
// outlines, FontFile3 /OpenType), subset, with /W widths and a ToUnicode
// CMap. PoDoFo's own PdfFontCID cannot embed shaped glyph ids, so the
// objects are built by hand (see shared notes on PoDoFo 0.9.8).
//
// Planned, then executed: prepare_font does the work (the subset, its
// widths and texts, both streams compressed) without a document, so that
// it can be kept for the next PDF of the run (pdf/PdfCaches.h: `watch`
// after an edit, the archive's second profile); embed_font makes the
// objects from it.
#pragma once

#include "base/ContentCache.h"
#include "pdf/FontSubset.h"
#include "text/Font.h"

#include <podofo/podofo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

struct PreparedFont {
    FontSubset subset;
    // By new glyph id, looked up for every glyph painted: the width in
    // 1/1000 em, and the text its ToUnicode entry gives (empty: none).
    std::vector<int> widths;
    std::vector<std::string> unicode;
    std::string program;  // the subset's bytes, deflated
    std::string cmap;     // the ToUnicode CMap, deflated
};

using PreparedFontCache = ContentCache<PreparedFont>;

struct EmbeddedFont {
    std::string resource;  // "F1", "F2", ... in the page resources
    std::shared_ptr<const PreparedFont> prepared;  // shared with the cache
    PoDoFo::PdfReference reference;  // the Type0 font object

    const FontSubset& subset() const { return prepared->subset; }
    int width(std::uint32_t new_glyph) const {
        return new_glyph < prepared->widths.size() ? prepared->widths[new_glyph] : 0;
    }
    std::string_view text(std::uint32_t new_glyph) const {
        return new_glyph < prepared->unicode.size() ? std::string_view(prepared->unicode[new_glyph]) : std::string_view();
    }
};

// The subset of `usage`, cut from `within` if given (FontSubset::make), with
// its widths, texts and compressed streams; taken from `cache` if an earlier
// PDF of the run prepared the same glyphs of the same font (by the font's
// digest, so a hit is the same bytes).
std::shared_ptr<const PreparedFont> prepare_font(const Font& font, const FontUsage& usage,
                                                 const FontSubset* within = nullptr, PreparedFontCache* cache = nullptr);

// Builds the font objects in `doc`.
EmbeddedFont embed_font(PoDoFo::PdfMemDocument& doc, const Font& font, std::shared_ptr<const PreparedFont> prepared,
                        std::string resource);

}  // namespace heftsatz
