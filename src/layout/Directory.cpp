// The company directory (Anbieterverzeichnis): categories in German
// collation order, companies sorted by name within each. Each entry is set
// once and kept whole in one column; every column opens with a head, the
// category's own or, where a category runs on, its head again with
// "(Fortsetzung)"; where the columns break is DirectoryColumns' choice.
#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "layout/DirectoryColumns.h"
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"

namespace heftsatz {
namespace {

// The directory's title leaves room for this many grid lines of entries.
constexpr int kMinEntryLines = 3;

// A category that runs on into a column opens it with its head and this.
constexpr const char* kContinued = " (Fortsetzung)";

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

// Grid lines one line of `block` takes: a style whose leading exceeds the
// grid takes whole grid lines, so everything stays on the grid.
int steps_per_line(const SetBlock& block, Pt grid) {
    return std::max(1, static_cast<int>(std::ceil(block.style->leading / grid - 1e-6)));
}

int lines_of(const SetBlock& block, Pt grid) {
    return static_cast<int>(block.lines.size()) * steps_per_line(block, grid);
}

int space_lines(const ParagraphStyle& style, Pt grid) {
    return static_cast<int>(std::ceil(style.space_before / grid - 1e-6));
}

// One row of an entry: a line of one of its blocks, or its logo.
struct Row {
    static constexpr std::size_t kLogo = static_cast<std::size_t>(-1);
    std::size_t block = 0;
    std::size_t line = kLogo;
};

struct Category {
    SetBlock head, continued;  // its head, and the head repeated where it runs on
};

struct Entry {
    std::size_t category = 0;
    std::vector<Row> rows;
};

// The directory set once: every category's heads and every entry's blocks.
struct SetDirectory {
    std::vector<Category> categories;
    std::vector<SetBlock> blocks;
    std::vector<Entry> entries;  // in the directory's order
};

SetDirectory set_directory(const Listings& listings, LayoutContext& ctx) {
    const LayoutSpec& layout = ctx.layout;
    const Pt column = ctx.master.column_width();
    const ParagraphStyle& category = layout.style("directory-category");
    const ParagraphStyle& name = layout.style("directory-name");
    const ParagraphStyle& entry = layout.style("directory-entry");
    SetDirectory set;
    std::string current;
    for (const Company* c : sorted_directory(listings)) {
        if (set.categories.empty() || c->category != current) {
            current = c->category;
            set.categories.push_back(
                Category{ctx.setter.set_text(c->category, category, column, c->where),
                         ctx.setter.set_text(c->category + kContinued, category, column, c->where)});
        }
        Entry e{set.categories.size() - 1, {}};
        auto add = [&](SetBlock block) {
            block.kind = BlockKind::Meta;
            for (std::size_t l = 0; l < block.lines.size(); ++l) e.rows.push_back(Row{set.blocks.size(), l});
            set.blocks.push_back(std::move(block));
        };
        if (!c->logo.empty()) {
            SetBlock logo;
            logo.kind = BlockKind::Meta;
            logo.style = &name;
            logo.image = c->logo;
            logo.image_info = c->logo_info;
            logo.image_lines = 3;
            e.rows.push_back(Row{set.blocks.size(), Row::kLogo});
            set.blocks.push_back(std::move(logo));
        }
        add(ctx.setter.set_text(c->name, name, column, c->where));
        std::string address = c->street;
        const std::string place = c->postcode + (c->postcode.empty() ? "" : " ") + c->city;
        if (!place.empty()) address += (address.empty() ? "" : ", ") + place;
        if (!address.empty()) add(ctx.setter.set_text(address, entry, column, c->where));
        if (!c->phone.empty()) add(ctx.setter.set_text("Telefon " + c->phone, entry, column, c->where));
        if (!c->web.empty()) {
            std::string shown = c->web;
            for (const char* scheme : {"https://", "http://"})
                if (shown.rfind(scheme, 0) == 0) shown = shown.substr(std::string(scheme).size());
            add(ctx.setter.set_text(shown, entry, column, c->where, c->web));
        }
        if (!c->text.empty()) add(ctx.setter.set_text(c->text, entry, column, c->where));
        set.entries.push_back(std::move(e));
    }
    return set;
}

// What the columns are made of: an entry, or a part of an entry taller
// than a column. Such an entry runs on, line by line, rather than being cut
// off; its later parts open their columns without a head, as a paragraph
// runs on, so that its text reads on unbroken.
struct EntryPiece {
    std::size_t entry = 0;
    std::size_t row_begin = 0, row_end = 0;
    bool opens_category = false;   // the category's first entry
    bool continues_entry = false;  // an overlong entry's later part
};

// The spacing the column breaker works with and the painter follows.
struct Spacing {
    Pt grid = 0;
    int before_head = 0;   // grid lines above a category head inside a column
    int before_entry = 0;  // grid lines above an entry (below a head too)
};

int row_lines(const SetDirectory& set, const Row& row, Pt grid) {
    const SetBlock& block = set.blocks[row.block];
    return row.line == Row::kLogo ? block.image_lines : steps_per_line(block, grid);
}

// The head a piece opens a column with (an entry's later part opens none).
const SetBlock& head_of(const SetDirectory& set, const EntryPiece& piece) {
    const Category& category = set.categories[set.entries[piece.entry].category];
    return piece.opens_category ? category.head : category.continued;
}

// The entries as pieces, each short enough for the shortest column under
// the head it may need there.
std::vector<EntryPiece> cut_pieces(const SetDirectory& set, const Spacing& spacing, int column_lines) {
    std::vector<EntryPiece> pieces;
    for (std::size_t e = 0; e < set.entries.size(); ++e) {
        const Entry& entry = set.entries[e];
        const bool opens = e == 0 || set.entries[e - 1].category != entry.category;
        const Category& category = set.categories[entry.category];
        int room =
            column_lines - lines_of(opens ? category.head : category.continued, spacing.grid) - spacing.before_entry;
        EntryPiece piece{e, 0, 0, opens, false};
        int used = 0;
        for (std::size_t r = 0; r < entry.rows.size(); ++r) {
            const int lines = row_lines(set, entry.rows[r], spacing.grid);
            if (r > piece.row_begin && used + lines > room) {
                piece.row_end = r;
                pieces.push_back(piece);
                piece = EntryPiece{e, r, 0, false, true};
                room = column_lines;
                used = 0;
            }
            used += lines;
        }
        piece.row_end = entry.rows.size();
        pieces.push_back(piece);
    }
    return pieces;
}

DirectoryUnit unit_of(const SetDirectory& set, const EntryPiece& piece, const Spacing& spacing) {
    DirectoryUnit unit;
    const Entry& entry = set.entries[piece.entry];
    for (std::size_t r = piece.row_begin; r < piece.row_end; ++r)
        unit.height += row_lines(set, entry.rows[r], spacing.grid);
    if (piece.continues_entry) return unit;  // no head, no space: it reads on
    unit.top = lines_of(head_of(set, piece), spacing.grid) + spacing.before_entry;
    unit.lead = piece.opens_category ? spacing.before_head + unit.top : spacing.before_entry;
    unit.opens_category = piece.opens_category;
    return unit;
}

// Which gaps of the column holding pieces [begin, end) take the column's
// `feathering` lines (index k: the gap above piece begin + k): the gaps
// above heads first, where more air reads as a break between categories,
// then gaps between entries, spread down the column; never inside an
// entry that runs on.
std::vector<bool> feathered_gaps(const std::vector<EntryPiece>& pieces, std::size_t begin, std::size_t end,
                                 int feathering) {
    std::vector<bool> wider(end - begin, false);
    std::vector<std::size_t> above_heads, above_entries;
    for (std::size_t p = begin + 1; p < end; ++p)
        if (!pieces[p].continues_entry) (pieces[p].opens_category ? above_heads : above_entries).push_back(p - begin);
    auto spread = [&](const std::vector<std::size_t>& gaps, std::size_t count) {
        for (std::size_t k = 0; k < count; ++k) wider[gaps[(2 * k + 1) * gaps.size() / (2 * count)]] = true;
    };
    auto left = static_cast<std::size_t>(feathering);
    const std::size_t heads = std::min(left, above_heads.size());
    spread(above_heads, heads);
    spread(above_entries, std::min(left - heads, above_entries.size()));
    return wider;
}

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
    const SetDirectory set = set_directory(listings, ctx);
    const Spacing spacing{m.grid(), space_lines(layout.style("directory-category"), m.grid()),
                          space_lines(layout.style("directory-name"), m.grid())};

    // A title across the columns, then the entries in the columns below.
    std::vector<Page> pages;
    Pt title_baseline = 0;
    TextReport report(diagnostics);
    const Story story{"directory", StoryKind::Directory};
    new_titled_page(pages, listings.title, ctx, title_baseline, story, StructRole::Title, &report,
                    listings.title_where);
    const int columns = layout.page.columns;
    const int body_start = m.grid_line_at_or_below(title_baseline + 2 * m.grid());
    if (body_start + kMinEntryLines > m.grid_lines())
        diagnostics.add(error("the directory's title is too long: it leaves no room for the entries on its first page",
                              "shorten the title=\"...\" of <listings>")
                            .at(listings.title_where));
    const DirectoryColumnSpace space{columns, m.grid_lines() - body_start, m.grid_lines()};
    const int column_lines = std::min(space.first_page_lines, space.page_lines);
    for (const Category& category : set.categories)
        if (lines_of(category.continued, m.grid()) + spacing.before_entry + kMinEntryLines > column_lines)
            diagnostics.add(error("the category \"" + excerpt(category.head.paragraph().text) +
                                      "\" is too long for a column of the directory: its head leaves fewer than " +
                                      std::to_string(kMinEntryLines) + " lines for its entries",
                                  "shorten category=\"...\" of the company")
                                .at(category.head.where));
    const std::vector<EntryPiece> pieces = cut_pieces(set, spacing, column_lines);
    std::vector<DirectoryUnit> units;
    for (const EntryPiece& piece : pieces) units.push_back(unit_of(set, piece, spacing));
    const std::vector<DirectoryColumn> breaks = break_directory_columns(units, space);

    std::vector<bool> checked(set.blocks.size());
    for (std::size_t column = 0; column < breaks.size(); ++column) {
        const auto page_index = column / static_cast<std::size_t>(columns);
        while (pages.size() <= page_index) ctx.new_page(pages, listings.title, {});
        Page& page = pages[page_index];
        const Pt x = m.column_left(page.number, static_cast<int>(column % static_cast<std::size_t>(columns)));
        const std::size_t begin = breaks[column].first_unit;
        const std::size_t end = column + 1 < breaks.size() ? breaks[column + 1].first_unit : pieces.size();
        const std::vector<bool> wider = feathered_gaps(pieces, begin, end, breaks[column].feathering);
        int line = page_index == 0 ? body_start : 0;
        auto paint_text = [&](const SetBlock& block, std::size_t from, std::size_t to, const StructTag& tag) {
            const int step = steps_per_line(block, m.grid());
            for (std::size_t l = from; l < to; ++l, line += step)
                paint_line(block, block.lines[l], x, m.baseline(line + step - 1), page, tag);
        };
        // In the structure: a category's head (H2) before its entries, each
        // entry an element of its own holding the company's name (H3), its
        // lines and logo; a head repeated where a category runs on is
        // page furniture.
        auto tag = [&](StructRole role, std::size_t block) {
            return tag_on(page, story.key, story.kind, role, static_cast<std::uint32_t>(block));
        };
        for (std::size_t p = begin; p < end; ++p) {
            const EntryPiece& piece = pieces[p];
            if (p > begin && wider[p - begin]) ++line;
            if ((p == begin && !piece.continues_entry) || piece.opens_category) {
                const SetBlock& head = head_of(set, piece);
                if (p > begin) line += spacing.before_head;
                report.check(head, {}, page.number);
                paint_text(head, 0, head.lines.size(),
                           piece.opens_category ? tag(StructRole::Heading, 2 * piece.entry + 1) : kArtifact);
            }
            if (!piece.continues_entry) line += spacing.before_entry;
            const Entry& entry = set.entries[piece.entry];
            const StructTag entry_tag = tag(StructRole::Entry, 2 * piece.entry + 2);
            for (std::size_t r = piece.row_begin; r < piece.row_end; ++r) {
                const Row& row = entry.rows[r];
                const SetBlock& block = set.blocks[row.block];
                const auto part = static_cast<std::uint16_t>(row.block + 1);
                if (row.line == Row::kLogo) {
                    const Pt height = block.image_lines * m.grid() - 0.4 * m.grid();
                    const Pt width = std::min(m.column_width(), height / block.image_info.aspect());
                    const std::string& company = set.blocks[row.block + 1].paragraph().text;  // the name follows
                    page.items.push_back(Image{x, m.baseline(line) - 0.75 * m.grid(), width,
                                               width * block.image_info.aspect(), block.image, block.image_info.kind,
                                               "Logo " + company, entry_tag.with_part(part, StructRole::Figure)});
                    line += block.image_lines;
                    continue;
                }
                if (!checked[row.block]) report.check(block, {}, page.number);
                checked[row.block] = true;
                const bool name = block.style == &ctx.layout.style("directory-name");
                paint_text(block, row.line, row.line + 1,
                           entry_tag.with_part(part, name ? StructRole::Subheading : StructRole::Paragraph));
            }
        }
    }
    return pages;
}

}  // namespace heftsatz
