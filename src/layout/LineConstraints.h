// What a flow asks of a block's line breaking beyond its best breaking.
#pragma once

#include <compare>
#include <vector>

namespace heftsatz {

// 0-based lines that may not end in a hyphen (the last line of a page, the
// line before a jump), and lines more or fewer than the best breaking
// (copyfitting, Copyfit.h).
struct LineConstraints {
    std::vector<int> no_hyphen_lines;  // ascending
    int looseness = 0;
    bool empty() const { return no_hyphen_lines.empty() && looseness == 0; }
    auto operator<=>(const LineConstraints&) const = default;
};

}  // namespace heftsatz
