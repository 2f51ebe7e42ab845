// The imprint ("Impressum") from the manifest's publisher data, and the
// filler page ("Notizen") that brings the page count to a multiple of four.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

#include <algorithm>
#include <map>
#include <set>

namespace heftsatz {
namespace {

// One item of the imprint: a heading ("Redaktion") and its text.
struct ImprintItem {
    SetBlock heading, text;
};

// Where one line of the imprint goes.
struct ImprintLine {
    const SetBlock* block;
    std::size_t line;
    std::size_t page;  // 0: the page with the title
    int column;
    Pt y;  // baseline
};

// Runs the imprint's lines down the columns: a block's first line `gap`
// below what came before, with `keep` more points of what follows in the
// same column (a heading with its text), each further line one leading
// below; then the next column, then a page more. An imprint is
// short, but a long list of editors or notices must not run off the foot.
// On the first page the columns end at `first_bottom` (balancing).
class ImprintColumns {
public:
    ImprintColumns(const PageMaster& master, int columns, Pt first_top, Pt first_bottom)
        : master_(master), columns_(columns), first_top_(first_top), first_bottom_(first_bottom), y_(first_top) {}

    void place(const SetBlock& block, Pt gap, Pt keep) {
        for (std::size_t l = 0; l < block.lines.size(); ++l) {
            const Pt step = l == 0 ? gap : block.style->leading;
            const Pt need = step + (l == 0 ? keep : 0);
            if (y_ + need > bottom() + 1e-6 && !at_top()) next_column();
            y_ += step;
            lines_.push_back({&block, l, page_, column_, y_});
        }
    }
    const std::vector<ImprintLine>& lines() const { return lines_; }
    std::size_t pages() const { return page_ + 1; }

private:
    bool at_top() const { return y_ == top(); }
    Pt top() const { return page_ == 0 ? first_top_ : master_.area_top(); }
    Pt bottom() const { return page_ == 0 ? first_bottom_ : master_.area_bottom(); }
    void next_column() {
        if (++column_ == columns_) {
            ++page_;
            column_ = 0;
        }
        y_ = top();
    }

    const PageMaster& master_;
    int columns_;
    Pt first_top_;     // below the title on the first page
    Pt first_bottom_;  // where the first page's columns end
    Pt y_;             // the last baseline placed
    std::size_t page_ = 0;
    int column_ = 0;
    std::vector<ImprintLine> lines_;
};

// The imprint's lines with its columns balanced: the shortest columns that
// hold it on the title's page, each item whole in one column unless it is
// taller than a column. An imprint longer than that page runs on down full
// columns.
ImprintColumns balanced(const std::vector<ImprintItem>& items, const PageMaster& master, int columns, Pt top,
                        const ParagraphStyle& heading, const ParagraphStyle& text) {
    auto run = [&](Pt bottom) {
        ImprintColumns flow(master, columns, top, bottom);
        for (const ImprintItem& item : items) {
            flow.place(item.heading, 1.5 * heading.leading, static_cast<Pt>(item.text.lines.size()) * text.leading);
            flow.place(item.text, text.leading, 0);
        }
        return flow;
    };
    Pt total = 0;
    for (const ImprintItem& item : items)
        total += 1.5 * heading.leading + (static_cast<Pt>(item.heading.lines.size()) - 1) * heading.leading +
                 static_cast<Pt>(item.text.lines.size()) * text.leading;
    // Column ends in half leadings: the headings stand 1.5 leadings apart.
    for (Pt bottom = top + total / columns; bottom < master.area_bottom(); bottom += text.leading / 2) {
        ImprintColumns flow = run(bottom);
        if (flow.pages() == 1) return flow;
    }
    return run(master.area_bottom());
}

}  // namespace

Page& new_titled_page(std::vector<Page>& pages, const std::string& title, LayoutContext& ctx, Pt& y,
                      const Story& story, StructRole role, TextReport* report, const SourceLocation& where) {
    Page& page = ctx.new_page(pages, title, {});
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    page.items.push_back(Rule{left, m.area_top() - 5, left + m.area_width(), m.area_top() - 5, 2, ctx.layout.accent});
    const SetBlock set = ctx.setter.set_text(title, ctx.layout.style("title"), m.area_width(), where);
    if (report) report->check(set, {}, page.number);
    y = paint_block(set, left, m.baseline(1), page, tag_on(page, story.key, story.kind, role, 0));
    return page;
}

std::vector<Page> imprint_pages(const Issue& issue, LayoutContext& ctx, Diagnostics& diagnostics) {
    std::vector<Page> pages;
    Pt y = 0;
    const Story story{"imprint", StoryKind::Imprint};
    new_titled_page(pages, "Impressum", ctx, y, story, StructRole::Title);
    const PageMaster& m = ctx.master;
    const Pt width = m.column_width();
    const ParagraphStyle& heading = ctx.layout.style("directory-name");
    const ParagraphStyle& text = ctx.layout.style("directory-entry");
    const Imprint& imprint = *issue.imprint;
    std::vector<ImprintItem> items;
    auto item = [&](const std::string& title, const std::string& value, const SourceLocation& at) {
        if (value.empty()) return;
        items.push_back({ctx.setter.set_text(title, heading, width, {}), ctx.setter.set_text(value, text, width, at)});
    };
    // The order of German magazines' imprints: who publishes, how to reach
    // them, who is responsible for the text and the ads, who prints, then
    // the issue's facts.
    item("Herausgeber und Verlag", imprint.publisher + (imprint.address.empty() ? "" : ", " + imprint.address),
         imprint.where);
    item("Telefon", imprint.phone, imprint.where);
    // The addresses are links: mail to the editors, the publisher's site.
    auto linked = [&](const std::string& title, const std::string& value, const std::string& href) {
        if (value.empty()) return;
        items.push_back({ctx.setter.set_text(title, heading, width, {}),
                         ctx.setter.set(text_block(BlockKind::Paragraph, {Inline{value, false, false, href, {}}}, imprint.where),
                                        text, width)});
    };
    linked("E-Mail", imprint.email, "mailto:" + imprint.email);
    linked("Internet", imprint.web,
           imprint.web.find("://") == std::string::npos ? "https://" + imprint.web : imprint.web);
    // "Redaktion: A, B, C": each role named once, in the order of its first editor.
    std::vector<std::pair<std::string, std::string>> roles;
    for (const auto& editor : imprint.editors) {  // not a structured binding: clang cannot capture one
        const std::string& role = editor.first;
        auto it = std::find_if(roles.begin(), roles.end(), [&](const auto& r) { return r.first == role; });
        if (it == roles.end()) roles.emplace_back(role, editor.second);
        else it->second += ", " + editor.second;
    }
    std::string editors;
    for (const auto& [role, names] : roles) editors += (editors.empty() ? "" : "; ") + role + ": " + names;
    item("Redaktion", editors, imprint.where);
    item("V.i.S.d.P.", imprint.responsible, imprint.where);
    item("Anzeigen", imprint.advertising, imprint.where);
    item("Druck", imprint.printer, imprint.where);
    item("Erscheinungsweise", imprint.frequency, imprint.where);
    item("Druckauflage", imprint.print_run.empty() ? "" : imprint.print_run + " Exemplare", imprint.where);
    item("ISSN", imprint.issn, imprint.where);
    item("Ausgabe", issue.magazine + " " + issue.edition() + ", " + issue.month_and_year(), issue.where);
    item("Urheberrecht", imprint.copyright, imprint.where);

    // A blank line under the title, as on the contents page.
    const ImprintColumns flow = balanced(items, m, ctx.layout.page.columns, y + text.leading, heading, text);
    while (pages.size() < flow.pages()) ctx.new_page(pages, "Impressum", {});
    // Each item a heading (its label) and a paragraph, in the items' order.
    std::map<const SetBlock*, std::uint32_t> block_of;
    for (std::size_t i = 0; i < items.size(); ++i) {
        block_of[&items[i].heading] = static_cast<std::uint32_t>(2 * i + 1);
        block_of[&items[i].text] = static_cast<std::uint32_t>(2 * i + 2);
    }
    for (const ImprintLine& line : flow.lines()) {
        Page& page = pages[line.page];
        const std::uint32_t block = block_of[line.block];
        const StructTag tag = tag_on(page, story.key, story.kind,
                                     block % 2 == 1 ? StructRole::Heading : StructRole::Paragraph, block);
        paint_line(*line.block, line.block->lines[line.line], m.column_left(page.number, line.column), line.y, page,
                   tag);
    }
    // Each block is checked on the page of its first line.
    TextReport report(diagnostics);
    std::set<const SetBlock*> checked;
    for (const ImprintLine& line : flow.lines())
        if (checked.insert(line.block).second) report.check(*line.block, {}, pages[line.page].number);
    return pages;
}

Page notes_page(LayoutContext& ctx) {
    std::vector<Page> pages;
    Pt y = 0;
    Page& page = new_titled_page(pages, "Notizen", ctx, y, Story{"notes", StoryKind::Imprint}, StructRole::Title);
    const PageMaster& m = ctx.master;
    const Pt left = m.area_left(page.number);
    for (int line = m.grid_line_at_or_below(y) + 3; line < m.grid_lines(); line += 2)
        page.items.push_back(Rule{left, m.baseline(line), left + m.area_width(), m.baseline(line), 0.3,
                                  Rgb{0.6, 0.6, 0.6}});
    return std::move(pages.front());
}

}  // namespace heftsatz
