// The contents ("Inhalt"): the sections with their articles and start pages.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

namespace heftsatz {

std::vector<Page> contents_pages(const std::vector<ContentsEntry>& entries, LayoutContext& ctx) {
    std::vector<Page> pages;
    const PageMaster& m = ctx.master;
    const LayoutSpec& layout = ctx.layout;
    const ParagraphStyle& section = layout.style("contents-section");
    const ParagraphStyle& entry = layout.style("contents-entry");
    ParagraphStyle number_style = layout.style("contents-section");
    number_style.size = entry.size;
    const Pt folio_width = 4 * entry.size;

    Page* page = nullptr;
    Pt y = 0, left = 0, width = m.area_width() * 0.62;
    auto start_page = [&] {
        page = &new_titled_page(pages, "Inhalt", ctx, y);
        left = m.area_left(page->number);
    };
    start_page();
    std::string current;
    for (const ContentsEntry& e : entries) {
        SetBlock head = ctx.setter.set_text(e.section, section, width);
        SetBlock text = ctx.setter.set_text(e.kicker.empty() ? e.title : e.kicker + ": " + e.title, entry,
                                            width - folio_width);
        const bool new_section = e.section != current;
        const Pt need = (new_section ? 2 * section.leading : 0) + text.lines.size() * entry.leading + entry.leading;
        if (y + need > m.area_bottom()) start_page();
        if (new_section) {
            y = paint_block(head, left, y + section.leading + section.space_before, *page);
            current = e.section;
        }
        y += entry.leading * 1.4;
        paint_block(ctx.setter.set_text(std::to_string(e.page), number_style, folio_width), left, y, *page);
        y = paint_block(text, left + folio_width, y, *page);
    }
    return pages;
}

}  // namespace heftsatz
