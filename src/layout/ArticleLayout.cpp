#include "layout/ArticleLayout.h"

#include "layout/ColumnFlow.h"
#include "layout/LinePainter.h"

#include <cstdio>
#include <map>

namespace heftsatz {
namespace {

std::string codepoint_name(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

// Warnings about one set block, now that its page is known.
void report_block(const SetBlock& block, const std::string& article_id, int page,
                  Diagnostics& diagnostics) {
    for (const MissingGlyph& m : block.paragraph.missing) {
        const Font* font = block.paragraph.styles[m.style].font;
        Diagnostic d = warning("character " + codepoint_name(m.codepoint) + " is not in the font " +
                                   font->postscript_name() + "; it prints as an empty box",
                               "replace the character, or name a font that has it in the layout");
        d.at(block.where);
        d.article = article_id;
        d.page = page;
        diagnostics.add(std::move(d));
    }
    for (const SetLine& line : block.lines)
        if (line.info.overfull) {
            char amount[32];
            std::snprintf(amount, sizeof amount, "%.1f", line.width - block.width);
            Diagnostic d = warning("overfull line: \"" + line_text(block.paragraph, line) + "\" is " +
                                       amount + " pt wider than its column",
                                   "add a soft hyphen (&#173;) to a long word or rephrase");
            d.at(block.where);
            d.article = article_id;
            d.page = page;
            diagnostics.add(std::move(d));
        }
}

}  // namespace

LaidOutArticle lay_out_article(const Article& article, const std::string& section, LayoutContext& ctx) {
    const LayoutSpec& layout = ctx.layout;
    const PageMaster& master = ctx.master;
    const int columns = layout.page.columns;
    LaidOutArticle out;
    std::vector<Page>& pages = out.pages;
    Page* page = &ctx.new_page(pages, section, article.id);

    // Header across all columns: an accent rule, kicker, title, lead.
    const Pt left = master.area_left(page->number);
    const Pt width = master.area_width();
    page->items.push_back(Rule{left, master.area_top() - 5, left + width, master.area_top() - 5, 2,
                               layout.accent});
    Pt y = master.baseline(0);
    bool first_block = true;
    const ParagraphStyle* previous = nullptr;
    for (const auto& [block, style_name] :
         {std::pair{&article.kicker, "kicker"}, {&article.title, "title"}, {&article.lead, "lead"}}) {
        if (block->empty()) continue;
        const ParagraphStyle& style = layout.style(style_name);
        SetBlock set = ctx.setter.set(*block, style, width);
        if (!first_block) y += previous->space_after + style.space_before + style.leading;
        for (std::size_t l = 0; l < set.lines.size(); ++l) {
            if (l > 0) y += style.leading;
            paint_line(set, set.lines[l], left, y, *page);
        }
        report_block(set, article.id, page->number, out.diagnostics);
        first_block = false;
        previous = &style;
    }
    const ParagraphStyle& body = layout.style("body");
    const int body_start =
        first_block ? 0
                    : master.grid_line_at_or_below(y + previous->space_after + body.leading);

    // The body, then the meta lines (keywords, source).
    const Pt column = master.column_width();
    std::vector<SetBlock> blocks;
    bool indent = false;
    for (std::size_t i = 0; i < article.body.size(); ++i) {
        const Block& block = article.body[i];
        bool last = i + 1 == article.body.size();
        if (block.kind == BlockKind::Heading) {
            blocks.push_back(ctx.setter.set(block, layout.style("heading"), column));
            indent = false;
            continue;
        }
        std::string suffix = last && !article.author.empty() ? " (" + article.author + ")" : "";
        blocks.push_back(ctx.setter.set(block, body, column, indent, suffix));
        indent = true;
    }
    const ParagraphStyle& meta = layout.style("meta");
    if (!article.source_text.empty())
        blocks.push_back(ctx.setter.set_text(article.source_text, meta, column, article.source_href));
    if (!article.keywords.empty())
        blocks.push_back(ctx.setter.set_text("Stichwörter: " + article.keywords, meta, column));

    ColumnSpace space;
    space.lines_per_column = master.grid_lines();
    space.first_line = [&](int c) { return c < columns ? body_start : 0; };
    std::vector<LinePlacement> placements = flow_balanced(blocks, space, columns, master.grid());

    std::map<std::size_t, int> block_page;
    for (const LinePlacement& p : placements) {
        const auto page_index = static_cast<std::size_t>(p.column / columns);
        while (pages.size() <= page_index) ctx.new_page(pages, section, article.id);
        Page& target = pages[page_index];
        const SetBlock& block = blocks[p.block];
        paint_line(block, block.lines[p.line], master.column_left(target.number, p.column % columns),
                   master.baseline(p.grid_line), target);
        block_page.emplace(p.block, target.number);
    }
    for (const auto& [b, number] : block_page) report_block(blocks[b], article.id, number, out.diagnostics);

    out.bookmark = Bookmark{article.title.plain_text(), 0, master.area_top() - 12, {}};
    return out;
}

}  // namespace heftsatz
