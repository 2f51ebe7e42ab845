#include "text/ParagraphBuilder.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>

namespace heftsatz {
namespace {

struct UTextClose {
    void operator()(UText* t) const { utext_close(t); }
};

const std::string kSoftHyphen = "\xC2\xAD";    // U+00AD
const std::string kNoBreakSpaceUtf8 = "\xC2\xA0";  // U+00A0

char32_t decode_at(const std::string& s, std::size_t at) {
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

std::size_t next_char(const std::string& s, std::size_t at) {
    int32_t i = static_cast<int32_t>(at);
    U8_FWD_1(s.data(), i, static_cast<int32_t>(s.size()));
    return static_cast<std::size_t>(i);
}

// A space-delimited word as a reader sees it ("OZG-Umsetzung", "z. B." is two).
// A place where a word may break: with a hyphen added or without.
struct BreakPoint {
    std::size_t at = 0;  // byte offset in the paragraph text
    bool hyphen = true;
    int penalty = 0;
};

struct Token {
    std::size_t begin = 0, end = 0;
    bool manual = false;      // had soft hyphens: break only there
    bool no_patterns = false; // no pattern hyphenation (see find_tokens)
    bool url = false;         // an address: breaks after / . - and the like, no hyphens
};

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

    void find_tokens() {
        std::size_t i = 0;
        std::size_t shy = 0;
        while (i < text.size()) {
            while (i < text.size() && text[i] == ' ') ++i;
            if (i >= text.size()) break;
            Token t{i, i, false, false};
            while (i < text.size() && text[i] != ' ') ++i;
            t.end = i;
            while (shy < soft_hyphens.size() && soft_hyphens[shy] < t.begin) ++shy;
            t.manual = shy < soft_hyphens.size() && soft_hyphens[shy] <= t.end;
            char32_t before = 0, before2 = 0;
            for (std::size_t k = t.begin; k < t.end; k = next_char(text, k)) {
                char32_t c = decode_at(text, k);
                // A dot between letters: a domain or file name, never hyphenated
                // (an inserted hyphen would change the address).
                if (before == '.' && u_isalpha(static_cast<UChar32>(c)) &&
                    u_isalpha(static_cast<UChar32>(before2)))
                    t.no_patterns = t.url = true;
                if (c == '/' && before == '/' && before2 == ':') t.no_patterns = t.url = true;
                before2 = before;
                before = c;
                // Hyphenated compounds break only at their hyphens; URLs and
                // groups tied by no-break spaces ("600 Millionen Euro") not at all.
                if (c == '-' || c == 0x2010 || c == 0x2011 || c == '/' || c == '@' || c == '_' ||
                    c == 0x00A0 || c == 0x202F)
                    t.no_patterns = true;
            }
            tokens.push_back(t);
        }
    }
};

ParagraphBuilder::ParagraphBuilder(Shaper& shaper, Hyphenator& hyphenator)
    : shaper_(shaper), hyphenator_(hyphenator) {
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
    seg.find_tokens();
    par.text = seg.text;
    const std::string& text = seg.text;

    std::vector<int> hyphen_piece(par.styles.size(), -1);
    par.space_glyphs.assign(par.styles.size(), 0);
    std::vector<Pt> space_width(par.styles.size(), -1);
    auto hyphen_of = [&](std::size_t style) {
        if (hyphen_piece[style] < 0) {
            const TextStyle& ts = par.styles[style];
            Piece p{style, "-", shaper_.shape(*ts.font, "-"), 0};
            for (const auto& g : p.glyphs) p.width += g.advance * ts.scale();
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
        par.items.push_back(Item{ItemType::Glue, w, ragged ? 0 : em * glue.stretch_em,
                                 ragged ? 0 : std::min(w / 2, em * glue.shrink_em), false, 0, false, -1});
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
    auto emit_shaped = [&](std::size_t a, std::size_t c, std::size_t style, const std::vector<BreakPoint>& points,
                           bool url) {
        const TextStyle& ts = par.styles[style];
        std::string piece_text = text.substr(a, c - a);
        std::vector<Glyph> glyphs = shaper_.shape(*ts.font, piece_text);
        for (const auto& g : glyphs)
            if (g.id == 0) {
                char32_t cp = decode_at(piece_text, g.cluster);
                bool known = std::any_of(par.missing.begin(), par.missing.end(),
                                         [&](const MissingGlyph& m) { return m.codepoint == cp; });
                if (!known) par.missing.push_back({cp, style});
            }
        std::vector<std::pair<std::size_t, BreakPoint>> splits;  // glyph index → point
        std::size_t g = 0;
        for (const BreakPoint& point : points) {
            if (point.at <= a || point.at >= c) continue;
            std::size_t rel = point.at - a;
            while (g < glyphs.size() && glyphs[g].cluster < rel) ++g;
            if (g == 0 || g >= glyphs.size() || glyphs[g].cluster != rel || glyphs[g].unsafe_to_break) continue;
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
            par.items.push_back(Item{ItemType::Box, p.width, 0, 0, false, 0, false,
                                     static_cast<int>(par.pieces.size())});
            par.pieces.push_back(std::move(p));
            glyph_begin = glyph_end;
            byte_begin = byte_end;
        };
        for (const auto& [glyph, point] : splits) {
            if (glyph <= glyph_begin) continue;
            emit_piece(glyph, glyphs[glyph].cluster);
            if (point.hyphen)
                par.items.push_back(Item{ItemType::Penalty, par.pieces[static_cast<std::size_t>(hyphen_of(style))].width,
                                         0, 0, false, point.penalty, true, hyphen_of(style)});
            else
                par.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, point.penalty, false, -1});
        }
        emit_piece(glyphs.size(), piece_text.size());
    };

    // Emits the content of one segment (no trailing spaces): style runs and
    // no-break spaces split it; hyphenation points split it further.
    auto emit_content = [&](std::size_t s, std::size_t ce, const Token* token) {
        std::vector<BreakPoint> points;
        const bool url = token && token->url;
        if (token && token->manual) {
            for (std::size_t p : seg.soft_hyphens)
                if (p > s && p < ce) points.push_back({p, true, penalties.hyphen});
        } else if (url) {
            // An address breaks after its separators, never with a hyphen
            // (a reader would type it).
            for (std::size_t i = s; i < ce; i = next_char(text, i)) {
                const char32_t ch = decode_at(text, i);
                if (ch == '/' || ch == '.' || ch == '-' || ch == '_' || ch == '?' || ch == '&' || ch == '=')
                    points.push_back({next_char(text, i), false, penalties.other});
            }
        } else if (token && input.hyphenate && !token->no_patterns) {
            std::size_t i = s;
            while (i < ce) {
                if (!u_isalpha(static_cast<UChar32>(decode_at(text, i)))) {
                    i = next_char(text, i);
                    continue;
                }
                std::size_t w = i;
                while (w < ce && u_isalpha(static_cast<UChar32>(decode_at(text, w)))) w = next_char(text, w);
                for (std::size_t p : hyphenator_.points(std::string_view(text).substr(i, w - i)))
                    points.push_back({i + p, true, penalties.hyphen});
                i = w;
            }
        }
        std::size_t a = s;
        while (a < ce) {
            std::size_t style = seg.style_at(a);
            std::size_t c = a;
            bool tie = false;
            while (c < ce && seg.style_at(c) == style) {
                if (text.compare(c, kNoBreakSpaceUtf8.size(), kNoBreakSpaceUtf8) == 0) {
                    tie = true;
                    break;
                }
                c = next_char(text, c);
            }
            if (c > a) emit_shaped(a, c, style, points, url);
            if (tie) {
                // TeX's tie "~": \penalty10000 then an ordinary space.
                par.items.push_back(Item{ItemType::Penalty, 0, 0, 0, false, kInfinitePenalty, false, -1});
                add_glue(style);
                c += kNoBreakSpaceUtf8.size();
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
