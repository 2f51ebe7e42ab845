#include "layout/ArticleVariants.h"

#include <algorithm>
#include <vector>

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
    // A quote that stays (it repeats nothing) follows the paragraph it
    // names by index: renumbered, as the blocks before it may be fewer now.
    std::vector<std::size_t> index(measured.body.size(), SetBlock::kWhole);
    for (std::size_t b = 0; b < measured.body.size(); ++b) {
        if (repeating(measured.body[b])) continue;
        index[b] = out.body.size();
        out.body.push_back(measured.body[b]);
    }
    for (SetBlock& b : out.body)
        if (b.repeats_block != SetBlock::kWhole) b.repeats_block = index[b.repeats_block];
    return out;
}

}  // namespace heftsatz
