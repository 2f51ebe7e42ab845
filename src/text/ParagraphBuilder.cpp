#include "text/ParagraphBuilder.h"

#include "text/Bidi.h"
#include "text/ParagraphText.h"
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

}  // namespace

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
    if (par.align == Align::Justify && !par.styles.empty())
        par.microtype = Microtype{microtype.max_expansion, microtype.expansion_step,
                                  microtype.max_letter_space_em * par.styles.front().size,
                                  microtype.max_letter_squeeze_em * par.styles.front().size};
    if (input.first_indent > 0) par.items.push_back(Item{ItemType::Box, input.first_indent});

    // 1. German typography on the runs, then one text.
    const ParagraphText collected = collect_text(std::move(input.runs), typography_);
    const std::string& text = collected.text;
    par.text = text;
    // Right-to-left runs (UAX #9): a stretch is shaped in one direction.
    const std::vector<std::uint8_t> levels = bidi_levels(text);
    auto level_at = [&](std::size_t at) -> std::uint8_t { return at < levels.size() ? levels[at] : 0; };

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

    // 3. Each stretch between two opportunities: its words' breaks
    // (WordBreaks), cut at style runs and ties, shaped into items.
    ItemWriter out(par, shaper_, glue, penalties, protrusion, input.measure);
    std::size_t token = 0;
    for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
        const std::size_t s = bounds[i], e = bounds[i + 1];
        std::size_t ce = e;
        while (ce > s && text[ce - 1] == ' ') --ce;
        const auto& tokens = collected.tokens;
        while (token < tokens.size() && tokens[token].end <= s) ++token;
        const Token* tok = token < tokens.size() ? &tokens[token] : nullptr;
        if (ce > s) {
            const SegmentBreaks breaks =
                // German patterns break German words only: a stretch in
                // another language keeps its words whole.
                tok ? words_.find(text, s, ce, *tok,
                                  input.hyphenate && par.styles[collected.style_at(s)].lang.empty(),
                                  collected.soft_hyphens, penalties)
                    : SegmentBreaks{};
            for (std::size_t a = s; a < ce;) {
                // Up to a change of style or direction or a tie (a no-break space).
                const std::size_t style = collected.style_at(a);
                const std::uint8_t level = level_at(a);
                std::size_t c = a;
                char32_t tie = 0;
                while (c < ce && collected.style_at(c) == style && level_at(c) == level) {
                    const char32_t ch = decode_at(text, c);
                    if (ch == kNoBreakSpace || ch == kWeakTie) {
                        tie = ch;
                        break;
                    }
                    c = next_char(text, c);
                }
                if (c > a) out.word(text, a, c, style, breaks, tok && tok->url, level);
                if (tie) {
                    out.tie(style, tie == kWeakTie, level_at(c));
                    c = next_char(text, c);
                }
                a = c;
            }
        }
        if (i + 2 == bounds.size()) break;
        if (ce < e) {
            out.space(collected.style_at(ce), level_at(ce));
            continue;
        }
        // A break opportunity without a space: after a hyphen or a slash.
        std::size_t prev = ce - 1;  // start of the segment's last character
        while (prev > s && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
        const char32_t before = decode_at(text, prev);
        const bool hyphen = before == '-' || before == 0x2010;
        // German rule: two letters before a break, so "E-|Government" stays whole.
        const std::size_t token_begin = tok ? std::max(tok->begin, s) : s;
        std::size_t chars_before = 0;
        for (std::size_t k = token_begin; k < prev; k = next_char(text, k)) ++chars_before;
        if (hyphen && chars_before < 2) continue;
        out.text_break(hyphen);
    }

    // 4. Finish as TeX does (TeXbook ch. 14).
    out.end();
    return par;
}

}  // namespace heftsatz
