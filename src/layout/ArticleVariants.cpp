#include "layout/ArticleVariants.h"

#include <algorithm>

namespace heftsatz {

std::optional<Article> with_column_figures(const Article& article) {
    auto wide = [](const Block& b) { return b.kind == BlockKind::Figure && b.figure && b.figure->span_page; };
    if (std::none_of(article.body.begin(), article.body.end(), wide)) return std::nullopt;
    Article narrowed = article;
    for (Block& b : narrowed.body)
        if (wide(b)) b.figure->span_page = false;
    return narrowed;
}

std::optional<MeasuredArticle> without_pull_quotes(const MeasuredArticle& measured, LayoutCounters* counters) {
    auto repeating = [](const SetBlock& b) { return b.is_pull_quote() && b.repeats_found; };
    if (std::none_of(measured.body.begin(), measured.body.end(), repeating)) return std::nullopt;
    MeasuredArticle out;
    out.article = measured.article;
    out.section = measured.section;
    out.header = measured.header;
    out.diagnostics = measured.diagnostics;
    out.memo = LineMemo(counters);
    // The quotes that stay follow the paragraph before them (they repeat
    // nothing), so no block index they hold needs renumbering.
    for (const SetBlock& b : measured.body)
        if (!repeating(b)) out.body.push_back(b);
    return out;
}

}  // namespace heftsatz
