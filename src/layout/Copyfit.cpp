#include "layout/Copyfit.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace heftsatz {
namespace {

// Ragged by less than this many lines in all, a page's end is level enough.
constexpr int kRaggedEnough = 2;
// Paragraphs (each a line longer or shorter) tried per round, and rounds: a
// page needs at most two changed paragraphs to end level in practice, and
// each trial is a balanced flow.
constexpr std::size_t kTrialsPerRound = 12;
constexpr int kRounds = 2;
// The widest word spaces a copyfitted paragraph may show, in times their
// natural width: the typography report's "over 2" column stays empty.
constexpr double kLoosest = 2.0;

// How good a flow's end is: a trial must leave less white and add no fault.
struct Fit {
    int white = 0;
    int faults = 0;  // widows, orphans, quotes at a column's head, by their sentence or after the text
};

Fit fit_of(const std::vector<SetBlock>& blocks, const Flow& flow, const ColumnSpace& space) {
    return {ragged_white(blocks, flow, space),
            widows_and_orphans(blocks, flow.placed) + flow.quotes_at_head + flow.quotes_at_end +
                static_cast<int>(flow.near_sentence.size())};
}

}  // namespace

int ragged_white(const std::vector<SetBlock>& blocks, const Flow& flow, const ColumnSpace& space) {
    if (flow.placed.empty()) return 0;
    const int per_page = std::max(1, space.columns_per_page);
    const int first = last_column(flow.placed) / per_page * per_page;
    std::vector<int> ends(static_cast<std::size_t>(per_page), -1);
    for (const LinePlacement& p : flow.placed) {
        if (p.column < first) continue;
        const SetBlock& block = blocks[p.block];
        const int end = p.line == LinePlacement::kImage
                            ? p.grid_line + std::max(block.unit_lines, block.image_lines)
                            : p.grid_line + 1;
        int& e = ends[static_cast<std::size_t>(p.column - first)];
        e = std::max(e, end);
    }
    const int lowest = *std::max_element(ends.begin(), ends.end());
    int white = 0;
    for (int c = 0; c < per_page; ++c) {
        // An empty column is white from its first free line down.
        const int end = ends[static_cast<std::size_t>(c)] >= 0 ? ends[static_cast<std::size_t>(c)]
                                                               : (space.first_line ? space.first_line(first + c) : 0);
        white += std::max(0, lowest - end);
    }
    return white;
}

Flow flow_fitted(const std::vector<SetBlock>& blocks, LineMemo& memo, const ColumnSpace& space, Pt grid) {
    Flow best = flow_balanced(blocks, memo, space, grid);
    if (best.placed.empty()) return best;
    const int per_page = std::max(1, space.columns_per_page);
    const int last_page = last_column(best.placed) / per_page;
    Fit best_fit = fit_of(blocks, best, space);
    ColumnSpace fitted = space;
    for (int round = 0; round < kRounds && best_fit.white >= kRaggedEnough; ++round) {
        // The paragraphs wholly on the last page, and what each gives a line
        // longer or shorter, the evenest first.
        std::map<std::size_t, bool> whole;  // block → all its lines on the last page
        for (const LinePlacement& p : best.placed) {
            const SetBlock& block = blocks[p.block];
            if (p.line == LinePlacement::kImage || block.kind != BlockKind::Paragraph || block.group >= 0) continue;
            auto [it, added] = whole.try_emplace(p.block, true);
            it->second = it->second && p.column / per_page == last_page;
        }
        struct Option {
            double loosest;
            std::size_t block;
            int looseness;
        };
        std::vector<Option> options;
        for (const auto& [b, on_last_page] : whole) {
            if (!on_last_page || fitted.looseness.count(b) || blocks[b].lines.size() < 2) continue;
            for (int looseness : {+1, -1}) {
                const std::vector<SetLine>& lines = memo.lines(blocks, b, LineConstraints{{}, looseness});
                if (static_cast<int>(lines.size()) != static_cast<int>(blocks[b].lines.size()) + looseness) continue;
                if (const double l = loosest(lines); l <= kLoosest) options.push_back({l, b, looseness});
            }
        }
        std::sort(options.begin(), options.end(), [](const Option& a, const Option& b) {
            return std::tie(a.loosest, a.block, a.looseness) < std::tie(b.loosest, b.block, b.looseness);
        });
        if (options.size() > kTrialsPerRound) options.resize(kTrialsPerRound);
        std::optional<ColumnSpace> chosen;
        for (const Option& o : options) {
            ColumnSpace trial_space = fitted;
            trial_space.looseness[o.block] = o.looseness;
            Flow trial = flow_balanced(blocks, memo, trial_space, grid);
            if (last_column(trial.placed) / per_page != last_page) continue;
            const Fit fit = fit_of(blocks, trial, space);
            if (fit.faults > best_fit.faults || fit.white >= best_fit.white) continue;
            best = std::move(trial);
            best_fit = fit;
            chosen = std::move(trial_space);
        }
        if (!chosen) break;
        fitted = std::move(*chosen);
    }
    return best;
}

}  // namespace heftsatz
