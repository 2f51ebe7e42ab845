#include "text/ParagraphBuilder.h"

#include "text/Utf8.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <stdexcept>

namespace heftsatz {
namespace {

struct UTextClose {
    void operator()(UText* t) const { utext_close(t); }
};

const std::string kSoftHyphen = "\xC2\xAD";    // U+00AD

}  // namespace

// The paragraph text after typography, with style runs and soft hyphens
// taken out (their positions kept as the only breaks of their words).
struct ParagraphBuilder::Segmenter {
    std::string text;
    std::vector<std::size_t> run_end;    // byte offset where each run ends
    std::vector<std::size_t> run_style;
    std::vector<std::size_t> soft_hyphens;
    std::vector<Token> tokens;

    std::size_t style_at(std::size_t at) const {
        auto it = std::upper_bound(run_end.begin(), run_end.end(), at);
        std::size_t r = static_cast<std::size_t>(it - run_end.begin());
        return run_style[std::min(r, run_style.size() - 1)];
    }
};

ParagraphBuilder::ParagraphBuilder(Shaper& shaper, Hyphenator& hyphenator, CompoundSplitter& compounds)
    : shaper_(shaper), words_(hyphenator, compounds) {
    UErrorCode status = U_ZERO_ERROR;
    line_breaks_.reset(icu::BreakIterator::createLineInstance(icu::Locale::getGerman(), status));
    if (U_FAILURE(status) || !line_breaks_) throw std::runtime_error("ICU line breaker unavailable");
}

ParagraphBuilder::~ParagraphBuilder() = default;
ParagraphBuilder::ParagraphBuilder(ParagraphBuilder&&) noexcept = default;

Paragraph ParagraphBuilder::build(ParagraphInput input) {
    Paragraph par;
    par.styles = std::move(input.styles);
    par.align = input.align;
    const bool justify = par.align == Align::Justify;
    if (justify && !par.styles.empty())
        par.microtype = Microtype{microtype.max_expansion, microtype.expansion_step,
                                  microtype.max_letter_space_em * par.styles.front().size,
                                  microtype.max_letter_squeeze_em * par.styles.front().size};

    // 1. German typography on the runs, then join them.
    std::vector<std::string> texts;
    for (auto& run : input.runs) texts.push_back(std::move(run.text));
    typography_.apply(texts);
    Segmenter seg;
    for (std::size_t r = 0; r < texts.size(); ++r) {
        const std::string& t = texts[r];
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t.compare(i, kSoftHyphen.size(), kSoftHyphen) == 0) {
                seg.soft_hyphens.push_back(seg.text.size());
                i += kSoftHyphen.size() - 1;
                continue;
            }
            seg.text += t[i];
        }
        if (!seg.run_end.empty() && seg.run_end.back() == seg.text.size()) continue;
        seg.run_end.push_back(seg.text.size());
        seg.run_style.push_back(input.runs[r].style);
    }
    if (seg.run_style.empty()) seg.run_style.push_back(0), seg.run_end.push_back(0);
    seg.tokens = find_tokens(seg.text, seg.soft_hyphens);
    par.text = seg.text;
    const std::string& text = seg.text;

    std::vector<int> hyphen_piece(par.styles.size(), -1);
    std::vector<Pt> hyphen_protrusion(par.styles.size(), 0);
    par.space_glyphs.assign(par.styles.size(), 0);
    std::vector<Pt> space_width(par.styles.size(), -1);
    auto hyphen_of = [&](std::size_t style) {
        if (hyphen_piece[style] < 0) {
            const TextStyle& ts = par.styles[style];
            Piece p{style, "-", shaper_.shape(*ts.font, "-"), 0};
            for (const auto& g : p.glyphs) p.width += g.advance * ts.scale();
            if (justify) hyphen_protrusion[style] = protrusion.of('-').right * p.width / 1000;
            hyphen_piece[style] = static_cast<int>(par.pieces.size());
            par.pieces.push_back(std::move(p));
        }
        return hyphen_piece[style];
    };
    auto space_of = [&](std::size_t style) {
        if (space_width[style] < 0) {
            const TextStyle& ts = par.styles[style];
            Pt w = 0;
            const auto& space = shaper_.shape(*ts.font, " ");
            for (const auto& g : space) w += g.advance * ts.scale();
            space_width[style] = w > 0 ? w : ts.size / 4;
            if (space.size() == 1) par.space_glyphs[style] = space.front().id;
        }
        return space_width[style];
    };
    auto add_glue = [&](std::size_t style) {
        Pt w = space_of(style);
        // Ragged text has rigid spaces; the breaker gives its lines their
        // own stretch instead (LineBreakParams::ragged_stretch).
        bool ragged = par.align == Align::Left;
        const Pt em = par.styles[style].size;
        const Pt shrink = std::clamp(w - em * glue.min_space_em, Pt{0}, w * glue.shrink);
        par.items.push_back(Item{ItemType::Glue, w, ragged ? 0 : w * glue.stretch, ragged ? 0 : shrink, false, 0,
                                 false, -1});
    };

    if (input.first_indent > 0) par.items.push_back(Item{ItemType::Box, input.first_indent});

    // Shapes [a, c) in one style and emits its boxes, splitting at the
    // break points that fall on safe glyph boundaries. A hyphenation point
    // inside a ligature or kerned pair that HarfBuzz marks unsafe is dropped
    // rather than reshaped: the breaker then has one opportunity fewer, and
    // the ligature ("ffi" in "Effizienz") is kept.
    //
    // A stretch wider than the measure (a 400-letter word, a long URL path)
    // gets emergency points at glyph boundaries, so that no line has to
    // stick out into the gutter; they cost as much as a break can.
    auto emit_shaped = [&](std::size_t a, std::size_t c, std::size_t style, const SegmentBreaks& breaks, bool url) {
        const TextStyle& ts = par.styles[style];
        std::string piece_text = text.substr(a, c - a);
        std::vector<std::size_t> no_ligature;  // the compound joints inside, relative to the piece
        for (std::size_t j : breaks.joints)
            if (j > a && j < c) no_ligature.push_back(j - a);
        std::vector<Glyph> glyphs = shaper_.shape(*ts.font, piece_text, no_ligature);
        for (const auto& g : glyphs)
            if (g.id == 0) {
                char32_t cp = decode_at(piece_text, g.cluster);
                bool known = std::any_of(par.missing.begin(), par.missing.end(),
                                         [&](const MissingGlyph& m) { return m.codepoint == cp; });
                if (!known) par.missing.push_back({cp, style});
            }
        std::vector<std::pair<std::size_t, BreakPoint>> splits;  // glyph index → point
        std::size_t g = 0;
        for (const BreakPoint& point : breaks.points) {
            if (point.at <= a || point.at >= c) continue;
            std::size_t rel = point.at - a;
            while (g < glyphs.size() && glyphs[g].cluster < rel) ++g;
            // Between two glyphs (not inside a ligature): a kerned pair is
            // split too; its kern is undone when the break is taken.
            if (g == 0 || g >= glyphs.size() || glyphs[g].cluster != rel) continue;
            splits.emplace_back(g, point);
        }
        if (input.measure > 0) {
            std::vector<std::pair<std::size_t, BreakPoint>> emergency;
            const Pt limit = 0.8 * input.measure;
            std::size_t next_split = 0;
            Pt run = 0;
            for (std::size_t k = 0; k < glyphs.size(); ++k) {
                if (next_split < splits.size() && splits[next_split].first == k) {
                    run = 0;
                    ++next_split;
                }
                const bool boundary = k > 0 && glyphs[k].cluster != glyphs[k - 1].cluster;
                if (boundary && run + glyphs[k].advance * ts.scale() > limit) {
                    emergency.emplace_back(k, BreakPoint{a + glyphs[k].cluster, !url, penalties.emergency});
                    run = 0;
                }
                run += glyphs[k].advance * ts.scale();
            }
            splits.insert(splits.end(), emergency.begin(), emergency.end());
            std::sort(splits.begin(), splits.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        }

        std::size_t glyph_begin = 0, byte_begin = 0;
        auto emit_piece = [&](std::size_t glyph_end, std::size_t byte_end) {
            Piece p{style, piece_text.substr(byte_begin, byte_end - byte_begin), {}, 0};
            for (std::size_t k = glyph_begin; k < glyph_end; ++k) {
                Glyph glyph = glyphs[k];
                glyph.cluster -= static_cast<std::uint32_t>(byte_begin);
                p.width += glyph.advance * ts.scale();
                p.glyphs.push_back(glyph);
            }
            Item box{ItemType::Box, p.width, 0, 0, false, 0, false, static_cast<int>(par.pieces.size())};
            box.glyphs = static_cast<int>(p.glyphs.size());
            box.hyphen_end = p.text.ends_with("-") || p.text.ends_with("\u2010");
            if (justify && !p.glyphs.empty()) {
                // The glyphs at the piece's edges and the characters they show.
                const Glyph& first = p.glyphs.front();
                const Glyph& last = p.glyphs.back();
                box.protrude_left = protrusion.of(decode_at(p.text, first.cluster)).left * first.advance * ts.scale() / 1000;
                std::size_t last_char = p.text.size() - 1;
                while (last_char > last.cluster && (static_cast<unsigned char>(p.text[last_char]) & 0xC0) == 0x80) --last_char;
                box.protrude_right = protrusion.of(decode_at(p.text, last_char)).right * last.advance * ts.scale() / 1000;
            }
            par.items.push_back(box);
            par.pieces.push_back(std::move(p));
            glyph_begin = glyph_end;
            byte_begin = byte_end;
        };
        for (const auto& [glyph, point] : splits) {
            if (glyph <= glyph_begin) continue;
            emit_piece(glyph, glyphs[glyph].cluster);
            if (point.hyphen) {
                Item penalty{ItemType::Penalty, par.pieces[static_cast<std::size_t>(hyphen_of(style))].width,
                             0, 0, false, point.penalty, true, hyphen_of(style)};
                penalty.protrude_right = hyphen_protrusion[style];
                if (glyphs[glyph].unsafe_to_break) {
                    // The glyph before the break was kerned against the one
                    // after it; before a hyphen it takes its own advance.
                    const Glyph& before = glyphs[glyph - 1];
                    const hb_position_t own = hb_font_get_glyph_h_advance(ts.font->hb_font(), before.id);
                    penalty.pre_break = (own - before.advance) * ts.scale();
                    penalty.width += penalty.pre_break;
                }
                par.items.push_back(penalty);
            }
            else {
                par.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, point.penalty, false, -1});
            }
        }
        emit_piece(glyphs.size(), piece_text.size());
    };

    // Emits the content of one segment (no trailing spaces): style runs and
    // no-break spaces split it; hyphenation points split it further.
    auto emit_content = [&](std::size_t s, std::size_t ce, const Token* token) {
        const SegmentBreaks breaks = token ? words_.find(text, s, ce, *token, input.hyphenate, seg.soft_hyphens, penalties)
                                           : SegmentBreaks{};
        const bool url = token && token->url;
        std::size_t a = s;
        while (a < ce) {
            std::size_t style = seg.style_at(a);
            std::size_t c = a;
            std::size_t tie = 0;  // bytes of a tie's character, if the stretch ends at one
            bool weak = false;
            while (c < ce && seg.style_at(c) == style) {
                const char32_t ch = decode_at(text, c);
                if (ch == kNoBreakSpace || ch == kWeakTie) {
                    tie = next_char(text, c) - c;
                    weak = ch == kWeakTie;
                    break;
                }
                c = next_char(text, c);
            }
            if (c > a) emit_shaped(a, c, style, breaks, url);
            if (tie > 0) {
                // TeX's tie "~": \penalty10000 then an ordinary space; a weak
                // tie a penalty that only the final pass may take.
                Item penalty{ItemType::Penalty, 0, 0, 0, false, weak ? penalties.weak_tie : kInfinitePenalty, false, -1};
                penalty.last_resort = weak;
                par.items.push_back(penalty);
                add_glue(style);
                c += tie;
            }
            a = c;
        }
    };

    // 2. Break opportunities (UAX #14) over the UTF-8 text: ICU reports
    // them as byte offsets because it reads the text through a UTF-8 UText.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextClose> utext(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    std::vector<std::size_t> bounds;
    if (U_SUCCESS(status)) {
        line_breaks_->setText(utext.get(), status);
        for (int32_t p = line_breaks_->first(); p != icu::BreakIterator::DONE; p = line_breaks_->next())
            bounds.push_back(static_cast<std::size_t>(p));
    }
    if (bounds.empty() || bounds.front() != 0) bounds.insert(bounds.begin(), 0);
    if (bounds.back() != text.size()) bounds.push_back(text.size());

    std::size_t token = 0;
    for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
        std::size_t s = bounds[i], e = bounds[i + 1];
        std::size_t ce = e;
        while (ce > s && text[ce - 1] == ' ') --ce;
        while (token < seg.tokens.size() && seg.tokens[token].end <= s) ++token;
        const Token* tok = token < seg.tokens.size() ? &seg.tokens[token] : nullptr;
        if (ce > s) emit_content(s, ce, tok);
        bool last = i + 2 == bounds.size();
        if (last) break;
        if (ce < e) {
            add_glue(seg.style_at(ce));
            continue;
        }
        // A break opportunity without a space: after a hyphen or a slash.
        std::size_t prev = ce - 1;  // start of the segment's last character
        while (prev > s && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
        char32_t before = decode_at(text, prev);
        bool hyphen = before == '-' || before == 0x2010;
        // German rule: two letters before a break, so "E-|Government" stays whole.
        std::size_t token_begin = tok ? std::max(tok->begin, s) : s;
        std::size_t chars_before = 0;
        for (std::size_t k = token_begin; k < prev; k = next_char(text, k)) ++chars_before;
        if (hyphen && chars_before < 2) continue;
        par.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false,
                                 hyphen ? penalties.explicit_hyphen : penalties.other, hyphen, -1});
    }

    // 3. Finish as TeX does: drop a trailing space, then \parfillskip and a
    // forced break (TeXbook ch. 14).
    while (!par.items.empty() && par.items.back().type != ItemType::Box) par.items.pop_back();
    par.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, kInfinitePenalty, false, -1});
    par.items.push_back(Item{ItemType::Glue, 0, 0, 0, true, 0, false, -1});
    par.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, -kInfinitePenalty, false, -1});
    return par;
}

}  // namespace heftsatz
