#include "layout/AdPlacement.h"

#include "layout/LinePainter.h"

#include <algorithm>
#include <cstdio>

namespace heftsatz {
namespace {

// The label's baseline stands this many of its sizes above the ad, so that
// its descenders (the g of "Anzeige") clear the ad's edge.
constexpr double kLabelDrop = 0.45;
// Its capitals reach about this many of its sizes above the baseline.
constexpr double kLabelCap = 0.75;
// An ad up to half a millimetre taller than its format at the format's width
// still takes that width: rate cards round to whole millimetres.
constexpr Pt kFormatTolerance = 0.5 / 25.4 * 72;

std::string name_of(AdSize size) {
    switch (size) {
        case AdSize::Half: return "half";
        case AdSize::Strip: return "strip";
        default: return "quarter";
    }
}

Pt span_width(int columns, const PageMaster& m) {
    return columns * m.column_width() + (columns - 1) * m.spec().gutter;
}

// The room the label takes above the ad, from the ad's top edge up to its capitals.
Pt label_height(const LayoutContext& ctx) {
    const ParagraphStyle& label = ctx.layout.style("ad-label");
    return (kLabelDrop + kLabelCap) * label.size;
}

// The grid lines at the foot that an ad `height` tall takes: the ad, its
// label, and a grid line from the last text baseline above to the label's
// capitals, so text, label and ad do not crowd each other.
int lines_for(Pt height, const LayoutContext& ctx) {
    const PageMaster& m = ctx.master;
    const Pt label_top = m.area_bottom() - height - label_height(ctx);
    int n = 1;
    while (n < m.grid_lines() && m.baseline(m.grid_lines() - 1 - n) + m.grid() > label_top + 1e-6) ++n;
    return n;
}

// The ad's printed size in a box `width` wide and at most `height` tall:
// the full width unless the ad is too tall for it.
AdBox fitted(const Ad& ad, Pt width, Pt height) {
    const double aspect = ad.info.aspect();
    AdBox box{0, 0, width, width * aspect};
    if (box.height > height + kFormatTolerance) {
        box.height = height;
        box.width = height / aspect;
    }
    return box;
}

// An ad is a story of its own: its label (which the press laws ask for:
// a reader must hear it too) and the ad as a figure, its link inside.
std::string story_of(const Ad& ad) { return "ad:" + ad.file.generic_string(); }

void paint_label(const Ad& ad, Pt x, Pt baseline, Page& page, LayoutContext& ctx) {
    const SetBlock label = ctx.setter.set_text(kAdLabel, ctx.layout.style("ad-label"), page.width, {});
    if (!label.lines.empty())
        paint_line(label, label.lines[0], x, baseline, page,
                   tag_on(page, story_of(ad), StoryKind::Ad, StructRole::Paragraph, 0));
}

void paint_ad_image(const Ad& ad, const AdBox& box, Page& page) {
    const StructTag tag = tag_on(page, story_of(ad), StoryKind::Ad, StructRole::Figure, 1);
    page.items.push_back(Image{box.x, box.y, box.width, box.height, ad.file, ad.info.kind, ad.alt, tag});
    if (!ad.href.empty())
        page.items.push_back(Link{box.x, box.y, box.width, box.height, ad.href, 0, tag.with_part(1, StructRole::Link)});
    page.ads.push_back(PageAd{ad.advertiser, ad.size});  // for the flatplan
}

// A full-page ad fills the trimmed page. Its label stands at the head,
// centred where a running head would be, on a paper-white plate: rate cards
// ask advertisers to keep that strip free of anything that matters.
void paint_full_page_ad(const Ad& ad, Page& page, LayoutContext& ctx) {
    const AdBox box = fitted(ad, page.width, page.height);
    paint_ad_image(ad, AdBox{(page.width - box.width) / 2, (page.height - box.height) / 2, box.width, box.height},
                   page);
    const ParagraphStyle& style = ctx.layout.style("ad-label");
    const SetBlock label = ctx.setter.set_text(kAdLabel, style, page.width, {});
    if (label.lines.empty()) return;
    const Pt width = label.lines[0].width;
    const Pt baseline = ctx.master.area_top() - 14;  // the running heads' baseline
    const Pt pad = 0.4 * style.size;
    const Pt left = (page.width - width) / 2;
    page.items.push_back(FilledRect{left - pad, baseline - kLabelCap * style.size - pad, width + 2 * pad,
                                    (kLabelCap + 0.25) * style.size + 2 * pad, Rgb{1, 1, 1}});
    paint_line(label, label.lines[0], left, baseline, page,
               tag_on(page, story_of(ad), StoryKind::Ad, StructRole::Paragraph, 0));
}

}  // namespace

AdFormat ad_format(AdSize size, const LayoutContext& ctx) {
    if (auto it = ctx.layout.ad_formats.find(name_of(size)); it != ctx.layout.ad_formats.end()) return it->second;
    const PageMaster& m = ctx.master;
    const int columns = size == AdSize::Quarter ? std::min(2, ctx.layout.page.columns) : ctx.layout.page.columns;
    // The tallest ad whose footprint is half the grid lines (a strip: a quarter).
    const int lines = size == AdSize::Strip ? m.grid_lines() / 4 : m.grid_lines() / 2;
    const Pt height = m.area_bottom() - label_height(ctx) - m.baseline(m.grid_lines() - 1 - lines) - m.grid();
    return AdFormat{columns, span_width(columns, m), height, {}};
}

AdFootprint foot_footprint(const Ad& ad, const LayoutContext& ctx, int page_number) {
    const AdFormat format = ad_format(ad.size, ctx);
    const AdBox box = fitted(ad, span_width(format.columns, ctx.master), format.height);
    const int first = PageMaster::is_right_hand(page_number) ? ctx.layout.page.columns - format.columns : 0;
    return {lines_for(box.height, ctx), first, format.columns};
}

AdBox foot_ad_box(const Ad& ad, const AdFootprint& footprint, int page_number, const LayoutContext& ctx) {
    const PageMaster& m = ctx.master;
    const Pt span = span_width(footprint.columns, m);
    AdBox box = fitted(ad, span, ad_format(ad.size, ctx).height);
    box.x = m.column_left(page_number, footprint.first_column) + (span - box.width) / 2;
    box.y = m.area_bottom() - box.height;
    return box;
}

void paint_foot_ad(const Ad& ad, const AdFootprint& footprint, Page& page, LayoutContext& ctx) {
    const AdBox box = foot_ad_box(ad, footprint, page.number, ctx);
    paint_label(ad, box.x, box.y - kLabelDrop * ctx.layout.style("ad-label").size, page, ctx);
    paint_ad_image(ad, box, page);
}

Page ad_page(const Ad& ad, LayoutContext& ctx, const std::string& section) {
    std::vector<Page> pages;
    Page& page = ctx.new_page(pages, section, {});
    if (ad.size == AdSize::Full) {
        paint_full_page_ad(ad, page, ctx);
        page.bare = true;  // no folio on a full-page ad
    } else {
        paint_foot_ad(ad, foot_footprint(ad, ctx, page.number), page, ctx);
    }
    return std::move(pages.front());
}

void check_ad_formats(const Issue& issue, const LayoutContext& ctx, Diagnostics& diagnostics) {
    auto check = [&](const Ad& ad) {
        if (ad.size == AdSize::Full) return;
        const AdFormat format = ad_format(ad.size, ctx);
        const Pt width = span_width(format.columns, ctx.master);
        const AdBox box = fitted(ad, width, format.height);
        if (box.width >= width - 0.01) return;
        auto mm = [](Pt v) {
            char text[16];
            std::snprintf(text, sizeof text, "%.1f", v / 72 * 25.4);
            return std::string(text);
        };
        diagnostics.add(warning(ad.file.filename().string() + " is too tall for the " + name_of(ad.size) +
                                    " ad format (" + mm(width) + " × " + mm(format.height) + " mm): at that width it would be " +
                                    mm(width * ad.info.aspect()) + " mm tall, so it is printed " + mm(box.width) + " × " +
                                    mm(box.height) + " mm with white beside it",
                                "supply the ad at " + mm(width) + " × " + mm(format.height) +
                                    " mm (width × height), or change the layout's <ad-size name=\"" +
                                    name_of(ad.size) + "\">")
                            .at(ad.where));
    };
    for (const Section& section : issue.sections)
        for (const auto& [after, ad] : section.ads) check(ad);
    for (const Ad& ad : issue.closing_ads) check(ad);
    for (const Ad& ad : issue.house_ads) check(ad);
}

}  // namespace heftsatz
