// The cover (U1): masthead, edition, the cover image across the page, and
// cover lines that tease articles with their page numbers.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

namespace heftsatz {

Page cover_page(const Issue& issue, const std::vector<int>& line_pages, LayoutContext& ctx) {
    std::vector<Page> pages;
    Page& page = ctx.new_page(pages, {}, {});
    page.bare = true;  // the cover carries no folio
    const PageMaster& m = ctx.master;
    const LayoutSpec& layout = ctx.layout;
    const Pt left = m.area_left(page.number);
    const Pt width = m.area_width();

    const ParagraphStyle& masthead = layout.style("cover-masthead");
    Pt y = m.area_top() + masthead.size * 0.8;
    paint_block(ctx.setter.set_text(issue.magazine, masthead, width), left, y, page);
    y += masthead.size * 0.45;
    page.items.push_back(Rule{left, y, left + width, y, 2, layout.accent});
    const ParagraphStyle& edition = layout.style("cover-edition");
    y += edition.leading + 2;
    paint_block(ctx.setter.set_text(issue.edition() + " · " + issue.month_and_year(), edition, width), left, y, page);

    // The image runs across the whole page (bleed), aspect ratio kept.
    y += edition.leading;
    if (issue.cover) {
        const Pt height = page.width * issue.cover->info.aspect();
        page.items.push_back(Image{0, y, page.width, height, issue.cover->image, issue.cover->info.kind,
                                   "Titelbild"});
        y += height;
        const ParagraphStyle& style = layout.style("cover-line");
        ParagraphStyle number_style = style;  // the page number in the accent colour
        number_style.color = layout.accent;
        const Pt indent = 3 * style.size;
        y += style.leading * 1.5;
        for (std::size_t i = 0; i < issue.cover->lines.size() && y < m.area_bottom(); ++i) {
            const std::string number = i < line_pages.size() ? std::to_string(line_pages[i]) : "";
            paint_block(ctx.setter.set_text(number, number_style, indent), left, y, page);
            y = paint_block(ctx.setter.set_text(issue.cover->lines[i].text, style, width - indent), left + indent, y,
                            page) +
                style.leading * 1.3;
        }
    }
    return std::move(pages.front());
}

}  // namespace heftsatz
