// The imprint ("Impressum") from the manifest's publisher data, and the
// filler page ("Notizen") that brings the page count to a multiple of four.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

namespace heftsatz {
namespace {

// Where the imprint's next line goes: down a column, then the next column,
// then a page more. An imprint is short, but a long list of editors or
// notices must not run off the page's foot.
class ImprintColumns {
public:
    ImprintColumns(std::vector<Page>& pages, LayoutContext& ctx, Pt top)
        : pages_(pages), ctx_(ctx), first_top_(top), y_(top) {}

    // Paints `block` with its first baseline `gap` below the last line, and
    // each further line one leading below; `keep` more points of what
    // follows must fit in the same column as the first line (a heading
    // stays with its text).
    void place(const SetBlock& block, Pt gap, Pt keep, TextReport& report) {
        const PageMaster& m = ctx_.master;
        for (std::size_t l = 0; l < block.lines.size(); ++l) {
            const Pt step = l == 0 ? gap : block.style->leading;
            const Pt need = step + (l == 0 ? keep : 0);
            if (y_ + need > m.area_bottom() && !at_top()) next_column();
            y_ += step;
            Page& page = pages_.back();
            paint_line(block, block.lines[l], m.column_left(page.number, column_), y_, page);
        }
        report.check(block, {}, pages_.back().number);
    }

private:
    bool at_top() const { return y_ == top(); }
    Pt top() const { return pages_.size() == 1 ? first_top_ : ctx_.master.area_top(); }
    void next_column() {
        if (++column_ == ctx_.layout.page.columns) {
            ctx_.new_page(pages_, "Impressum", {});
            column_ = 0;
        }
        y_ = top();
    }

    std::vector<Page>& pages_;
    LayoutContext& ctx_;
    Pt first_top_;  // below the title on the first page
    Pt y_;          // the last baseline painted
    int column_ = 0;
};

}  // namespace

Page& new_titled_page(std::vector<Page>& pages, const std::string& title, LayoutContext& ctx, Pt& y,
                      TextReport* report, const SourceLocation& where) {
    Page& page = ctx.new_page(pages, title, {});
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    page.items.push_back(Rule{left, m.area_top() - 5, left + m.area_width(), m.area_top() - 5, 2, ctx.layout.accent});
    const SetBlock set = ctx.setter.set_text(title, ctx.layout.style("title"), m.area_width(), where);
    if (report) report->check(set, {}, page.number);
    y = paint_block(set, left, m.baseline(1), page);
    return page;
}

std::vector<Page> imprint_pages(const Issue& issue, LayoutContext& ctx, Diagnostics& diagnostics) {
    std::vector<Page> pages;
    Pt y = 0;
    new_titled_page(pages, "Impressum", ctx, y);
    const PageMaster& m = ctx.master;
    const Pt width = m.column_width();
    const ParagraphStyle& label = ctx.layout.style("directory-name");
    const ParagraphStyle& text = ctx.layout.style("directory-entry");
    const Imprint& imprint = *issue.imprint;
    TextReport report(diagnostics);
    ImprintColumns columns(pages, ctx, y);
    auto item = [&](const std::string& heading, const std::string& value, const SourceLocation& where) {
        if (value.empty()) return;
        columns.place(ctx.setter.set_text(heading, label, width, {}), 1.5 * label.leading, text.leading, report);
        columns.place(ctx.setter.set_text(value, text, width, where), text.leading, 0, report);
    };
    item("Herausgeber und Verlag", imprint.publisher + ", " + imprint.address, imprint.where);
    item("Telefon", imprint.phone, imprint.where);
    item("Internet", imprint.web, imprint.where);
    std::string editors;
    for (const auto& [role, name] : imprint.editors) editors += (editors.empty() ? "" : "; ") + role + ": " + name;
    item("Redaktion", editors, imprint.where);
    item("Erscheinungsweise", imprint.frequency, imprint.where);
    item("Druckauflage", imprint.print_run.empty() ? "" : imprint.print_run + " Exemplare", imprint.where);
    item("ISSN", imprint.issn, imprint.where);
    item("Ausgabe", issue.magazine + " " + issue.edition() + ", " + issue.month_and_year(), issue.where);
    item("Urheberrecht", imprint.copyright, imprint.where);
    return pages;
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
