#include "layout/LineMemo.h"

namespace heftsatz {

const std::vector<SetLine>& LineMemo::lines(const std::vector<SetBlock>& blocks, std::size_t b,
                                            const LineConstraints& constraints) {
    const SetBlock& block = blocks[b];
    if (constraints.empty()) return block.lines;
    const std::size_t key = block.memo_key != static_cast<std::size_t>(-1) ? block.memo_key : b;
    auto [it, added] = memo_.try_emplace({key, constraints});
    if (added) {
        if (counters_) {
            ++counters_->breaker_runs;
            if (constraints.looseness != 0) ++counters_->copyfit_runs;
        }
        if (auto kept = block.cached ? block.source->rebroken.find(constraints) : std::nullopt) {
            it->second = std::move(*kept);
        } else {
            it->second = block.break_again(constraints.no_hyphen_lines, constraints.looseness);
            if (block.cached) block.source->rebroken.add(constraints, it->second);
        }
    }
    return it->second;
}

}  // namespace heftsatz
