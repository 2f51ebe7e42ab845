// The contents ("Inhalt"): the sections with their articles and start pages.
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

namespace heftsatz {

std::vector<Page> contents_pages(const std::vector<ContentsEntry>& entries, LayoutContext& ctx,
                                 Diagnostics& diagnostics) {
    std::vector<Page> pages;
    const PageMaster& m = ctx.master;
    const LayoutSpec& layout = ctx.layout;
    const ParagraphStyle& section = layout.style("contents-section");
    const ParagraphStyle& entry = layout.style("contents-entry");
    ParagraphStyle number_style = layout.style("contents-section");
    number_style.size = entry.size;
    const Pt folio_width = 4 * entry.size;
    TextReport report(diagnostics);

    Page* page = nullptr;
    Pt y = 0, top = 0, left = 0, width = m.area_width() * 0.62;
    // In the structure: a table of contents, its title the caption, an
    // entry per section head and per article, each article's a link.
    const Story story{"contents", StoryKind::Contents};
    std::uint32_t block = 0;
    auto start_page = [&] {
        page = &new_titled_page(pages, "Inhalt", ctx, y, story, StructRole::Caption);
        top = y;
        left = m.area_left(page->number);
    };
    start_page();
    std::string current;
    for (const ContentsEntry& e : entries) {
        const bool new_section = e.section != current;
        // A part whose title is its section's label (the directory, the
        // imprint) is listed once: its head, with its page. A kicker that
        // repeats the label (the editorial's "Editorial") is left out.
        const bool head_only = new_section && e.title == e.section;
        const bool with_kicker = !e.kicker.empty() && e.kicker != e.section;
        const std::string label = with_kicker ? e.kicker + ": " + e.title : e.title;
        // Heads and entries share one axis; the page numbers hang before it.
        SetBlock head = ctx.setter.set_text(e.section, section, width - folio_width, e.section_where);
        const SetBlock text =
            head_only ? SetBlock{} : ctx.setter.set_text(label, entry, width - folio_width, e.title_where);
        std::vector<TextSource> sources{{e.title, e.title_where}};
        if (with_kicker) sources.insert(sources.begin(), TextSource{e.kicker, e.kicker_where});
        const Pt need = (new_section ? 2 * section.leading : 0) + text.lines.size() * entry.leading + entry.leading;
        if (y + need > m.area_bottom()) start_page();
        // Where the entry's last line would stand: a section title of several
        // lines may need more than the estimate above.
        auto last_baseline = [&] {
            Pt at = y;
            if (new_section)
                at += section.leading + section.space_before + (static_cast<Pt>(head.lines.size()) - 1) * section.leading;
            if (head_only) return at;
            return at + entry.leading * 1.4 + (static_cast<Pt>(text.lines.size()) - 1) * entry.leading;
        };
        if (last_baseline() > m.area_bottom() && y > top) start_page();
        if (last_baseline() > m.area_bottom()) {
            const bool head_too_long =
                new_section && (head_only || head.lines.size() * section.leading > (m.area_bottom() - top) / 2);
            const bool kicker = with_kicker && e.kicker.size() > e.title.size();  // the longer part is named
            diagnostics.add(error((head_too_long ? "the section title \"" + excerpt(e.section)
                                                 : "the contents entry \"" + excerpt(label)) +
                                      "\" is longer than a contents page holds",
                                  head_too_long ? "shorten the section's title"
                                                : kicker ? "shorten the article's kicker" : "shorten the article's title")
                                .at(head_too_long ? e.section_where : kicker ? e.kicker_where : e.title_where));
            continue;
        }
        auto paint_folio = [&](Pt baseline, const StructTag& tag) {
            paint_block(ctx.setter.set_text(std::to_string(e.page), number_style, folio_width, {}), left, baseline, *page,
                        tag);
        };
        auto entry_tag = [&] { return tag_on(*page, story.key, story.kind, StructRole::ContentsEntry, ++block); };
        if (new_section) {
            report.check(head, {}, page->number);
            const Pt first = y + section.leading + section.space_before;
            StructTag tag = entry_tag();
            if (head_only) {
                tag = tag.with_part(1, StructRole::Link);
                paint_folio(first, tag);
                link_block(head, left, left + folio_width, first, e.page, *page, tag);
            }
            y = paint_block(head, left + folio_width, first, *page, tag);
            current = e.section;
        }
        if (head_only) continue;
        y += entry.leading * 1.4;
        const StructTag tag = entry_tag().with_part(1, StructRole::Link);
        paint_folio(y, tag);
        report.check(text, {}, page->number, sources);
        link_block(text, left, left + folio_width, y, e.page, *page, tag);
        y = paint_block(text, left + folio_width, y, *page, tag);
    }
    return pages;
}

}  // namespace heftsatz
