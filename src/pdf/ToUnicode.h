// The ToUnicode CMap of an embedded font (PDF 32000-1 §9.10.3): maps each
// glyph (CID = new glyph id) back to the text it shows, so that copying and
// searching give the original German text, ligatures as their letters.
#pragma once

#include <string>
#include <vector>

namespace heftsatz {

// `glyph_text[g]`: the text of glyph g; an empty one has no entry.
std::string to_unicode_cmap(const std::vector<std::string>& glyph_text);

}  // namespace heftsatz
