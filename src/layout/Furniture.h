// Figures and pull quotes: the furniture of an article, set apart from its
// running text. Each takes whole grid lines of its column (or page), so the
// text above and below stays on the baseline grid; inside, caption, credit,
// quote and attribution run on their own leading, as magazines set them (a
// 7.5 pt caption stretched to an 11.5 pt grid reads as gappy).
//   - A caption stands under its image, at most two columns wide (a line of
//     a page-wide caption would otherwise run to 140 characters).
//   - The credit ("Foto: …") is set apart in a style of its own, flush right
//     at the image's edge: beside the first caption line under a page-wide
//     image when it fits there, else on a line of its own below the caption.
//   - A pull quote stands in German quotation marks („…“) between two rules
//     in the accent colour, its attribution below it in a style of its own.
#pragma once

#include "layout/BlockSetter.h"
#include "layout/LayoutContext.h"

#include <string>

namespace heftsatz {

// Sets a figure's caption and credit and sizes its image: scaled down when
// it would not fit a column (a page) with them, an error when the caption
// leaves it no room.
SetBlock set_figure(const Block& block, LayoutContext& ctx, const std::string& article_id,
                    Diagnostics& diagnostics);

// Sets a pull quote. One that would take more than half a column is no pull
// quote: it is set as text where it stands, with a warning.
SetBlock set_pull_quote(const Block& block, LayoutContext& ctx, const std::string& article_id,
                        Diagnostics& diagnostics);

// Paints a placed figure or pull quote: its left edge at x, `above` the
// baseline of the grid line above it. Warns when an image prints below the
// resolution print needs. The image is tagged `tag` (a Figure), its caption
// and credit a Caption inside it; a pull quote's text is `tag`'s, its rules
// artifacts.
void paint_unit(const SetBlock& block, Pt x, Pt above, const Rgb& rule_color, Page& page,
                Diagnostics& diagnostics, const std::string& article_id, const StructTag& tag);

}  // namespace heftsatz
