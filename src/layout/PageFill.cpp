#include "layout/PageFill.h"

#include "layout/PageMaster.h"

#include <algorithm>
#include <optional>
#include <type_traits>

namespace heftsatz {
namespace {

// Tolerance for comparing lengths computed in different ways (points).
constexpr Pt kEpsilon = 1e-6;

struct Extent {
    Pt left = 0, right = 0, top = 0, bottom = 0;
};

// The area an item holds on the page, or none for items that are neither
// text, figure nor ad.
std::optional<Extent> extent_of(const FrameItem& item, Pt grid) {
    return std::visit(
        [grid](const auto& i) -> std::optional<Extent> {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, GlyphRun>) {
                // Font metrics in font units; without a font, a typical text
                // face's 0.8 em above the baseline and 0.2 em below.
                double ascent = 0.8, descent = 0.2;
                if (i.font) {
                    const FontMetrics& m = i.font->metrics();
                    const double em = m.units_per_em > 0 ? m.units_per_em : 1000;
                    ascent = m.ascender / em;
                    descent = -m.descender / em;
                }
                // Grid line 0's baseline is 3/4 of a step below the area top
                // (PageMaster::baseline): a body line's band is that step.
                const Pt above = std::max(0.75 * grid, ascent * i.size);
                const Pt below = std::max(0.25 * grid, descent * i.size);
                return Extent{i.x, i.x + i.width, i.y - above, i.y + below};
            } else if constexpr (std::is_same_v<T, Image> || std::is_same_v<T, FilledRect>) {
                return Extent{i.x, i.x + i.width, i.y, i.y + i.height};
            } else {
                return std::nullopt;  // Rule, Link
            }
        },
        item);
}

// How much of [top, bottom] the intervals hold, white narrower than `grid`
// counted as held.
Pt held_length(std::vector<std::pair<Pt, Pt>> spans, Pt top, Pt bottom, Pt grid) {
    std::sort(spans.begin(), spans.end());
    Pt held = 0;
    Pt reached = top;  // everything above is decided
    for (auto [from, to] : spans) {
        from = std::max(from, top);
        to = std::min(to, bottom);
        if (to <= reached) continue;
        // The white before this item: a hole only if more than the one
        // line of spacing a subhead or head keeps above itself fits in it.
        if (from > reached && from - reached < grid + kEpsilon) from = reached;
        held += to - std::max(from, reached);
        reached = to;
    }
    // The same for the white at the foot, but only below something: an
    // empty column is empty however short it is.
    if (reached > top && bottom - reached < grid - kEpsilon) held += bottom - reached;
    return held;
}

}  // namespace

PageFill measure_fill(const Page& page, const PageSpec& spec) { return measure_fill(page, {}, spec); }

PageFill measure_fill(const Page& page, const std::vector<FrameItem>& more, const PageSpec& spec) {
    const PageMaster master(spec);
    const int columns = std::max(1, spec.columns);
    const Pt top = master.area_top();
    const Pt bottom = master.area_bottom();
    const Pt height = bottom - top;
    const Pt column_width = master.column_width();
    PageFill out;
    out.columns.assign(static_cast<std::size_t>(columns), 0.0);
    if (height <= 0 || column_width <= 0) return out;

    std::vector<std::vector<std::pair<Pt, Pt>>> spans(static_cast<std::size_t>(columns));
    auto add = [&](const FrameItem& item) {
        std::optional<Extent> e = extent_of(item, master.grid());
        if (!e || e->bottom <= top || e->top >= bottom) return;
        if (std::holds_alternative<GlyphRun>(item) && e->right - e->left > 1.5 * column_width) {
            // A line across the columns (a head's title or lead) holds its
            // band over the whole type area: the white beside a short
            // title is the head's design, not room for text.
            e->left = master.area_left(page.number);
            e->right = e->left + master.area_width();
        }
        const Pt width = e->right - e->left;
        for (int c = 0; c < columns; ++c) {
            const Pt left = master.column_left(page.number, c);
            const Pt overlap = std::min(e->right, left + column_width) - std::max(e->left, left);
            if (overlap > 0 && overlap >= 0.5 * std::min(width, column_width) - kEpsilon)
                spans[static_cast<std::size_t>(c)].emplace_back(e->top, e->bottom);
        }
    };
    for (const FrameItem& item : page.items) add(item);
    for (const FrameItem& item : more) add(item);
    double total = 0;
    for (std::size_t c = 0; c < spans.size(); ++c) {
        const Pt held = held_length(std::move(spans[c]), top, bottom, master.grid());
        out.columns[c] = std::clamp(held / height, 0.0, 1.0);
        total += out.columns[c];
    }
    out.fill = total / columns;
    return out;
}

}  // namespace heftsatz
