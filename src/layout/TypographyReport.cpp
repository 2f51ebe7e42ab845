#include "layout/TypographyReport.h"

#include <algorithm>
#include <cmath>

namespace heftsatz {
namespace {

bool running_text(const SetBlock& block) {
    const bool text = block.kind == BlockKind::Paragraph || block.kind == BlockKind::Answer ||
                      block.kind == BlockKind::Question;
    return text && block.paragraph().align == Align::Justify;
}

// The value below which `share` of the sorted values lie (nearest rank).
double quantile(const std::vector<double>& sorted, double share) {
    if (sorted.empty()) return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(share * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

void GreyTally::merge(const GreyTally& o) {
    spaces_em.insert(spaces_em.end(), o.spaces_em.begin(), o.spaces_em.end());
    space_ratios.insert(space_ratios.end(), o.space_ratios.begin(), o.space_ratios.end());
    lines += o.lines;
    hyphenated += o.hyphenated;
    longest_hyphen_run = std::max(longest_hyphen_run, o.longest_hyphen_run);
    widows += o.widows;
    orphans += o.orphans;
    left_short += o.left_short;
}

void GreyTally::add_flow(const std::vector<SetBlock>& blocks, const Flow& flow) {
    int run = 0;
    int column = -1;
    for (const LinePlacement& p : flow.placed) {
        if (p.column != column) run = 0;
        column = p.column;
        if (p.line == LinePlacement::kImage || !running_text(blocks[p.block])) {
            run = 0;
            continue;
        }
        const SetLine& line = (*flow.lines[p.block])[p.line];
        ++lines;
        run = line.info.hyphenated ? run + 1 : 0;
        hyphenated += line.info.hyphenated;
        longest_hyphen_run = std::max(longest_hyphen_run, run);
        if (line.last) continue;
        if (line.info.ratio >= kUnjustified) {
            ++left_short;  // one word (a path, a long compound) with no space to widen
            continue;
        }
        if (line.spaces == 0 || line.em <= 0 || line.natural_space <= 0) continue;
        spaces_em.push_back(line.space / line.em);
        space_ratios.push_back(line.space / line.natural_space);
    }
}

GreyFigures figures(const GreyTally& t) {
    GreyFigures f;
    f.lines = t.lines;
    f.full_lines = static_cast<int>(t.spaces_em.size());
    f.hyphenated = t.hyphenated;
    f.hyphens_per_1000 = t.lines ? 1000.0 * t.hyphenated / t.lines : 0;
    f.longest_hyphen_run = t.longest_hyphen_run;
    f.widows = t.widows;
    f.orphans = t.orphans;
    f.left_short = t.left_short;
    std::vector<double> sorted = t.spaces_em;
    std::sort(sorted.begin(), sorted.end());
    if (!sorted.empty()) {
        f.space_median = quantile(sorted, 0.5);
        f.space_p95 = quantile(sorted, 0.95);
        f.space_max = sorted.back();
        double mean = 0;
        for (double v : sorted) mean += v;
        mean /= static_cast<double>(sorted.size());
        double var = 0;
        for (double v : sorted) var += (v - mean) * (v - mean);
        f.space_stdev = std::sqrt(var / static_cast<double>(sorted.size()));
    }
    for (double r : t.space_ratios) {
        f.over_1_5 += r > 1.5;
        f.over_2 += r > 2;
        f.over_3 += r > 3;
        f.squeezed += r < 0.75;
    }
    return f;
}

GreyTally TypographyReport::total() const {
    GreyTally all;
    for (const auto& [id, tally] : articles) all.merge(tally);
    return all;
}

}  // namespace heftsatz
