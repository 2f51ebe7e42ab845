// How much typesetting work one layout did, for --timings: the column flow
// should measure each block once and then only place it, so paragraphs built
// and breaker runs stay close to the number of blocks.
#pragma once

#include <atomic>

namespace heftsatz {

struct LayoutCounters {
    std::atomic<long> paragraphs_built{0};  // ParagraphBuilder::build calls
    std::atomic<long> breaker_runs{0};      // break_lines calls
    std::atomic<long> copyfit_runs{0};      // of those, for a line more or fewer (Copyfit.h)
    // Paragraphs built and then thrown away (the contents are set again
    // until their length no longer moves a page): built minus discarded is
    // the number of blocks the issue is made of.
    std::atomic<long> discarded{0};
};

}  // namespace heftsatz
