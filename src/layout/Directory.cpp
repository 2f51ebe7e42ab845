// The company directory (Anbieterverzeichnis): categories in German
// collation order, companies sorted by name within each, every entry kept
// whole in one column, a category head never alone at a column's foot.
#include "layout/ColumnFlow.h"
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>

namespace heftsatz {
namespace {

// The directory's title leaves room for this many grid lines of entries.
constexpr int kMinEntryLines = 3;

// German dictionary order (DIN 5007-1, as ICU's "de" collation): umlauts
// file with their base letters, case does not separate words.
class GermanOrder {
public:
    GermanOrder() {
        UErrorCode status = U_ZERO_ERROR;
        collator_.reset(icu::Collator::createInstance(icu::Locale::getGerman(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU has no German collation");
    }
    bool less(const std::string& a, const std::string& b) const {
        UErrorCode status = U_ZERO_ERROR;
        return collator_->compare(icu::UnicodeString::fromUTF8(a), icu::UnicodeString::fromUTF8(b), status) ==
               UCOL_LESS;
    }

private:
    std::unique_ptr<icu::Collator> collator_;
};

}  // namespace

std::vector<const Company*> sorted_directory(const Listings& listings) {
    GermanOrder order;
    std::vector<const Company*> companies;
    for (const Company& c : listings.companies) companies.push_back(&c);
    std::stable_sort(companies.begin(), companies.end(), [&](const Company* a, const Company* b) {
        if (a->category != b->category) return order.less(a->category, b->category);
        return order.less(a->name, b->name);
    });
    return companies;
}

std::vector<Page> directory_pages(const Listings& listings, LayoutContext& ctx, Diagnostics& diagnostics) {
    const LayoutSpec& layout = ctx.layout;
    const PageMaster& m = ctx.master;
    const Pt column = m.column_width();
    const ParagraphStyle& category = layout.style("directory-category");
    const ParagraphStyle& name = layout.style("directory-name");
    const ParagraphStyle& entry = layout.style("directory-entry");

    std::vector<SetBlock> blocks;
    std::string current;
    for (const Company* c : sorted_directory(listings)) {
        if (c->category != current) {
            current = c->category;
            SetBlock head = ctx.setter.set_text(c->category, category, column, c->where);
            head.kind = BlockKind::Heading;
            head.keep_with_next = true;
            blocks.push_back(std::move(head));
        }
        auto part = [&](SetBlock block) {
            block.keep_with_next = true;
            blocks.push_back(std::move(block));
        };
        if (!c->logo.empty()) {
            SetBlock logo;
            logo.kind = BlockKind::Meta;
            logo.style = &name;
            logo.image = c->logo;
            logo.image_info = c->logo_info;
            logo.image_lines = 3;
            logo.space_before_lines = static_cast<int>(std::ceil(name.space_before / m.grid() - 1e-6));
            part(std::move(logo));
        }
        part(ctx.setter.set_text(c->name, name, column, c->where));
        std::string address = c->street;
        const std::string place = c->postcode + (c->postcode.empty() ? "" : " ") + c->city;
        if (!place.empty()) address += (address.empty() ? "" : ", ") + place;
        if (!address.empty()) part(ctx.setter.set_text(address, entry, column, c->where));
        if (!c->phone.empty()) part(ctx.setter.set_text("Telefon " + c->phone, entry, column, c->where));
        if (!c->web.empty()) {
            std::string shown = c->web;
            for (const char* scheme : {"https://", "http://"})
                if (shown.rfind(scheme, 0) == 0) shown = shown.substr(std::string(scheme).size());
            part(ctx.setter.set_text(shown, entry, column, c->where, c->web));
        }
        if (!c->text.empty()) part(ctx.setter.set_text(c->text, entry, column, c->where));
        blocks.back().keep_with_next = false;
    }
    for (SetBlock& b : blocks)
        if (b.kind != BlockKind::Heading) b.kind = BlockKind::Meta;

    // A title across the columns, then the entries in the columns below.
    std::vector<Page> pages;
    Pt title_baseline = 0;
    TextReport report(diagnostics);
    new_titled_page(pages, listings.title, ctx, title_baseline, &report, listings.title_where);
    const int columns = layout.page.columns;
    const int body_start = m.grid_line_at_or_below(title_baseline + 2 * m.grid());
    if (body_start + kMinEntryLines > m.grid_lines())
        diagnostics.add(error("the directory's title is too long: it leaves no room for the entries on its first page",
                              "shorten the title=\"...\" of <listings>")
                            .at(listings.title_where));
    ColumnSpace space;
    space.lines_per_column = m.grid_lines();
    space.columns_per_page = columns;
    space.first_line = [&](int c) { return c < columns ? body_start : 0; };
    LineMemo memo(ctx.counters);
    const Flow flow = flow_balanced(blocks, memo, space, m.grid());
    std::vector<bool> checked(blocks.size());
    for (const LinePlacement& p : flow.placed) {
        while (pages.size() <= static_cast<std::size_t>(p.column / columns)) ctx.new_page(pages, listings.title, {});
        Page& page = pages[static_cast<std::size_t>(p.column / columns)];
        const Pt x = m.column_left(page.number, p.column % columns);
        const SetBlock& block = blocks[p.block];
        if (p.line == LinePlacement::kImage) {
            const Pt height = block.image_lines * m.grid() - 0.4 * m.grid();
            const Pt width = std::min(column, height / block.image_info.aspect());
            page.items.push_back(Image{x, m.baseline(p.grid_line) - 0.75 * m.grid(), width, width * block.image_info.aspect(),
                                       block.image, block.image_info.kind, "Logo"});
            continue;
        }
        paint_line(block, (*flow.lines[p.block])[p.line], x, m.baseline(p.grid_line), page);
        if (!checked[p.block]) report.check(block, *flow.lines[p.block], {}, page.number);
        checked[p.block] = true;
    }
    return pages;
}

}  // namespace heftsatz
