// The lines of a block under the constraints a column flow asks for.
//
// A block is set once with no constraint (SetBlock::lines). A flow that ends
// a page inside a paragraph may need the paragraph broken so that the line
// there does not end in a hyphen; that breaking is done once per block and
// constraint and kept here, so the flow's trials (balancing bisection, jump
// lines, an ad at the foot) cost a lookup and never change the blocks.
#pragma once

#include "layout/BlockSetter.h"
#include "layout/LayoutCounters.h"

#include <map>
#include <utility>
#include <vector>

namespace heftsatz {

// What a flow asked of a block's line breaking: 0-based lines that may not
// end in a hyphen (the last line of a page, the line before a jump), and
// lines more or fewer than the best breaking (copyfitting, Copyfit.h).
struct LineConstraints {
    std::vector<int> no_hyphen_lines;  // ascending
    int looseness = 0;
    bool empty() const { return no_hyphen_lines.empty() && looseness == 0; }
    auto operator<=>(const LineConstraints&) const = default;
};

class LineMemo {
public:
    explicit LineMemo(LayoutCounters* counters = nullptr) : counters_(counters) {}

    // The lines of blocks[b] under `constraints`; the reference stays valid
    // as long as the memo and the blocks do.
    const std::vector<SetLine>& lines(const std::vector<SetBlock>& blocks, std::size_t b,
                                      const LineConstraints& constraints);

private:
    LayoutCounters* counters_;
    std::map<std::pair<std::size_t, LineConstraints>, std::vector<SetLine>> memo_;
};

}  // namespace heftsatz
