// Turns styled text into a Paragraph of boxes, glue and penalties, in four
// steps, each in a file of its own:
//   1. collect: typography on the runs, one text (ParagraphText);
//   2. break opportunities between words (ICU, UAX #14; here);
//   3. within words, hyphenation points and compound joints (WordBreaks),
//      then shaping and the items (ItemWriter);
//   4. the paragraph's end, as TeX's (ItemWriter::end).
#pragma once

#include "text/GermanTypography.h"
#include "text/ItemWriter.h"
#include "text/Hyphenator.h"
#include "text/Paragraph.h"
#include "text/Protrusion.h"
#include "text/Shaper.h"
#include "text/WordBreaks.h"

#include <unicode/brkiter.h>

#include <memory>

namespace heftsatz {

// Justified paragraphs may also scale their glyphs and, as last resorts,
// space or close up their letters (Justification.h). The defaults are the
// layout's (JustificationSpec, docs/typesetting.md).
struct MicrotypeLimits {
    double max_expansion = 0.02;
    double expansion_step = 0.005;
    double max_letter_space_em = 0.03;
    double max_letter_squeeze_em = 0.015;
};

class ParagraphBuilder {
public:
    // All three are used, not owned: they keep per-thread caches.
    ParagraphBuilder(Shaper& shaper, Hyphenator& hyphenator, CompoundSplitter& compounds);
    ~ParagraphBuilder();
    ParagraphBuilder(ParagraphBuilder&&) noexcept;

    Paragraph build(ParagraphInput input);

    GlueRatios glue;
    BreakPenalties penalties;
    MicrotypeLimits microtype;
    ProtrusionTable protrusion = ProtrusionTable::defaults();

private:
    Shaper& shaper_;
    WordBreaks words_;
    GermanTypography typography_;
    std::unique_ptr<icu::BreakIterator> line_breaks_;
};

}  // namespace heftsatz
