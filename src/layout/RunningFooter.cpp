#include "layout/RunningFooter.h"

#include "layout/LinePainter.h"

namespace heftsatz {

void paint_running_titles(Page& page, LayoutContext& ctx) {
    const PageMaster& master = ctx.master;
    const ParagraphStyle& style = ctx.layout.style("footer");
    const Pt left = master.area_left(page.number);
    const Pt width = master.area_width();
    const Pt baseline = master.footer_baseline();
    const bool right_hand = PageMaster::is_right_hand(page.number);

    page.items.push_back(Rule{left, baseline - style.size - 3, left + width,
                              baseline - style.size - 3, 0.4, Rgb{0.45, 0.45, 0.45}});

    std::string title = ctx.issue.magazine + " · " + ctx.issue.edition();
    if (!page.section.empty()) title += " · " + page.section;
    SetBlock folio = ctx.setter.set_text(std::to_string(page.number), style, width);
    SetBlock text = ctx.setter.set_text(title, style, width);
    if (!page.section.empty()) {
        // The section at the head, at the outer edge, over a hairline.
        const ParagraphStyle& head = ctx.layout.style("running-head");
        SetBlock section = ctx.setter.set_text(page.section, head, width);
        const Pt head_y = master.area_top() - 14;
        if (!section.lines.empty()) {
            const Pt x = right_hand ? left + width - section.lines[0].width : left;
            paint_line(section, section.lines[0], x, head_y, page);
        }
    }
    if (folio.lines.empty() || text.lines.empty()) return;
    const Pt folio_width = folio.lines[0].width;
    const Pt gap = 2 * style.size;
    if (right_hand) {
        const Pt folio_x = left + width - folio_width;
        paint_line(folio, folio.lines[0], folio_x, baseline, page);
        paint_line(text, text.lines[0], folio_x - gap - text.lines[0].width, baseline, page);
    } else {
        paint_line(folio, folio.lines[0], left, baseline, page);
        paint_line(text, text.lines[0], left + folio_width + gap, baseline, page);
    }
}

}  // namespace heftsatz
