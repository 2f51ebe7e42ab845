#include "text/ItemWriter.h"

#include "text/GermanTypography.h"
#include "text/Utf8.h"

#include <algorithm>

namespace heftsatz {

ItemWriter::ItemWriter(Paragraph& par, Shaper& shaper, const GlueRatios& glue, const BreakPenalties& penalties,
                       const ProtrusionTable& protrusion, Pt measure)
    : par_(par),
      shaper_(shaper),
      glue_(glue),
      penalties_(penalties),
      protrusion_(protrusion),
      measure_(measure),
      justify_(par.align == Align::Justify),
      hyphen_piece_(par.styles.size(), -1),
      hyphen_protrusion_(par.styles.size(), 0),
      space_width_(par.styles.size(), -1) {
    par_.space_glyphs.assign(par_.styles.size(), 0);
}

int ItemWriter::hyphen_piece(std::size_t style) {
    if (hyphen_piece_[style] < 0) {
        const TextStyle& ts = par_.styles[style];
        Piece p{style, "-", shaper_.shape(*ts.font, "-"), 0};
        for (const auto& g : p.glyphs) p.width += g.advance * ts.scale();
        if (justify_) hyphen_protrusion_[style] = protrusion_.of('-').right * p.width / 1000;
        hyphen_piece_[style] = static_cast<int>(par_.pieces.size());
        par_.pieces.push_back(std::move(p));
    }
    return hyphen_piece_[style];
}

Pt ItemWriter::space_width(std::size_t style) {
    if (space_width_[style] < 0) {
        const TextStyle& ts = par_.styles[style];
        Pt w = 0;
        const auto& space = shaper_.shape(*ts.font, " ");
        for (const auto& g : space) w += g.advance * ts.scale();
        space_width_[style] = w > 0 ? w : ts.size / 4;
        if (space.size() == 1) par_.space_glyphs[style] = space.front().id;
    }
    return space_width_[style];
}

void ItemWriter::space(std::size_t style, std::uint8_t level) {
    const Pt w = space_width(style);
    // Ragged text has rigid spaces; the breaker gives its lines their own
    // stretch instead (LineBreakParams::ragged_stretch).
    const bool ragged = par_.align == Align::Left;
    const Pt em = par_.styles[style].size;
    const Pt shrink = std::clamp(w - em * glue_.min_space_em, Pt{0}, w * glue_.shrink);
    Item glue{ItemType::Glue, w, ragged ? 0 : w * glue_.stretch, ragged ? 0 : shrink, false, 0, false, -1};
    glue.level = level;
    par_.items.push_back(glue);
}

void ItemWriter::tie(std::size_t style, bool weak, std::uint8_t level) {
    Item penalty{ItemType::Penalty, 0, 0, 0, false, weak ? penalties_.weak_tie : kInfinitePenalty, false, -1};
    penalty.last_resort = weak;
    par_.items.push_back(penalty);
    space(style, level);
}

void ItemWriter::text_break(bool hyphen) {
    par_.items.push_back(
        Item{ItemType::Penalty, 0, 0, 0, false, hyphen ? penalties_.explicit_hyphen : penalties_.other, hyphen, -1});
}

void ItemWriter::end() {
    while (!par_.items.empty() && par_.items.back().type != ItemType::Box) par_.items.pop_back();
    par_.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, kInfinitePenalty, false, -1});
    par_.items.push_back(Item{ItemType::Glue, 0, 0, 0, true, 0, false, -1});
    par_.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, -kInfinitePenalty, false, -1});
}

void ItemWriter::note_missing(std::size_t style, std::string_view text, const std::vector<Glyph>& glyphs) {
    for (const auto& g : glyphs) {
        if (g.id != 0) continue;
        const char32_t cp = decode_at(text, g.cluster);
        const bool known = std::any_of(par_.missing.begin(), par_.missing.end(),
                                       [&](const MissingGlyph& m) { return m.codepoint == cp; });
        if (!known) par_.missing.push_back({cp, style});
    }
}

void ItemWriter::box(std::size_t style, std::string_view text, const std::vector<Glyph>& glyphs,
                     std::size_t glyph_begin, std::size_t glyph_end, std::size_t byte_begin, std::size_t byte_end,
                     std::uint8_t level) {
    const TextStyle& ts = par_.styles[style];
    Piece p{style, std::string(text.substr(byte_begin, byte_end - byte_begin)), {}, 0};
    for (std::size_t k = glyph_begin; k < glyph_end; ++k) {
        Glyph glyph = glyphs[k];
        glyph.cluster -= static_cast<std::uint32_t>(byte_begin);
        p.width += glyph.advance * ts.scale();
        p.glyphs.push_back(glyph);
    }
    Item item{ItemType::Box, p.width, 0, 0, false, 0, false, static_cast<int>(par_.pieces.size())};
    item.glyphs = static_cast<int>(p.glyphs.size());
    item.hyphen_end = p.text.ends_with("-") || p.text.ends_with("\u2010");
    item.level = level;
    // Drawn right to left: HarfBuzz's visual order. Protrusion is for the
    // margins of left-to-right lines (Latin punctuation), so none.
    if (direction_of(level) == Direction::RightToLeft) std::reverse(p.glyphs.begin(), p.glyphs.end());
    if (justify_ && !p.glyphs.empty() && level == 0) {
        // The glyphs at the piece's edges and the characters they show.
        const Glyph& first = p.glyphs.front();
        const Glyph& last = p.glyphs.back();
        item.protrude_left = protrusion_.of(decode_at(p.text, first.cluster)).left * first.advance * ts.scale() / 1000;
        std::size_t last_char = p.text.size() - 1;
        while (last_char > last.cluster && (static_cast<unsigned char>(p.text[last_char]) & 0xC0) == 0x80) --last_char;
        item.protrude_right = protrusion_.of(decode_at(p.text, last_char)).right * last.advance * ts.scale() / 1000;
    }
    par_.items.push_back(item);
    par_.pieces.push_back(std::move(p));
}

void ItemWriter::word(std::string_view text, std::size_t a, std::size_t c, std::size_t style,
                      const SegmentBreaks& breaks, bool url, std::uint8_t level) {
    const TextStyle& ts = par_.styles[style];
    const std::string_view piece_text = text.substr(a, c - a);
    std::vector<std::size_t> no_ligature;  // the compound joints inside, relative to the piece
    for (std::size_t j : breaks.joints)
        if (j > a && j < c) no_ligature.push_back(j - a);
    const Direction direction = direction_of(level);
    std::vector<Glyph> glyphs = shaper_.shape(*ts.font, piece_text, no_ligature, direction);
    // Right to left, HarfBuzz gives the glyphs in visual order; breaking
    // works in reading order (clusters ascending), and box() turns each
    // box's glyphs back.
    if (direction == Direction::RightToLeft) std::reverse(glyphs.begin(), glyphs.end());
    note_missing(style, piece_text, glyphs);

    // The break points that fall between two glyphs. A point between kerned
    // glyphs is kept (the kern is undone if the line breaks there:
    // Item::pre_break); a point inside a ligature is dropped rather than
    // reshaped: the breaker has one opportunity fewer, and the ligature
    // ("ffi" in "Effizienz") is kept.
    std::vector<std::pair<std::size_t, BreakPoint>> splits;  // glyph index → point
    std::size_t g = 0;
    for (const BreakPoint& point : breaks.points) {
        if (point.at <= a || point.at >= c) continue;
        const std::size_t rel = point.at - a;
        while (g < glyphs.size() && glyphs[g].cluster < rel) ++g;
        if (g == 0 || g >= glyphs.size() || glyphs[g].cluster != rel) continue;
        splits.emplace_back(g, point);
    }
    // A stretch wider than the measure (a 400-letter word, a long URL path)
    // gets emergency points at glyph boundaries, so that no line has to
    // stick out into the gutter; they cost as much as a break can.
    if (measure_ > 0) {
        std::vector<std::pair<std::size_t, BreakPoint>> emergency;
        const Pt limit = 0.8 * measure_;
        std::size_t next_split = 0;
        Pt run = 0;
        for (std::size_t k = 0; k < glyphs.size(); ++k) {
            if (next_split < splits.size() && splits[next_split].first == k) {
                run = 0;
                ++next_split;
            }
            const bool boundary = k > 0 && glyphs[k].cluster != glyphs[k - 1].cluster;
            if (boundary && run + glyphs[k].advance * ts.scale() > limit) {
                emergency.emplace_back(k, BreakPoint{a + glyphs[k].cluster, !url, penalties_.emergency});
                run = 0;
            }
            run += glyphs[k].advance * ts.scale();
        }
        splits.insert(splits.end(), emergency.begin(), emergency.end());
        std::sort(splits.begin(), splits.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    }

    std::size_t glyph_begin = 0, byte_begin = 0;
    for (const auto& [glyph, point] : splits) {
        if (glyph <= glyph_begin) continue;
        box(style, piece_text, glyphs, glyph_begin, glyph, byte_begin, glyphs[glyph].cluster, level);
        glyph_begin = glyph;
        byte_begin = glyphs[glyph].cluster;
        if (!point.hyphen) {
            Item penalty{ItemType::Penalty, 0, 0, 0, false, point.penalty, false, -1};
            penalty.level = level;
            par_.items.push_back(penalty);
            continue;
        }
        const int hyphen = hyphen_piece(style);
        Item penalty{ItemType::Penalty, par_.pieces[static_cast<std::size_t>(hyphen)].width, 0, 0, false,
                     point.penalty, true, hyphen};
        penalty.protrude_right = level == 0 ? hyphen_protrusion_[style] : 0;
        penalty.level = level;
        if (glyphs[glyph].unsafe_to_break) {
            // The glyph before the break was kerned against the one after
            // it; before a hyphen it takes its own advance.
            const Glyph& before = glyphs[glyph - 1];
            const hb_position_t own = hb_font_get_glyph_h_advance(ts.font->hb_font(), before.id);
            penalty.pre_break = (own - before.advance) * ts.scale();
            penalty.width += penalty.pre_break;
        }
        par_.items.push_back(penalty);
    }
    box(style, piece_text, glyphs, glyph_begin, glyphs.size(), byte_begin, piece_text.size(), level);
}

}  // namespace heftsatz
