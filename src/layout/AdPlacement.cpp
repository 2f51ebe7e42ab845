#include "layout/AdPlacement.h"

#include <algorithm>

namespace heftsatz {

AdFootprint foot_footprint(AdSize size, const LayoutContext& ctx) {
    const int half = ctx.master.grid_lines() / 2;
    const int columns = ctx.layout.page.columns;
    if (size == AdSize::Half) return {half, 0};
    return {half, std::max(0, columns - 2)};
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
