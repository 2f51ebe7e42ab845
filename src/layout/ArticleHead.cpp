#include "layout/ArticleHead.h"

#include <algorithm>

namespace heftsatz {

int lead_columns(const PageSpec& page) { return std::min(2, page.columns); }

HeaderPlan plan_header(const std::vector<const SetBlock*>& header, const LayoutContext& ctx) {
    const PageMaster& master = ctx.master;
    const ParagraphStyle& body = ctx.layout.style("body");
    const int columns = ctx.layout.page.columns;
    HeaderPlan plan;
    // A head that opens with a large title keeps its capitals below the
    // rule above the type area: its first baseline one ascent down.
    Pt y = header.empty() ? master.baseline(0)
                          : std::max(master.baseline(0), master.area_top() + 0.75 * header.front()->style->size);
    const ParagraphStyle* previous = nullptr;
    int beside_lead = -1;  // where the columns beside the lead begin
    for (const SetBlock* set : header) {
        const ParagraphStyle& style = *set->style;
        if (previous) y += previous->space_after + style.space_before + style.leading;
        // Beside the lead the text begins as low as the lead's first line.
        if (set->kind == BlockKind::Lead && previous) beside_lead = master.grid_line_at_or_below(y);
        auto& lines = plan.baselines.emplace_back();
        for (std::size_t l = 0; l < set->lines.size(); ++l) {
            if (l > 0) y += style.leading;
            lines.push_back(y);
        }
        previous = &style;
    }
    plan.body_start = previous ? master.grid_line_at_or_below(y + previous->space_after + body.leading) : 0;
    plan.column_start.assign(static_cast<std::size_t>(columns), plan.body_start);
    if (beside_lead >= 0)
        for (int c = lead_columns(ctx.layout.page); c < columns; ++c)
            plan.column_start[static_cast<std::size_t>(c)] = std::min(beside_lead, plan.body_start);
    return plan;
}

bool fit_header(const Article& article, const std::vector<SetBlock>& header, const SetBlock* lead,
                LayoutContext& ctx, Diagnostics& diagnostics) {
    const int grid_lines = ctx.master.grid_lines();
    std::vector<const SetBlock*> blocks;
    for (const SetBlock& b : header) {
        blocks.push_back(&b);
        if (plan_header(blocks, ctx).body_start + kMinBodyLines <= grid_lines) continue;
        const bool title = b.kind == BlockKind::Title;
        Diagnostic d = error(std::string(title ? "the title" : "the kicker") + " takes " +
                                 std::to_string(b.lines.size()) + " lines across the columns and leaves" +
                                 (title && blocks.size() > 1 ? ", below the kicker, " : " ") +
                                 "no room for the text on the article's first page",
                             std::string("shorten the ") + (title ? "title" : "kicker") +
                                 ": the head must leave at least " + std::to_string(kMinBodyLines) +
                                 " lines of text below it");
        d.at(b.where);
        d.article = article.id;
        diagnostics.add(std::move(d));
        return false;
    }
    if (!lead) return false;
    const int without = plan_header(blocks, ctx).body_start;
    blocks.push_back(lead);
    if (plan_header(blocks, ctx).body_start <= grid_lines / kLeadShare) return true;
    const Pt room = (grid_lines / kLeadShare - without) * ctx.master.grid();
    const int fit = std::max(0, static_cast<int>(room / lead->style->leading));
    Diagnostic d = warning("the lead takes " + std::to_string(lead->lines.size()) +
                               " lines, more than the article's head holds (about " + std::to_string(fit) +
                               "): it opens the text in bold type instead",
                           "shorten the lead to keep it in the head");
    d.at(lead->where);
    d.article = article.id;
    diagnostics.add(std::move(d));
    return false;
}

}  // namespace heftsatz
