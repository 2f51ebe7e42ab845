#include "layout/BodyBlocks.h"

#include <cmath>

namespace heftsatz {
namespace {

// Grid lines a figure's image needs at least beside its caption.
constexpr int kMinImageLines = 1;

struct BodySetter {
    const Article& article;
    LayoutContext& ctx;
    Diagnostics& diagnostics;
    std::vector<SetBlock> blocks;
    const Pt column = ctx.master.column_width();
    bool indent = false;       // German practice: no indent after a head or a break
    bool space_next = false;   // a blank grid line after a quote or box
    int boxes = 0;

    const ParagraphStyle& style(const char* name) const { return ctx.layout.style(name); }

    void push(SetBlock block) {
        if (space_next) block.space_before_lines = std::max(block.space_before_lines, 1);
        space_next = false;
        blocks.push_back(std::move(block));
    }

    void add(const Block& block, const std::string& suffix) {
        switch (block.kind) {
            case BlockKind::Heading:
                push(ctx.setter.set(block, style("heading"), column));
                indent = false;
                break;
            case BlockKind::Quote: {
                SetBlock quote = ctx.setter.set(block, style("quote"), column);
                quote.space_before_lines = std::max(1, quote.space_before_lines);
                push(std::move(quote));
                space_next = true;
                indent = false;
                break;
            }
            case BlockKind::Question:
                push(ctx.setter.set(block, style("question"), column));
                break;
            case BlockKind::Answer:
                push(ctx.setter.set(block, style("body"), column, false, suffix));
                break;
            case BlockKind::Box:
                add_box(block);
                break;
            case BlockKind::Figure:
                add_figure(block);
                break;
            default:
                push(ctx.setter.set(block, style("body"), column, indent, suffix));
                indent = true;
        }
    }

    void add_box(const Block& box) {
        const int group = boxes++;
        const Pt inner = column - 2 * kBoxPadding;
        bool first = true;
        auto grouped = [&](SetBlock set) {
            set.group = group;
            if (first) set.space_before_lines = 1;
            first = false;
            push(std::move(set));
        };
        add_box_content(box, inner, grouped);
        space_next = true;
        indent = false;
    }

    // A box inside a box joins its ground; a figure in a box floats like
    // any other (a tinted ground cannot follow it to a column's top).
    template <class Grouped>
    void add_box_content(const Block& box, Pt inner, Grouped& grouped) {
        if (!box.title.empty()) grouped(ctx.setter.set_text(box.title, style("box-title"), inner, box.where));
        for (const Block& child : box.children) {
            if (child.kind == BlockKind::Figure) {
                add_figure(child);
                continue;
            }
            if (child.kind == BlockKind::Box) {
                add_box_content(child, inner, grouped);
                continue;
            }
            SetBlock set = ctx.setter.set(child, style(child.kind == BlockKind::Heading ? "box-title" : "box"), inner);
            set.kind = child.kind == BlockKind::Heading ? BlockKind::Heading : BlockKind::Paragraph;
            grouped(std::move(set));
        }
    }

    void add_figure(const Block& block) {
        const Figure& figure = *block.figure;
        const Pt width = figure.span_page ? ctx.master.area_width() : column;
        Block caption = text_block(BlockKind::Meta, figure.caption, block.where);
        if (!figure.credit.empty()) caption.inlines.push_back(Inline{" " + figure.credit, false, false, {}});
        SetBlock set = ctx.setter.set(caption, style("caption"), width);
        set.kind = BlockKind::Figure;
        set.figure = &figure;
        set.span_page = figure.span_page;
        // Image, caption lines, and one blank grid line to the text below;
        // an image taller than a column is scaled down until all fits.
        const Pt grid = ctx.master.grid();
        const int text_lines = static_cast<int>(set.lines.size()) + 1;
        const int room = ctx.master.grid_lines() - text_lines;
        Pt image_height = width * figure.info.aspect();
        set.image_width = width;
        if (room < kMinImageLines) {
            // A caption is set under its image in one piece; one that leaves
            // the image no room would be cut off at the column's foot.
            Diagnostic d = error("the caption of " + figure.image.filename().string() + " takes " +
                                     std::to_string(set.lines.size()) + " lines; with its image it cannot fit in a " +
                                     (figure.span_page ? "page" : "column") + " of " +
                                     std::to_string(ctx.master.grid_lines()) + " lines",
                                 "shorten the caption to at most " +
                                     std::to_string(std::max(0, ctx.master.grid_lines() - 1 - kMinImageLines)) +
                                     " lines" + (figure.span_page ? "" : ", or give the figure span=\"page\""));
            d.at(block.where);
            d.article = article.id;
            diagnostics.add(std::move(d));
            image_height = kMinImageLines * grid;  // laid out on, so that every error is found in one run
            set.image_width = image_height / figure.info.aspect();
        } else if (image_height > room * grid) {
            image_height = room * grid;
            set.image_width = image_height / figure.info.aspect();
            Diagnostic d = warning(figure.image.filename().string() + " is taller than the column; scaled down to fit",
                                   "crop the image, or give it span=\"page\"");
            d.at(block.where);
            d.article = article.id;
            diagnostics.add(std::move(d));
        }
        set.float_lines = static_cast<int>(std::ceil(image_height / grid - 1e-6)) + text_lines;
        blocks.push_back(std::move(set));
    }
};

}  // namespace

std::vector<SetBlock> set_body(const Article& article, LayoutContext& ctx, Diagnostics& diagnostics,
                               bool lead_first) {
    BodySetter setter{article, ctx, diagnostics, {}};
    if (lead_first) {
        // Set as the body's first paragraph, in the body's bold face: the
        // lead's own leading would leave the baseline grid.
        Block lead = article.lead;
        lead.kind = BlockKind::Paragraph;
        for (Inline& in : lead.inlines) in.strong = true;
        setter.push(ctx.setter.set(lead, ctx.layout.style("body"), setter.column));
    }
    // The author's initials close the last paragraph, as the magazine does.
    std::size_t last_text = article.body.size();
    for (std::size_t i = 0; i < article.body.size(); ++i)
        if (article.body[i].kind == BlockKind::Paragraph || article.body[i].kind == BlockKind::Answer) last_text = i;
    for (std::size_t i = 0; i < article.body.size(); ++i) {
        const bool signed_here = i == last_text && !article.author.empty();
        setter.add(article.body[i], signed_here ? " (" + article.author + ")" : "");
    }
    const ParagraphStyle& meta = ctx.layout.style("meta");
    const Pt column = ctx.master.column_width();
    if (!article.source_text.empty())
        setter.push(ctx.setter.set_text(article.source_text, meta, column, article.source_where, article.source_href));
    if (!article.keywords.empty())
        setter.push(ctx.setter.set_text("Stichwörter: " + article.keywords, meta, column, article.keywords_where));
    return std::move(setter.blocks);
}

}  // namespace heftsatz
