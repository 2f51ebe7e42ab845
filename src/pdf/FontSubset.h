// Subsetting one font for embedding, with hb-subset, planned before it is
// executed (HarfBuzz's own order): the plan gives the old → new glyph
// mapping that content streams need, then execution gives the bytes.
#pragma once

#include "base/Result.h"
#include "text/Font.h"

#include <hb-subset.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace heftsatz {

// The glyphs a document uses from one font, and the text each stands for
// (a ligature's letters, for ToUnicode).
struct FontUsage {
    std::set<std::uint32_t> glyphs;
    std::map<std::uint32_t, std::string> text;
};

class FontSubset {
public:
    // Plans and executes the subset. If hb-subset fails, the whole font is
    // embedded with the identity mapping (Skia does the same) and `fell_back`
    // says so, for a warning.
    // With `within`, a larger subset of the same font holding every glyph of
    // `usage` (the issue's, for an article's offprint), the subset is cut
    // from it rather than from the font, or is `within` itself for the same
    // glyphs: a few hundred glyphs are subset in half the time of the
    // thousands a font has (0.6 against 1.1 ms for Linux Libertine, 0.07
    // against 0.44 for DejaVu Sans).
    static FontSubset make(const Font& font, const FontUsage& usage, const FontSubset* within = nullptr);

    std::uint32_t new_glyph(std::uint32_t old_glyph) const;
    const std::string& bytes() const { return bytes_; }
    // "ABCDEF+Name": the tag is derived from the glyph set, so the same
    // input gives the same name (PDF 32000-1 §9.6.4).
    const std::string& base_font() const { return base_font_; }
    bool fell_back() const { return fell_back_; }
    // The subset's glyphs in new numbering, with their old ids.
    const std::map<std::uint32_t, std::uint32_t>& new_to_old() const { return new_to_old_; }

private:
    std::string bytes_;
    std::string base_font_;
    bool fell_back_ = false;
    std::vector<std::uint32_t> old_to_new_;  // by old id; 0 for a glyph not kept (and .notdef)
    std::map<std::uint32_t, std::uint32_t> new_to_old_;
};

}  // namespace heftsatz
