// The imprint ("Impressum") from the manifest's publisher data, and the
// filler page ("Notizen") that brings the page count to a multiple of four.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

namespace heftsatz {
Page& new_titled_page(std::vector<Page>& pages, const std::string& title, LayoutContext& ctx, Pt& y) {
    Page& page = ctx.new_page(pages, title, {});
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    page.items.push_back(Rule{left, m.area_top() - 5, left + m.area_width(), m.area_top() - 5, 2, ctx.layout.accent});
    y = paint_block(ctx.setter.set_text(title, ctx.layout.style("title"), m.area_width()), left, m.baseline(1), page);
    return page;
}

Page imprint_page(const Issue& issue, LayoutContext& ctx) {
    std::vector<Page> pages;
    Pt y = 0;
    Page& page = new_titled_page(pages, "Impressum", ctx, y);
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    const Pt width = m.column_width();
    const ParagraphStyle& label = ctx.layout.style("directory-name");
    const ParagraphStyle& text = ctx.layout.style("directory-entry");
    const Imprint& imprint = *issue.imprint;
    auto item = [&](const std::string& heading, const std::string& value) {
        if (value.empty()) return;
        y = paint_block(ctx.setter.set_text(heading, label, width), left, y + 1.5 * label.leading, page);
        y = paint_block(ctx.setter.set_text(value, text, width), left, y + text.leading, page);
    };
    item("Herausgeber und Verlag", imprint.publisher + ", " + imprint.address);
    item("Telefon", imprint.phone);
    item("Internet", imprint.web);
    std::string editors;
    for (const auto& [role, name] : imprint.editors) editors += (editors.empty() ? "" : "; ") + role + ": " + name;
    item("Redaktion", editors);
    item("Erscheinungsweise", imprint.frequency);
    item("Druckauflage", imprint.print_run.empty() ? "" : imprint.print_run + " Exemplare");
    item("ISSN", imprint.issn);
    item("Ausgabe", issue.magazine + " " + issue.edition() + ", " + issue.month_and_year());
    item("Urheberrecht", imprint.copyright);
    return std::move(pages.front());
}

Page notes_page(LayoutContext& ctx) {
    std::vector<Page> pages;
    Pt y = 0;
    Page& page = new_titled_page(pages, "Notizen", ctx, y);
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    for (int line = m.grid_line_at_or_below(y) + 3; line < m.grid_lines(); line += 2)
        page.items.push_back(Rule{left, m.baseline(line), left + m.area_width(), m.baseline(line), 0.3,
                                  Rgb{0.6, 0.6, 0.6}});
    return std::move(pages.front());
}

}  // namespace heftsatz
