#include "layout/AdPlacement.h"

#include <algorithm>

namespace heftsatz {

AdFootprint foot_footprint(AdSize size, const LayoutContext& ctx, int page_number) {
    const int half = ctx.master.grid_lines() / 2;
    const int columns = ctx.layout.page.columns;
    if (size == AdSize::Half || columns < 3) return {half, 0, columns};
    if (PageMaster::is_right_hand(page_number)) return {half, columns - 2, columns};
    return {half, 0, 2};
}

void paint_foot_ad(const Ad& ad, int lines, int first_column, int end_column, const LayoutContext& ctx, Page& page) {
    const PageMaster& master = ctx.master;
    const Pt left = master.column_left(page.number, first_column);
    const Pt right = master.column_left(page.number, end_column - 1) + master.column_width();
    const Pt top = master.baseline(master.grid_lines() - lines) - 0.75 * master.grid();
    paint_ad(ad, left, top + 0.5 * master.grid(), right - left, master.area_bottom() - top - 0.5 * master.grid(),
             page);
}

void paint_ad(const Ad& ad, Pt x, Pt y, Pt width, Pt height, Page& page) {
    const double aspect = ad.info.aspect();
    Pt w = width, h = width * aspect;
    if (h > height) {
        h = height;
        w = height / aspect;
    }
    page.items.push_back(Image{x + (width - w) / 2, y + (height - h) / 2, w, h, ad.file, ad.info.kind, ad.alt});
    page.ads.push_back(PageAd{ad.advertiser, ad.size});
}

Page ad_page(const Ad& ad, LayoutContext& ctx, const std::string& section) {
    std::vector<Page> pages;
    Page& page = ctx.new_page(pages, section, {});
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    if (ad.size == AdSize::Full) {
        // A full-page ad fills the trimmed page; it carries no folio.
        paint_ad(ad, 0, 0, page.width, page.height, page);
        page.bare = true;
    } else {
        paint_ad(ad, left, m.area_top(), m.area_width(), m.area_bottom() - m.area_top(), page);
    }
    return std::move(pages.front());
}

}  // namespace heftsatz
