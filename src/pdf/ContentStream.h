// Paints one page of frame items as a PDF content stream.
#pragma once

#include "layout/Frame.h"
#include "pdf/EmbeddedFont.h"
#include "pdf/EmbeddedImage.h"

#include <map>
#include <string>

namespace heftsatz {

using FontTable = std::map<const Font*, EmbeddedFont>;

// Text uses the subset's glyph ids; each run is one TJ whose numbers put
// every glyph exactly where layout placed it (justification included), since
// Tw does not apply to two-byte Identity-H codes.
std::string paint_content(const Page& page, const FontTable& fonts, const ImageTable& images);

// A number as PDF writes it: at most 3 decimals, no exponent, no "-0".
std::string pdf_number(double v);

}  // namespace heftsatz
