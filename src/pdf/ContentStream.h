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
// Tw does not apply to two-byte Identity-H codes. The line's letter-spacing
// is its Tc, so the numbers are the word spaces and kerning, not one between
// every two glyphs.
// With a bleed (print), images and tints that touch the trimmed page's edge
// reach that far beyond it: an image is scaled up about the middle of what
// it must cover and clipped there, so the trim shows the picture with no
// white edge if the guillotine cuts a little off. Crop marks, if asked for,
// stand outside the bleed.
std::string paint_content(const Page& page, const FontTable& fonts, const ImageTable& images,
                          const PrintArea& print = {});

// How far the crop marks reach beyond the trim: the bleed, a gap as wide,
// and the marks themselves.
Pt crop_marks_reach(const PrintArea& print);

// A number as PDF writes it: at most 3 decimals, no exponent, no "-0".
std::string pdf_number(double v);

}  // namespace heftsatz
