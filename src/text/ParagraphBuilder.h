// Turns styled text into a Paragraph of boxes, glue and penalties:
// typography → break opportunities (ICU, UAX #14) → hyphenation points
// (libhyphen) → shaping (HarfBuzz) → items.
#pragma once

#include "text/GermanTypography.h"
#include "text/Hyphenator.h"
#include "text/Paragraph.h"
#include "text/Shaper.h"

#include <unicode/brkiter.h>

#include <memory>

namespace heftsatz {

// Interword glue relative to the width of the font's space. TeX's plain
// format gives Computer Modern a space of 1/3 em that stretches by 1/6 em
// and shrinks by 1/9 em, i.e. by 1/2 and 1/3 of the space; we keep those
// ratios for every font.
struct GlueRatios {
    double stretch = 0.5;
    double shrink = 1.0 / 3.0;
};

// Penalties at break opportunities that are not spaces. TeX's defaults
// (\hyphenpenalty=50, \exhyphenpenalty=50, TeXbook ch. 14).
struct BreakPenalties {
    int hyphen = 50;           // a hyphen the breaker inserts
    int explicit_hyphen = 50;  // after a hyphen in the text ("OZG-|Umsetzung")
    int other = 100;           // after "/" and other UAX #14 opportunities
};

class ParagraphBuilder {
public:
    ParagraphBuilder(Shaper& shaper, Hyphenator& hyphenator);
    ~ParagraphBuilder();
    ParagraphBuilder(ParagraphBuilder&&) noexcept;

    Paragraph build(ParagraphInput input);

    GlueRatios glue;
    BreakPenalties penalties;

private:
    struct Segmenter;
    Shaper& shaper_;
    Hyphenator& hyphenator_;
    GermanTypography typography_;
    std::unique_ptr<icu::BreakIterator> line_breaks_;
};

}  // namespace heftsatz
