#include "layout/PageMaster.h"

#include <cmath>

namespace heftsatz {

PageMaster::PageMaster(const PageSpec& spec) : spec_(spec) {
    Pt usable = area_bottom() - baseline(0);
    grid_lines_ = static_cast<int>(std::floor(usable / grid() + 1e-6)) + 1;
}

Pt PageMaster::area_left(int page_number) const {
    return is_right_hand(page_number) ? spec_.margin_inner : spec_.margin_outer;
}

Pt PageMaster::column_width() const {
    return (area_width() - (spec_.columns - 1) * spec_.gutter) / spec_.columns;
}

Pt PageMaster::column_left(int page_number, int column) const {
    return area_left(page_number) + column * (column_width() + spec_.gutter);
}

int PageMaster::grid_line_at_or_below(Pt y) const {
    double k = (y - baseline(0)) / grid();
    return std::max(0, static_cast<int>(std::ceil(k - 1e-6)));
}

}  // namespace heftsatz
