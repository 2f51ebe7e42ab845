#include "layout/BodyBlocks.h"

#include "layout/Furniture.h"
#include "layout/RepeatedSentence.h"

#include <algorithm>
#include <map>

namespace heftsatz {
namespace {

struct BodySetter {
    const Article& article;
    LayoutContext& ctx;
    Diagnostics& diagnostics;
    std::vector<SetBlock> blocks;
    const Pt column = ctx.master.column_width();
    bool indent = false;       // German practice: no indent after a head or a break
    bool space_next = false;   // a blank grid line after a quote or box
    int boxes = 0;
    // Where each manifest paragraph went among `blocks`, and which pull
    // quotes still look for the sentence they repeat (body index of each).
    std::map<std::size_t, std::size_t> set_index{};
    std::vector<std::pair<std::size_t, std::size_t>> quotes{};  // (set block, body index)

    const ParagraphStyle& style(const char* name) const { return ctx.layout.style(name); }

    void push(SetBlock block) {
        if (space_next) block.space_before_lines = std::max(block.space_before_lines, 1);
        space_next = false;
        blocks.push_back(std::move(block));
    }

    void add(const Block& block, std::size_t body_index, const std::string& suffix) {
        switch (block.kind) {
            case BlockKind::Heading:
                push(ctx.setter.set(block, style("heading"), column));
                indent = false;
                break;
            case BlockKind::Quote: {
                SetBlock quote = set_pull_quote(block, ctx, article.id, diagnostics);
                if (quote.is_pull_quote()) {
                    // It floats to the sentence it repeats: the text around it runs on as if it were not there.
                    quotes.emplace_back(blocks.size(), body_index);
                    blocks.push_back(std::move(quote));
                    break;
                }
                push(std::move(quote));
                space_next = true;
                indent = false;
                break;
            }
            case BlockKind::Question:
                push(ctx.setter.set(block, style("question"), column));
                break;
            case BlockKind::Answer:
                set_index[body_index] = blocks.size();
                push(ctx.setter.set(block, style("body"), column, false, suffix));
                break;
            case BlockKind::Box:
                add_box(block);
                break;
            case BlockKind::ListItem:
                push(list_item(block, column, style("body"), suffix));
                indent = false;
                break;
            case BlockKind::Figure:
                blocks.push_back(set_figure(block, ctx, article.id, diagnostics));
                break;
            default:
                if (block.kind == BlockKind::Paragraph) set_index[body_index] = blocks.size();
                push(ctx.setter.set(block, style("body"), column, indent, suffix));
                indent = true;
        }
    }

    // A list item with a hanging indent wide enough for "10." (or the
    // bullet), its label attached for the painter.
    SetBlock list_item(const Block& block, Pt width, const ParagraphStyle& item_style, const std::string& suffix) {
        const bool numbered = block.label != "\u2022";
        const Pt hang = item_style.size * (numbered ? 1.7 : 1.0);
        SetBlock item = ctx.setter.set(block, item_style, width - hang, false, suffix);
        item.hang = hang;
        item.starts_list = block.starts_list;
        item.attached.push_back(ctx.setter.set_text(block.label, item_style, hang, block.where));
        return item;
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
                blocks.push_back(set_figure(child, ctx, article.id, diagnostics));
                continue;
            }
            if (child.kind == BlockKind::Box) {
                add_box_content(child, inner, grouped);
                continue;
            }
            if (child.kind == BlockKind::ListItem) {  // its label too, in the box's type
                SetBlock item = list_item(child, inner, style("box"), {});
                item.kind = BlockKind::ListItem;
                grouped(std::move(item));
                continue;
            }
            SetBlock set = ctx.setter.set(child, style(child.kind == BlockKind::Heading ? "box-title" : "box"), inner);
            set.kind = child.kind == BlockKind::Heading ? BlockKind::Heading : BlockKind::Paragraph;
            grouped(std::move(set));
        }
    }

    // Each pull quote follows the sentence it repeats, or else the
    // paragraph it follows in the manifest.
    void anchor_quotes() {
        if (quotes.empty()) return;
        RepeatedSentences sentences(article.body);
        for (const auto& [q, body_index] : quotes) {
            SetBlock& quote = blocks[q];
            const auto sentence = sentences.find(article.body[body_index].plain_text(), body_index);
            if (sentence && set_index.count(sentence->block)) {
                quote.repeats_block = set_index[sentence->block];
                quote.repeats_letters = sentence->letters;
                quote.repeats_found = true;
                continue;
            }
            for (std::size_t b = q; b-- > 0;)
                if (blocks[b].kind == BlockKind::Paragraph || blocks[b].kind == BlockKind::Answer) {
                    quote.repeats_block = b;
                    break;
                }
        }
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
        setter.add(article.body[i], i, signed_here ? " (" + article.author + ")" : "");
    }
    setter.anchor_quotes();
    const ParagraphStyle& meta = ctx.layout.style("meta");
    const Pt column = ctx.master.column_width();
    if (!article.source_text.empty())
        setter.push(ctx.setter.set_text(article.source_text, meta, column, article.source_where, article.source_href));
    if (!article.keywords.empty())
        setter.push(ctx.setter.set_text("Stichwörter: " + article.keywords, meta, column, article.keywords_where));
    return std::move(setter.blocks);
}

}  // namespace heftsatz
