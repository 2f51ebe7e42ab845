#include "layout/Furniture.h"

#include "layout/LinePainter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace heftsatz {
namespace {

// Grid lines a figure's image keeps at least beside its caption.
constexpr int kMinImageLines = 1;
// The image's top sits where a text line's capitals begin (3/4 of a grid
// step above its baseline), so a figure at a column's head lines up with
// the text beside it.
constexpr double kImageTop = 0.25;  // grid steps below the baseline above
// The text below a figure resumes on the first grid line at least this far
// below the last caption line: a caption's depth and half a line of air.
constexpr double kTextAfterCaption = 1.5;  // grid steps
// A pull quote's rules: thin, in the accent colour; the upper one a grid
// step below the text above it, so the quote has a blank line's air there.
constexpr Pt kRuleThickness = 0.75;
constexpr double kRuleAbove = 1.0;  // grid steps below the baseline above
// The text below the lower rule begins this far below it (points beyond a
// grid step): about the air above the upper rule, seen from the capitals.
constexpr Pt kTextAfterRule = 4;
// Below this, print looks soft (the usual print-shop rule of thumb).
constexpr int kMinimumPpi = 150;

int lines_to(Pt depth, Pt grid) { return std::max(1, static_cast<int>(std::ceil(depth / grid - 1e-6))); }

// Lays out caption and credit under an image of `image_height`; returns the
// grid lines the figure takes.
int arrange_figure(SetBlock& set, Pt image_height, Pt grid, Pt gutter) {
    UnitPlan& unit = set.unit;
    unit = UnitPlan{};
    unit.image_top = kImageTop * grid;
    unit.image_height = image_height;
    const Pt bottom = unit.image_top + image_height;
    const Pt caption_leading = set.style->leading;
    Pt y = bottom;
    for (std::size_t l = 0; l < set.lines.size(); ++l) {
        y += caption_leading;
        unit.texts.push_back({-1, l, 0, y});
    }
    if (!set.attached.empty()) {
        const SetBlock& credit = set.attached.front();
        const Pt right = set.image_width;
        // Under a page-wide image the caption leaves the last column free:
        // the credit stands there, on the caption's first line.
        const bool beside = !set.lines.empty() && credit.lines.size() == 1 &&
                            credit.lines.front().width <= right - set.width - gutter;
        if (beside) {
            unit.texts.push_back({0, 0, right - credit.lines.front().width, bottom + caption_leading});
        } else {
            for (std::size_t l = 0; l < credit.lines.size(); ++l) {
                y += credit.style->leading;
                unit.texts.push_back({0, l, std::max<Pt>(0, right - credit.lines[l].width), y});
            }
        }
    }
    return lines_to(y + (kTextAfterCaption - 1) * grid, grid);
}

// Lays out a pull quote between its rules; returns the grid lines it takes.
int arrange_pull_quote(SetBlock& set, Pt grid) {
    UnitPlan& unit = set.unit;
    unit = UnitPlan{};
    const Pt rule_above = kRuleAbove * grid;
    unit.rules.push_back({0, set.width, rule_above});
    Pt y = rule_above;
    const ParagraphStyle* last = set.style;
    for (std::size_t l = 0; l < set.lines.size(); ++l) {
        y += set.style->leading;
        unit.texts.push_back({-1, l, 0, y});
    }
    if (!set.attached.empty()) {
        const SetBlock& by = set.attached.front();
        // A little more than its own leading sets the name off from the quote.
        y += by.style->size * 0.25;
        for (std::size_t l = 0; l < by.lines.size(); ++l) {
            y += by.style->leading;
            unit.texts.push_back({0, l, 0, y});
        }
        if (!by.lines.empty()) last = by.style;
    }
    // Below the descenders of the last line.
    const Pt rule_below = y + std::max(0.5 * grid, 0.6 * last->size);
    unit.rules.push_back({0, set.width, rule_below});
    const int lines = lines_to(rule_below + kTextAfterRule, grid);
    // What the whole grid lines leave over goes half above, half below, so
    // that the air around the rules is even.
    const Pt shift = ((lines + 1) * grid - (rule_below + grid + kTextAfterRule)) / 2;
    for (UnitRule& rule : unit.rules) rule.y += shift;
    for (UnitText& text : unit.texts) text.y += shift;
    return lines;
}

void report(Diagnostics& diagnostics, Diagnostic d, const Block& block, const std::string& article_id) {
    d.at(block.where);
    d.article = article_id;
    diagnostics.add(std::move(d));
}

// German quotation marks around the quote, unless it brings its own.
Block in_quotation_marks(const Block& block) {
    Block quote = block;
    const std::string text = block.plain_text();
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos) return quote;
    for (const char* mark : {"\"", "\u201E", "\u201C", "\u00BB", "\u00AB"})
        if (text.compare(first, std::char_traits<char>::length(mark), mark) == 0) return quote;
    Inline open = quote.inlines.front();
    open.text = "\u201E";
    open.href.clear();
    Inline close = quote.inlines.back();
    close.text = "\u201C";
    close.href.clear();
    quote.inlines.insert(quote.inlines.begin(), open);
    quote.inlines.push_back(close);
    return quote;
}

}  // namespace

SetBlock set_figure(const Block& block, LayoutContext& ctx, const std::string& article_id,
                    Diagnostics& diagnostics) {
    const Figure& figure = *block.figure;
    const PageMaster& master = ctx.master;
    const Pt width = figure.span_page ? master.area_width() : master.column_width();
    const Pt caption_width = std::min(width, master.span_width(2));
    Block caption = text_block(BlockKind::Meta, figure.caption, block.where);
    SetBlock set = ctx.setter.set(caption, ctx.layout.style("caption"), caption_width);
    set.kind = BlockKind::Figure;
    set.figure = &figure;
    set.span_page = figure.span_page;
    set.image_width = width;
    if (!figure.credit.empty())
        set.attached.push_back(ctx.setter.set_text(figure.credit, ctx.layout.style("credit"), caption_width, block.where));

    // The room a column (page) leaves the image under its caption and credit;
    // an image taller than that is scaled down until all fits.
    const Pt grid = master.grid();
    const Pt gutter = master.spec().gutter;
    const int column_lines = master.grid_lines();
    const Pt text_depth = arrange_figure(set, 0, grid, gutter) * grid;
    const Pt room = column_lines * grid - text_depth;
    Pt image_height = width * figure.info.aspect();
    if (room < kMinImageLines * grid) {
        // A caption is set under its image in one piece; one that leaves
        // the image no room would be cut off at the column's foot.
        const Pt caption_room = (column_lines - kMinImageLines - kTextAfterCaption - kImageTop) * grid;
        const int fit = std::max(0, static_cast<int>(caption_room / set.style->leading));
        report(diagnostics,
               error("the caption of " + figure.image.filename().string() + " takes " +
                         std::to_string(set.lines.size()) + " lines; with its image it cannot fit in a " +
                         (figure.span_page ? "page" : "column") + " of " + std::to_string(column_lines) + " lines",
                     "shorten the caption to at most " + std::to_string(fit) + " lines" +
                         (figure.span_page ? "" : ", or give the figure span=\"page\"")),
               block, article_id);
        image_height = kMinImageLines * grid;  // laid out on, so that every error is found in one run
        set.image_width = image_height / figure.info.aspect();
    } else if (image_height > room) {
        image_height = room;
        set.image_width = image_height / figure.info.aspect();
        report(diagnostics,
               warning(figure.image.filename().string() + " is taller than the column; scaled down to fit",
                       "crop the image, or give it span=\"page\""),
               block, article_id);
    }
    set.unit_lines = arrange_figure(set, image_height, grid, gutter);
    return set;
}

SetBlock set_pull_quote(const Block& block, LayoutContext& ctx, const std::string& article_id,
                        Diagnostics& diagnostics) {
    const Pt column = ctx.master.column_width();
    const ParagraphStyle& style = ctx.layout.style("quote");
    SetBlock set = ctx.setter.set(in_quotation_marks(block), style, column);
    if (!block.attribution.empty())
        set.attached.push_back(
            ctx.setter.set_text(block.attribution, ctx.layout.style("attribution"), column, block.where));
    const int lines = arrange_pull_quote(set, ctx.master.grid());
    if (lines <= ctx.master.grid_lines() / 2) {
        set.unit_lines = lines;
        return set;
    }
    // Too long to stand out: set as text where it stands, split where it must.
    report(diagnostics,
           warning("the pull quote takes " + std::to_string(lines) + " of a column's " +
                       std::to_string(ctx.master.grid_lines()) + " lines: it is set as text where it stands",
                   "shorten the pull quote to a sentence or two"),
           block, article_id);
    SetBlock text = ctx.setter.set(in_quotation_marks(block), style, column, false,
                                   block.attribution.empty() ? "" : " \u2013 " + block.attribution);
    text.space_before_lines = std::max(1, text.space_before_lines);
    return text;
}

void paint_unit(const SetBlock& block, Pt x, Pt above, const Rgb& rule_color, Page& page,
                Diagnostics& diagnostics, const std::string& article_id, const StructTag& tag) {
    const UnitPlan& unit = block.unit;
    if (block.figure) {
        const Figure& figure = *block.figure;
        const Pt width = block.image_width;
        page.items.push_back(
            Image{x, above + unit.image_top, width, unit.image_height, figure.image, figure.info.kind, figure.alt, tag});
        // Print resolution: pixels over printed inches (PDF points / 72).
        const double ppi = figure.info.width_px / (width / 72.0);
        if (ppi < kMinimumPpi) {
            char text[160];
            std::snprintf(text, sizeof text, "%s prints at %.0f ppi, below the %d ppi print needs",
                          figure.image.filename().string().c_str(), ppi, kMinimumPpi);
            Diagnostic d = warning(text, "supply the image at least " +
                                             std::to_string(static_cast<int>(std::ceil(width / 72.0 * kMinimumPpi))) +
                                             " pixels wide, or set it one column wide");
            d.at(block.where);
            d.article = article_id;
            d.page = page.number;
            diagnostics.add(std::move(d));
        }
    }
    for (const UnitRule& rule : unit.rules)
        page.items.push_back(Rule{x + rule.x0, above + rule.y, x + rule.x1, above + rule.y, kRuleThickness, rule_color});
    for (const UnitText& text : unit.texts) {
        const SetBlock& part = text.part < 0 ? block : block.attached[static_cast<std::size_t>(text.part)];
        paint_line(part, part.lines[text.line], x + text.x, above + text.y, page,
                   block.figure ? tag.with_part(1, StructRole::Caption) : tag);
    }
}

}  // namespace heftsatz
