// The lines of a block under the constraints a column flow asks for.
//
// A block is set once with no constraint (SetBlock::lines). A flow that ends
// a page inside a paragraph may need the paragraph broken so that the line
// there does not end in a hyphen; that breaking is done once per block and
// constraint and kept here, so the flow's trials (balancing bisection, jump
// lines, an ad at the foot) cost a lookup and never change the blocks. A
// block from the paragraph cache also keeps them with its cached paragraph,
// for the next layout of the run (`watch` after an edit re-breaks the
// untouched paragraphs the same way).
#pragma once

#include "layout/BlockSetter.h"
#include "layout/LayoutCounters.h"
#include "layout/LineConstraints.h"

#include <map>
#include <utility>
#include <vector>

namespace heftsatz {

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
