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

// Interword glue. The width is the font's own space; stretch and shrink are
// TeX's for Computer Modern (plain.tex: a 10pt space of 3.33pt plus 1.67pt
// minus 1.11pt), i.e. 1/6 em and 1/9 em. TeX's tolerances (LineBreakParams)
// were tuned for that glue, so we keep it in em rather than as a share of
// the font's space: Noto Serif's space is only 0.26 em, and half of it would
// leave German text in narrow columns almost no room to justify.
struct GlueRatios {
    double stretch_em = 1.0 / 6.0;
    double shrink_em = 1.0 / 9.0;
};

// Penalties at break opportunities that are not spaces. TeX's defaults
// (\hyphenpenalty=50, \exhyphenpenalty=50, TeXbook ch. 14).
struct BreakPenalties {
    int hyphen = 50;           // a hyphen the breaker inserts
    int explicit_hyphen = 50;  // after a hyphen in the text ("OZG-|Umsetzung")
    int other = 100;           // after "/" and other UAX #14 opportunities, and in addresses
    // Inside a word or address wider than the measure (ours): the most a
    // break may cost short of forbidden, so it is taken only where needed.
    int emergency = 9999;
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
