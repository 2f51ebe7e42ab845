// The layout stage's public header: an issue and its layout in, pages of
// positioned items out.
#pragma once

#include "base/Diagnostic.h"
#include "base/Result.h"
#include "layout/Frame.h"
#include "layout/PageFill.h"
#include "layout/ParagraphCache.h"
#include "layout/TypographyReport.h"
#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"
#include "text/FontLibrary.h"
#include "text/Lexicon.h"

namespace heftsatz {

// The most pages an issue may come to (docs/limits.md): a magazine has a
// few hundred at most. The time grows with the pages, the memory too: every
// page's glyph runs are held until the PDF paints it, about 0.2 MB a page
// (956 MiB for 4,788 pages, bench/README.md).
inline constexpr std::size_t kMaxPagesPerIssue = 2'500;

// What a layout found besides its pages: the work it did (--timings) and
// the grey of its columns (check --typography, --report).
struct LayoutStatistics {
    long blocks = 0;            // text blocks the issue is made of
    long paragraphs_built = 0;  // should equal blocks: each is measured once
    long breaker_runs = 0;      // blocks, plus a few broken again for a page's foot,
    long copyfit_runs = 0;      // and those copyfitting broke a line longer or shorter
    TypographyReport typography;
};

// Lays out every article of `issue` on `threads` threads (0: one per core;
// the result is the same for any number) with the word knowledge of
// `lexicon` (Lexicon::load, which the caller may start early: it takes
// longer than reading an issue). Warnings (missing glyphs, overfull lines)
// name the article, its source line and the page.
// `cache`, if given, keeps the paragraphs built for reuse by a later layout
// with the same layout and fonts (layout/ParagraphCache.h); the pages are
// the same with or without it.
Result<Document> lay_out_issue(const Issue& issue, const LayoutSpec& layout, const FontLibrary& fonts,
                               const Lexicon& lexicon, Diagnostics& diagnostics, unsigned threads = 0,
                               LayoutStatistics* statistics = nullptr, ParagraphCache* cache = nullptr);

// The document's creation time: SOURCE_DATE_EPOCH if set, else the issue's
// date at midnight UTC. Never the clock, so builds are reproducible.
long long creation_epoch(const Issue& issue);

}  // namespace heftsatz
