// Turns styled text into a Paragraph of boxes, glue and penalties:
// typography → break opportunities (ICU, UAX #14) → hyphenation points and
// compound joints (WordBreaks) → shaping (HarfBuzz) → items.
#pragma once

#include "text/GermanTypography.h"
#include "text/Hyphenator.h"
#include "text/Paragraph.h"
#include "text/Protrusion.h"
#include "text/Shaper.h"
#include "text/WordBreaks.h"

#include <unicode/brkiter.h>

#include <memory>

namespace heftsatz {

// Interword glue. The width is the font's own space; stretch and shrink are
// in TeX's proportion to it (plain.tex: a 3.33pt space plus 1.67pt minus
// 1.11pt, half and a third of the space). An earlier heftsatz stretched by
// 1/6 em whatever the font, because without expansion and letter-spacing
// narrow German columns needed the room; measured on the corpus, the
// smaller stretch makes total fit rate loose lines as they look, and the
// grey evens out (docs/typesetting.md).
//
// The shrink stops where a space would no longer part two words for a
// reader, or for a program that extracts the text (pdftotext -raw runs
// words together below about 0.15 em): never below min_space_em.
struct GlueRatios {
    double stretch = 0.45;       // of the space
    double shrink = 1.0 / 3.0;   // of the space
    double min_space_em = 0.17;
};

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
    struct Segmenter;
    Shaper& shaper_;
    WordBreaks words_;
    GermanTypography typography_;
    std::unique_ptr<icu::BreakIterator> line_breaks_;
};

}  // namespace heftsatz
