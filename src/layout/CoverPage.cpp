// The cover (U1): masthead, edition, the cover image across the page, and
// cover lines that tease articles with their page numbers.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

#include <algorithm>
#include <cmath>

namespace heftsatz {

Page cover_page(const Issue& issue, const std::vector<int>& line_pages, LayoutContext& ctx, Diagnostics& diagnostics) {
    std::vector<Page> pages;
    Page& page = ctx.new_page(pages, {}, {});
    page.bare = true;  // the cover carries no folio
    const PageMaster& m = ctx.master;
    const LayoutSpec& layout = ctx.layout;
    const Pt left = m.area_left(page.number);
    const Pt width = m.area_width();
    TextReport report(diagnostics);
    // In the structure: the masthead (H1), the edition, the image, then a
    // paragraph per cover line, a link to its article.
    auto tag = [&](StructRole role, std::uint32_t block) {
        return tag_on(page, "cover", StoryKind::Cover, role, block);
    };
    auto paint = [&](const SetBlock& block, Pt x, Pt y, const StructTag& as) {
        report.check(block, {}, page.number);
        return paint_block(block, x, y, page, as);
    };

    const ParagraphStyle& masthead = layout.style("cover-masthead");
    Pt y = m.area_top() + masthead.size * 0.8;
    y = paint(ctx.setter.set_text(issue.magazine, masthead, width, issue.where), left, y, tag(StructRole::Title, 0));
    y += masthead.size * 0.45;
    page.items.push_back(Rule{left, y, left + width, y, 2, layout.accent});
    const ParagraphStyle& edition = layout.style("cover-edition");
    y += edition.leading + 2;
    y = paint(ctx.setter.set_text(issue.edition() + " · " + issue.month_and_year(), edition, width, issue.where), left,
              y, tag(StructRole::Paragraph, 1));
    if (y > m.area_bottom()) {
        diagnostics.add(error("the magazine's name is too long for the cover's masthead",
                              "shorten magazine=\"...\"")
                            .at(issue.where));
        return std::move(pages.front());
    }

    // The image runs across the whole page (bleed), aspect ratio kept.
    y += edition.leading;
    if (issue.cover) {
        const Pt height = page.width * issue.cover->info.aspect();
        page.items.push_back(Image{0, y, page.width, height, issue.cover->image, issue.cover->info.kind,
                                   issue.cover->alt.empty() ? "Titelbild" : issue.cover->alt,
                                   tag(StructRole::Figure, 2)});
        y += height;
        // A hierarchy: the lead story's line (cover-lead) above the others
        // (cover-line), all on one axis after a column of page numbers in
        // the accent colour.
        const ParagraphStyle& lead_style = layout.style("cover-lead");
        const ParagraphStyle& line_style = layout.style("cover-line");
        const std::vector<CoverLine>& lines = issue.cover->lines;
        auto style_of = [&](std::size_t i) -> const ParagraphStyle& { return lines[i].lead ? lead_style : line_style; };
        std::vector<SetBlock> numbers;
        Pt indent = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            ParagraphStyle number_style = style_of(i);
            number_style.color = layout.accent;
            const std::string number = i < line_pages.size() ? std::to_string(line_pages[i]) : "";
            numbers.push_back(ctx.setter.set_text(number, number_style, width, lines[i].where));
            if (!numbers.back().lines.empty()) indent = std::max(indent, numbers.back().lines[0].width);
        }
        indent += 0.6 * line_style.size;
        const ParagraphStyle* previous = nullptr;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const ParagraphStyle& style = style_of(i);
            // The first line stands clear of the image; each further one a
            // little more than its own leading below the one before.
            y += previous ? style.leading + 0.3 * previous->leading : 1.5 * style.leading;
            previous = &style;
            const SetBlock text = ctx.setter.set_text(lines[i].text, style, width - indent, lines[i].where);
            const Pt last = y + (text.lines.empty() ? 0 : static_cast<Pt>(text.lines.size() - 1) * style.leading);
            if (last > m.area_bottom()) {
                // A cover line is display type in one place: it is not
                // continued elsewhere, and one that would run off the
                // cover is an error, as is every line after it.
                const Pt image_mm = height / 72 * 25.4;
                diagnostics.add(error("cover line " + std::to_string(i + 1) + " of " +
                                          std::to_string(lines.size()) +
                                          " does not fit on the cover below the image",
                                      "shorten or remove cover lines, or use a flatter cover image (this one is " +
                                          std::to_string(static_cast<int>(std::lround(image_mm))) +
                                          " mm tall on the page)")
                                    .at(lines[i].where));
                break;
            }
            const StructTag line_tag = tag(StructRole::Paragraph, static_cast<std::uint32_t>(3 + i));
            const StructTag link_tag = i < line_pages.size() ? line_tag.with_part(1, StructRole::Link) : line_tag;
            paint(numbers[i], left, y, link_tag);
            if (i < line_pages.size()) link_block(text, left, left + indent, y, line_pages[i], page, link_tag);
            y = paint(text, left + indent, y, link_tag);
        }
    }
    return std::move(pages.front());
}

}  // namespace heftsatz
