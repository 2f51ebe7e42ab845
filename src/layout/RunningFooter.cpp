#include "layout/RunningFooter.h"

#include "layout/LinePainter.h"

namespace heftsatz {

// Running heads and footers are pagination artifacts (ISO 32000-1, 14.8.2.2):
// a screen reader skips them.
void paint_running_titles(Page& page, const SourceLocation& section_where, LayoutContext& ctx, TextReport& report) {
    const PageMaster& master = ctx.master;
    const Issue& issue = ctx.issue;
    const ParagraphStyle& style = ctx.layout.style("footer");
    const Pt left = master.area_left(page.number);
    const Pt width = master.area_width();
    const Pt baseline = master.footer_baseline();
    const bool right_hand = PageMaster::is_right_hand(page.number);

    page.items.push_back(Rule{left, baseline - style.size - 3, left + width,
                              baseline - style.size - 3, 0.4, Rgb{0.45, 0.45, 0.45}});

    const std::string masthead = issue.magazine + " · " + issue.edition();
    std::string title = masthead;
    if (!page.section.empty()) title += " · " + page.section;
    const std::vector<TextSource> sources{{issue.magazine, issue.where}, {page.section, section_where}};
    SetBlock folio = ctx.setter.set_text(std::to_string(page.number), style, width, {});
    SetBlock text = ctx.setter.set_text(title, style, width, issue.where);
    report.check(text, {}, page.number, sources);
    if (!page.section.empty()) {
        // The section at the head, at the outer edge, over a hairline.
        const ParagraphStyle& head = ctx.layout.style("running-head");
        SetBlock section = ctx.setter.set_text(page.section, head, width, section_where);
        report.check(section, {}, page.number);
        if (section.lines.size() > 1)
            report.add_once(error("the section title \"" + excerpt(page.section) +
                                      "\" is too long for the running head: it must fit one line",
                                  "shorten the section's title")
                                .at(section_where),
                            {}, page.number);
        const Pt head_y = master.area_top() - 14;
        if (!section.lines.empty()) {
            const Pt x = right_hand ? left + width - section.lines[0].width : left;
            paint_line(section, section.lines[0], x, head_y, page, kArtifact);
        }
    }
    if (folio.lines.empty() || text.lines.empty()) return;
    const Pt folio_width = folio.lines[0].width;
    const Pt gap = 2 * style.size;
    if (text.lines.size() > 1 || text.lines[0].width > width - folio_width - gap) {
        // Whose text is too long: the section's, unless the magazine's
        // name and edition alone do not fit.
        const SetBlock alone = ctx.setter.set_text(masthead, style, width, issue.where);
        const bool magazine = alone.lines.size() > 1 || alone.lines[0].width > width - folio_width - gap;
        report.add_once(error(std::string(magazine ? "the magazine's name \"" + excerpt(issue.magazine)
                                                       : "the section title \"" + excerpt(page.section)) +
                                  "\" is too long for the running footer: with the edition and the page number "
                                  "it must fit one line",
                              magazine ? "shorten magazine=\"...\"" : "shorten the section's title")
                            .at(magazine ? issue.where : section_where),
                        {}, page.number);
    }
    if (right_hand) {
        const Pt folio_x = left + width - folio_width;
        paint_line(folio, folio.lines[0], folio_x, baseline, page, kArtifact);
        paint_line(text, text.lines[0], folio_x - gap - text.lines[0].width, baseline, page, kArtifact);
    } else {
        paint_line(folio, folio.lines[0], left, baseline, page, kArtifact);
        paint_line(text, text.lines[0], left + folio_width + gap, baseline, page, kArtifact);
    }
}

}  // namespace heftsatz
