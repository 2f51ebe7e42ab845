// The text each glyph of a run stands for, as the text layer gives it back.
//
// A glyph shows its cluster: the characters from its cluster offset up to
// the next larger cluster offset in the run (a ligature covers several
// letters; an Arabic lam-alef two). The first glyph of a cluster carries the
// cluster's text, any further glyph of it (a mark drawn apart) none.
// Clusters ascend in left-to-right text and descend inside a right-to-left
// piece (HarfBuzz gives RTL glyphs in visual order), so the end is the next
// larger offset anywhere in the run, not the next glyph's.
//
// Text extraction lays a glyph's characters out across its width from left
// to right and then reads right-to-left runs from the right (poppler,
// pdf.js). A right-to-left glyph that stands for several characters (the
// Arabic lam-alef ligature, a Hebrew letter with its points) therefore
// gives them in visual order, last first, so that they are read back in
// reading order.
#pragma once

#include "layout/Frame.h"

#include <string>
#include <vector>

namespace heftsatz {

// One entry per glyph of `run`, in glyph order.
std::vector<std::string> glyph_texts(const GlyphRun& run);

// A PDF text string (PDF 32000-1 §7.9.2.2) in UTF-16BE with its byte order
// mark, written as a hex string: "<FEFF...>".
std::string pdf_text_string(const std::string& utf8);

}  // namespace heftsatz
