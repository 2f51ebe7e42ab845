// Copyfitting: an article's last page whose balanced columns still end
// ragged gets one or two of its paragraphs set a line longer or shorter
// (TeX's \looseness, within the tolerance), so that its columns end level
// and the article below it, or the page's foot, follows without a hole.
//
// What an editor does at the imprimatur by cutting or adding a few words,
// done on the breaking instead: no word changes, no line is looser than the
// tolerance allows, the page count, widows and orphans and the pull quotes'
// places stay as good as they were. Only paragraphs wholly on the last page
// change, so the pages before it stay as they are.
#pragma once

#include "layout/ColumnFlow.h"

namespace heftsatz {

// Grid lines left white in the last page's columns below the lowest
// column end there (the hole an article's ragged end leaves).
int ragged_white(const std::vector<SetBlock>& blocks, const Flow& flow, const ColumnSpace& space);

// flow_balanced, then copyfitted where the last page ends ragged by two
// lines or more.
Flow flow_fitted(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid);

}  // namespace heftsatz
