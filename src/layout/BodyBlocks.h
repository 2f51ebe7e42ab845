// Sets an article's body for the column flow: paragraphs, subheads, pull
// quotes, info boxes, interviews and figures, then the source and keywords.
#pragma once

#include "layout/BlockSetter.h"
#include "layout/LayoutContext.h"
#include "manifest/Issue.h"

#include <vector>

namespace heftsatz {

// Inner margin of an info box's text from its tinted ground.
inline constexpr Pt kBoxPadding = 5;

// `lead_first`: the lead opens the body, in bold body type, because it is
// too long for the article's head (ArticleLayout).
std::vector<SetBlock> set_body(const Article& article, LayoutContext& ctx, Diagnostics& diagnostics,
                               bool lead_first = false);

}  // namespace heftsatz
