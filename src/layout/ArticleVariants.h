// The variants of an article the layout lets the page planner choose from
// (<layout variants="figure-width pull-quotes">) when one saves a page: its
// page-wide figures set a column wide, its pull quotes left out, or both. A
// figure keeps its image and caption, and only a pull quote that repeats a
// sentence of the text is left out (one set as text, being too long, or
// repeating nothing, stays), so no variant loses what the reader would miss.
#pragma once

#include "layout/ArticleLayout.h"

#include <optional>
#include <string>

namespace heftsatz {

// `article` with its page-wide figures a column wide, or nothing if it has
// none.
std::optional<Article> with_column_figures(const Article& article);

// `measured` without the pull quotes that repeat one of its sentences, or
// nothing if it has none. Its lines are broken afresh under constraints (a
// new memo: the blocks' places changed).
std::optional<MeasuredArticle> without_pull_quotes(const MeasuredArticle& measured, LayoutCounters* counters);

}  // namespace heftsatz
