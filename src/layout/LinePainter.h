// Turns a set line into frame items: glyph runs (one per style change) and
// link areas.
#pragma once

#include "layout/BlockSetter.h"
#include "layout/Frame.h"

namespace heftsatz {

// Paints `line` of `block` with its left edge at x and baseline at y, its
// runs tagged `tag`; text with a web address is a run of its own, tagged as
// a Link part of `tag` (one per style), as is its link area.
void paint_line(const SetBlock& block, const SetLine& line, Pt x, Pt y, Page& page, const StructTag& tag);

// Paints every line of `block` from the baseline `y` on, one leading apart;
// returns the last line's baseline.
Pt paint_block(const SetBlock& block, Pt x, Pt y, Page& page, const StructTag& tag);

// A link to page `target` over `line` of `block` painted at x and baseline
// y; `tag` is the Link element's (the text under it should carry it too).
void link_line(const SetBlock& block, const SetLine& line, Pt x, Pt y, int target, Page& page, const StructTag& tag);

// A link to page `target` over the lines of `block` painted from the
// baseline `y` at x (as paint_block paints them), and as far left as
// `from_x` (a page number standing before the text).
void link_block(const SetBlock& block, Pt from_x, Pt x, Pt y, int target, Page& page, const StructTag& tag);

}  // namespace heftsatz
