// The page master: type area, columns and baseline grid of a page, from the
// layout's PageSpec. Left and right pages mirror their margins (the inner
// margin lies at the spine).
#pragma once

#include "manifest/LayoutSpec.h"

namespace heftsatz {

class PageMaster {
public:
    explicit PageMaster(const PageSpec& spec);

    const PageSpec& spec() const { return spec_; }
    // Page numbers are folios: odd numbers are right-hand pages.
    static bool is_right_hand(int page_number) { return page_number % 2 == 1; }

    Pt area_left(int page_number) const;
    Pt area_top() const { return spec_.margin_top; }
    Pt area_width() const { return spec_.width - spec_.margin_inner - spec_.margin_outer; }
    Pt area_bottom() const { return spec_.height - spec_.margin_bottom; }

    Pt column_width() const;
    // The width of `columns` adjacent columns with the gutters between them.
    Pt span_width(int columns) const { return columns * column_width() + (columns - 1) * spec_.gutter; }
    Pt column_left(int page_number, int column) const;

    // The baseline grid: grid line 0 lies one ascent below the area top
    // (3/4 of a grid step, so a body line's capitals touch the top).
    Pt grid() const { return spec_.baseline; }
    Pt baseline(int grid_line) const { return area_top() + 0.75 * grid() + grid_line * grid(); }
    int grid_lines() const { return grid_lines_; }
    // The first grid line whose baseline is at or below `y`.
    int grid_line_at_or_below(Pt y) const;

    Pt footer_baseline() const { return area_bottom() + 0.55 * spec_.margin_bottom; }

private:
    PageSpec spec_;
    int grid_lines_;
};

}  // namespace heftsatz
