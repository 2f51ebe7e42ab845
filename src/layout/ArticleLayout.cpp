#include "layout/ArticleLayout.h"

#include "layout/AdPlacement.h"
#include "layout/ArticleHead.h"
#include "layout/BodyBlocks.h"
#include "layout/ColumnFlow.h"
#include "layout/Copyfit.h"
#include "layout/Furniture.h"
#include "layout/LinePainter.h"
#include "layout/TextReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

namespace heftsatz {
namespace {

// A justified line whose word spaces are wider than this many times their
// natural width is reported: there readers see holes and the eye slips to
// the line above (the typography report counts lines over 1.5, 2 and 3).
constexpr double kVeryLoose = 2.5;

// Warnings about one set block, now that its page is known.
void report_block(const SetBlock& block, const std::vector<SetLine>& lines, const std::string& article_id,
                  int page, TextReport& text, Diagnostics& diagnostics) {
    text.check(block, lines, article_id, page);
    for (const SetBlock& part : block.attached) text.check(part, part.lines, article_id, page);
    for (const SetLine& line : lines) {
        if (block.paragraph().align != Align::Justify || line.last) continue;
        char amount[64];
        if (line.info.ratio >= kUnjustified)
            std::snprintf(amount, sizeof amount, "one word, left short of the column");
        else if (line.natural_space > 0 && line.space > kVeryLoose * line.natural_space)
            std::snprintf(amount, sizeof amount, "word spaces %.1f times their natural width",
                          line.space / line.natural_space);
        else
            continue;
        Diagnostic d = warning("very loose line: \"" + line_text(block.paragraph(), line) + "\" (" + amount + ")",
                               "add a soft hyphen (&#173;) to a long word nearby, or rephrase");
        d.at(block.where);
        d.article = article_id;
        d.page = page;
        diagnostics.add(std::move(d));
    }
}

// ColumnFlow avoids widows and orphans; where a column too short for the
// rules forced one, the editor hears of it, and the typography report
// counts it.
void report_widows_and_orphans(const std::vector<SetBlock>& blocks, const std::vector<LinePlacement>& placements,
                               int columns, int first_page, const std::string& article_id, Diagnostics& diagnostics,
                               GreyTally& grey) {
    std::map<std::size_t, std::vector<std::pair<int, int>>> parts;  // block → (column, lines) in order
    for (const LinePlacement& p : placements) {
        if (p.line == LinePlacement::kImage) continue;
        auto& v = parts[p.block];
        if (v.empty() || v.back().first != p.column) v.emplace_back(p.column, 0);
        ++v.back().second;
    }
    for (const auto& [b, v] : parts) {
        const SetBlock& block = blocks[b];
        if (v.size() < 2 || (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Answer)) continue;
        auto report = [&](const char* what, int column) {
            Diagnostic d = warning(std::string(what), "shorten or lengthen the paragraph by a few words");
            d.at(block.where);
            d.article = article_id;
            d.page = first_page + column / columns;
            diagnostics.add(std::move(d));
        };
        if (v.front().second == 1) {
            report("orphan: a paragraph's first line stands alone at the foot of a column", v.front().first);
            ++grey.orphans;
        }
        if (v.back().second == 1) {
            report("widow: a paragraph's last line stands alone at the head of a column", v.back().first);
            ++grey.widows;
        }
    }
}

int last_page_of(const std::vector<LinePlacement>& placements, int columns) {
    int last = 0;
    for (const LinePlacement& p : placements) last = std::max(last, p.column / columns);
    return last;
}

// What a block of an article is in the structure of its pages.
StructRole role_of(const SetBlock& block) {
    if (block.kind == BlockKind::ListItem) return StructRole::ListItem;
    if (block.group >= 0)  // an info box: its title and headings one level below the article's
        return block.style && block.style->name == "box-title" ? StructRole::Subheading : StructRole::Paragraph;
    switch (block.kind) {
        case BlockKind::Title: return StructRole::Title;
        case BlockKind::Heading: return StructRole::Heading;
        case BlockKind::Quote: return StructRole::Quote;
        case BlockKind::Figure: return StructRole::Figure;
        case BlockKind::ListItem: return StructRole::ListItem;
        default: return StructRole::Paragraph;
    }
}

}  // namespace

std::string story_of(const MeasuredArticle& measured) {
    return measured.story.empty() && measured.article ? measured.article->id : measured.story;
}

MeasuredArticle measure_article(const Article& article, const std::string& section, LayoutContext& ctx) {
    MeasuredArticle m;
    m.article = &article;
    m.section = section;
    m.memo = LineMemo(ctx.counters);
    const Pt width = ctx.master.area_width();
    for (const auto& [block, style_name] : {std::pair{&article.kicker, "kicker"}, {&article.title, "title"}})
        if (!block->empty()) m.header.push_back(ctx.setter.set(*block, ctx.layout.style(style_name), width));
    std::optional<SetBlock> lead;
    if (!article.lead.empty())
        lead = ctx.setter.set(article.lead, ctx.layout.style("lead"), ctx.master.span_width(lead_columns(ctx.layout.page)));
    const bool lead_in_head = fit_header(article, m.header, lead ? &*lead : nullptr, ctx, m.diagnostics);
    if (lead_in_head) m.header.push_back(std::move(*lead));
    m.body = set_body(article, ctx, m.diagnostics, lead && !lead_in_head);
    return m;
}

std::string continuation_head(int from_page, const std::string& title) {
    return "Fortsetzung von Seite " + std::to_string(from_page) + ": " + title;
}

std::string continuation_foot(int to_page) { return "Fortsetzung auf Seite " + std::to_string(to_page); }

// The first grid line below everything placed on the flow's last page.
int end_line_of(const std::vector<SetBlock>& blocks, const Flow& flow, int columns) {
    const int last = last_page_of(flow.placed, columns);
    int end = 0;
    for (const LinePlacement& p : flow.placed) {
        if (p.column / columns != last) continue;
        end = std::max(end, p.line == LinePlacement::kImage ? p.grid_line + blocks[p.block].unit_lines : p.grid_line + 1);
    }
    return end;
}

LaidOutArticle place_article(MeasuredArticle& measured, LayoutContext& ctx, const FootAd& foot_ad,
                             const StartAt& start) {
    const Article& article = *measured.article;
    const std::string& section = measured.section;
    const std::string story = story_of(measured);
    const LayoutSpec& layout = ctx.layout;
    const PageMaster& master = ctx.master;
    const int columns = layout.page.columns;
    LaidOutArticle out;
    out.diagnostics = measured.diagnostics;
    std::vector<Page>& pages = out.pages;
    auto new_page = [&] {
        Page& p = ctx.new_page(pages, section, article.id);
        p.number = start.page + static_cast<int>(pages.size()) - 1;
        return &p;
    };
    Page* page = new_page();

    // Header: an accent rule, kicker and title across the columns, the lead
    // in two; under an article before it, the rule parts them.
    const Pt left = master.area_left(page->number);
    const Pt width = master.area_width();
    const Pt shift = start.first_line * master.grid();
    page->items.push_back(Rule{left, master.area_top() + shift - 5, left + width, master.area_top() + shift - 5, 2,
                               layout.accent});
    TextReport text(out.diagnostics);
    std::vector<const SetBlock*> header;
    for (const SetBlock& set : measured.header) header.push_back(&set);
    const HeaderPlan plan = plan_header(header, ctx);
    for (std::size_t b = 0; b < header.size(); ++b) {
        const StructTag tag = tag_on(*page, story, StoryKind::Article, role_of(*header[b]), static_cast<std::uint32_t>(b));
        for (std::size_t l = 0; l < header[b]->lines.size(); ++l)
            paint_line(*header[b], header[b]->lines[l], left, plan.baselines[b][l] + shift, *page, tag);
        report_block(*header[b], header[b]->lines, article.id, page->number, text, out.diagnostics);
    }
    // The first grid line of the body in each column of the first page.
    std::vector<int> body_start = plan.column_start;
    for (int& line : body_start) line += start.first_line;

    const std::vector<SetBlock>& blocks = measured.body;
    LineMemo& memo = measured.memo;
    ColumnSpace space;
    space.lines_per_column = master.grid_lines();
    space.columns_per_page = columns;
    space.first_line = [&](int c) { return c < columns ? body_start[static_cast<std::size_t>(c)] : 0; };
    space.hyphen_at_page_end = layout.justification.hyphen_at_page_end;
    space.hyphen_at_column_end = layout.justification.hyphen_at_column_end;
    Flow flow = flow_fitted(blocks, memo, space, master.grid());
    const int in_place = article.pages_in_place;
    if (in_place > 0 && last_page_of(flow.placed, columns) >= in_place) {
        // Too long for its place: keep a line at the foot of the last column
        // there ("Fortsetzung auf Seite …") and, at the head of the
        // continuation, the lines of "Fortsetzung von Seite …: title" and
        // one blank, and flow again. The head is measured with a four-digit
        // page number, so the real one never needs more lines.
        const ParagraphStyle& head_style = layout.style("box-title");
        const SetBlock head = ctx.setter.set_text(continuation_head(9999, article.title.plain_text()), head_style,
                                                  width, article.title.where);
        const int steps = std::max(1, static_cast<int>(std::ceil(head_style.leading / master.grid() - 1e-6)));
        out.continuation_head_lines = static_cast<int>(head.lines.size()) * steps;
        const int head_end = out.continuation_head_lines + 1;
        if (head_end + kMinBodyLines > master.grid_lines()) {
            Diagnostic d = error("the title takes " + std::to_string(head.lines.size()) +
                                     " lines in the head of the article's continuation, more than its page holds",
                                 "shorten the title");
            d.at(article.title.where);
            d.article = article.id;
            out.diagnostics.add(std::move(d));
        }
        space.reserved_page = in_place - 1;
        space.reserved_column = columns - 1;
        space.reserved_lines = 1;
        space.first_line = [&](int c) {
            if (c < columns) return body_start[static_cast<std::size_t>(c)];
            return c / columns == in_place ? head_end : 0;
        };
        flow = flow_fitted(blocks, memo, space, master.grid());
        out.in_place = static_cast<std::size_t>(in_place);
    }
    if (foot_ad.ad && out.in_place == 0) {
        // The ad takes the foot of the last page, the text balanced above it.
        // If the text then needs a page more, that is allowed only when asked
        // for: the text goes on, balanced, on the next page. An ad on the
        // first page (under the article before) has the text flow around it.
        ColumnSpace with_ad = space;
        with_ad.reserved_column = foot_ad.footprint.first_column;
        with_ad.reserved_column_end = foot_ad.footprint.end_column();
        with_ad.reserved_lines = foot_ad.footprint.lines;
        with_ad.reserved_page = foot_ad.on_first_page ? 0 : last_page_of(flow.placed, columns);
        Flow trial = flow_fitted(blocks, memo, with_ad, master.grid());
        if (foot_ad.on_first_page || last_page_of(trial.placed, columns) == with_ad.reserved_page ||
            foot_ad.may_add_page) {
            flow = std::move(trial);
            while (pages.size() <= static_cast<std::size_t>(with_ad.reserved_page)) new_page();
            Page& target = pages[static_cast<std::size_t>(with_ad.reserved_page)];
            paint_foot_ad(*foot_ad.ad, foot_ad.footprint, target, ctx);
            out.foot_ad_placed = true;
            out.last_page_closed = last_page_of(flow.placed, columns) == with_ad.reserved_page;
        }
    }
    // Paint every placed line; figures and box grounds as they come.
    std::map<std::size_t, int> block_page;
    std::map<std::pair<int, int>, std::pair<int, int>> grounds;  // (group, column) → first, last grid line
    for (const LinePlacement& p : flow.placed) {
        const auto page_index = static_cast<std::size_t>(p.column / columns);
        while (pages.size() <= page_index) new_page();
        Page& target = pages[page_index];
        const SetBlock& block = blocks[p.block];
        Pt x = master.column_left(target.number, p.column % columns);
        block_page.emplace(p.block, target.number);
        const StructTag tag = tag_on(target, story, StoryKind::Article, role_of(block),
                                     kBodyBlock + static_cast<std::uint32_t>(p.block));
        if (p.line == LinePlacement::kImage) {
            paint_unit(block, x, master.baseline(p.grid_line) - master.grid(), layout.accent, target,
                       out.diagnostics, article.id, tag);
            continue;
        }
        if (block.group >= 0) {
            auto [it, added] = grounds.try_emplace({block.group, p.column}, p.grid_line, p.grid_line);
            if (!added) it->second.second = std::max(it->second.second, p.grid_line);
            x += kBoxPadding;
        }
        if (block.hang > 0) {
            // A list item: its label at the column's edge on its first line,
            // its text indented (LI with Lbl and LBody in the structure).
            if (p.line == 0 && !block.attached.empty() && !block.attached[0].lines.empty())
                paint_line(block.attached[0], block.attached[0].lines[0], x, master.baseline(p.grid_line), target,
                           tag.with_part(block.starts_list ? kFirstListLabel : kListLabel, StructRole::ListLabel));
            paint_line(block, (*flow.lines[p.block])[p.line], x + block.hang, master.baseline(p.grid_line), target,
                       tag.with_part(kListBody, StructRole::ListBody));
            continue;
        }
        paint_line(block, (*flow.lines[p.block])[p.line], x, master.baseline(p.grid_line), target, tag);
    }
    // Box grounds go under their text: painted first.
    for (const auto& [key, range] : grounds) {
        Page& target = pages[static_cast<std::size_t>(key.second / columns)];
        const Pt top = master.baseline(range.first) - master.grid();
        const Pt bottom = master.baseline(range.second) + 0.5 * master.grid();
        target.items.insert(target.items.begin(),
                            FilledRect{master.column_left(target.number, key.second % columns), top,
                                       master.column_width(), bottom - top, layout.tint});
    }
    for (const auto& [b, number] : block_page)
        report_block(blocks[b], *flow.lines[b], article.id, number, text, out.diagnostics);
    report_widows_and_orphans(blocks, flow.placed, columns, start.page, article.id, out.diagnostics, out.grey);
    for (std::size_t q : flow.near_sentence) {
        Diagnostic d = warning("the pull quote stands in the column of the sentence it repeats: no later column of "
                               "the article has room for it",
                               "quote a sentence from earlier in the article");
        d.at(blocks[q].where);
        d.article = article.id;
        d.page = block_page.count(q) ? block_page[q] : start.page;
        out.diagnostics.add(std::move(d));
    }
    out.grey.add_flow(blocks, flow);
    out.end_line = std::max(end_line_of(blocks, flow, columns),
                            pages.size() == 1 ? *std::max_element(body_start.begin(), body_start.end()) : 0);

    out.bookmark = Bookmark{article.title.plain_text(), 0, master.area_top() + shift - 12, {}};
    for (std::size_t p = 0; p < pages.size(); ++p)  // for the flatplan
        pages[p].articles.push_back(PageArticle{
            article.id, article.title.empty() ? article.kicker.plain_text() : article.title.plain_text(), p == 0, {}});
    return out;
}

}  // namespace heftsatz
