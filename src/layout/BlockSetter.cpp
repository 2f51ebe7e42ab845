#include "layout/BlockSetter.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace heftsatz {
namespace {

// DEL and the C1 controls (U+0080–U+009F), which XML 1.0 allows in text:
// fonts have no glyph for them and readers see nothing or a box. The
// manifest removes them from running text; plain values (keywords, names,
// cover lines) reach the setter as they are.
bool is_control(UChar32 c) { return c == 0x7F || (c >= 0x80 && c <= 0x9F); }

}  // namespace

const Paragraph& SetBlock::paragraph() const {
    static const Paragraph kNone;  // immutable, so safe to share between threads
    return source ? source->paragraph : kNone;
}

std::vector<SetLine> SetBlock::break_again(const std::vector<int>& no_hyphen_lines, int looseness) const {
    return set_lines(paragraph(), break_lines(paragraph(), width, params, no_hyphen_lines, looseness), width);
}

BlockSetter::BlockSetter(const FontLibrary& fonts, const LayoutSpec& layout, const Lexicon& lexicon,
                         LayoutCounters* counters, ParagraphCache* cache)
    : fonts_(fonts),
      fallback_family_(layout.fallback),
      link_color_(layout.accent),
      counters_(counters),
      cache_(cache),
      lexicon_(lexicon),
      builder_(shaper_, lexicon_.hyphenator, lexicon_.compounds) {
    // The layout's justification settings, handed to the text stage.
    const JustificationSpec& j = layout.justification;
    lexicon_.hyphenator.set_minimums(j.hyphen_min_before, j.hyphen_min_after);
    builder_.glue = GlueRatios{j.space_stretch, j.space_shrink, j.min_space_em};
    builder_.microtype =
        MicrotypeLimits{j.max_expansion, j.expansion_step, j.max_letter_space_em, j.max_letter_squeeze_em};
    builder_.penalties.hyphen = j.hyphen_penalty;
    builder_.penalties.joint = j.joint_penalty;
    builder_.penalties.explicit_hyphen = j.explicit_hyphen_penalty;
    builder_.protrusion = j.protrusion ? ProtrusionTable::defaults() : ProtrusionTable::none();
    if (j.protrusion)
        for (const ProtrusionSetting& p : j.protrusion_settings) builder_.protrusion.set(p.character, {p.left, p.right});
    params_.max_consecutive_hyphens = j.max_hyphens_in_row;
}

ParagraphInput BlockSetter::input_for(const Block& block, const ParagraphStyle& style,
                                     std::vector<char32_t>& removed_controls) const {
    ParagraphInput input;
    input.align = style.align;
    input.hyphenate = style.hyphenate;
    auto style_index = [&](const TextStyle& ts) {
        for (std::size_t s = 0; s < input.styles.size(); ++s)
            if (input.styles[s].font == ts.font && input.styles[s].href == ts.href && input.styles[s].lang == ts.lang)
                return s;
        input.styles.push_back(ts);
        return input.styles.size() - 1;
    };
    for (const Inline& in : block.inlines) {
        const FontStyle variant = font_style(style.bold || in.strong, style.italic != in.emphasis);
        TextStyle ts;
        ts.font = fonts_.font(style.family, variant);
        ts.size = style.size;
        ts.color = in.href.empty() ? style.color : link_color_;
        ts.href = in.href;
        // German named again is the language.
        ts.lang = in.lang.rfind("de", 0) == 0 ? "" : in.lang;
        TextStyle fallback = ts;
        fallback.font = fallback_family_.empty() ? nullptr : fonts_.font(fallback_family_, variant);
        // Characters the font lacks but the fallback has go in runs of their own.
        std::size_t start = 0;
        bool in_fallback = false;
        int32_t i = 0;
        const int32_t length = static_cast<int32_t>(in.text.size());
        auto flush = [&](std::size_t end) {
            if (end > start)
                input.runs.push_back({in.text.substr(start, end - start), style_index(in_fallback ? fallback : ts)});
            start = end;
        };
        while (i < length) {
            const int32_t at = i;
            UChar32 c = 0;
            U8_NEXT(in.text.data(), i, length, c);
            if (is_control(c)) {
                flush(static_cast<std::size_t>(at));
                start = static_cast<std::size_t>(i);
                if (std::find(removed_controls.begin(), removed_controls.end(), static_cast<char32_t>(c)) ==
                    removed_controls.end())
                    removed_controls.push_back(static_cast<char32_t>(c));
                continue;
            }
            const bool use_fallback = fallback.font && c > 0x7F && !ts.font->has_glyph(static_cast<char32_t>(c)) &&
                                      fallback.font->has_glyph(static_cast<char32_t>(c));
            if (use_fallback != in_fallback) {
                flush(static_cast<std::size_t>(at));
                in_fallback = use_fallback;
            }
        }
        flush(in.text.size());
    }
    if (input.styles.empty()) {
        TextStyle ts{fonts_.font(style.family, font_style(style.bold, style.italic)), style.size,
                     style.color, {}, {}};
        input.styles.push_back(ts);
    }
    return input;
}

SetBlock BlockSetter::finish(ParagraphInput input, BlockKind kind, const ParagraphStyle& style,
                             Pt width, const SourceLocation& where, std::vector<char32_t> removed_controls) {
    SetBlock set;
    set.removed_controls = std::move(removed_controls);
    set.params = params_;
    set.kind = kind;
    set.style = &style;
    set.where = where;
    set.width = width;
    input.measure = width;
    std::string key = cache_ ? ParagraphCache::key_of(input) : std::string();
    if (auto hit = cache_ ? cache_->find(key) : nullptr) {
        set.source = std::move(hit);
    } else {
        auto made = std::make_shared<SetParagraph>();
        // Copied, not moved: a copy's vectors hold no room left from
        // building, and the paragraph may be kept for the whole run.
        const Paragraph built = builder_.build(std::move(input));
        made->paragraph = built;
        made->lines = set_lines(made->paragraph, break_lines(made->paragraph, width, set.params), width);
        if (cache_) cache_->add(key, made);
        set.source = std::move(made);
    }
    set.cached = cache_ != nullptr;
    set.lines = set.source->lines;
    // Counted as built either way: the counters say what the layout asked
    // for (each block once), not what the cache saved.
    if (counters_) {
        ++counters_->paragraphs_built;
        ++counters_->breaker_runs;
    }
    return set;
}

SetBlock BlockSetter::set(const Block& block, const ParagraphStyle& style, Pt width,
                          bool indent, const std::string& suffix) {
    std::vector<char32_t> removed;
    ParagraphInput input = input_for(block, style, removed);
    if (indent) input.first_indent = style.first_indent;
    if (!suffix.empty()) {
        std::size_t plain = 0;  // the block's unstyled style, or the first
        for (std::size_t s = 0; s < input.styles.size(); ++s)
            if (input.styles[s].href.empty()) {
                plain = s;
                break;
            }
        input.runs.push_back({suffix, plain});
    }
    return finish(std::move(input), block.kind, style, width, block.where, std::move(removed));
}

SetBlock BlockSetter::set_text(const std::string& text, const ParagraphStyle& style, Pt width,
                               const SourceLocation& where, const std::string& href) {
    Block block = text_block(BlockKind::Meta, {Inline{text, false, false, href, {}}});
    std::vector<char32_t> removed;
    ParagraphInput input = input_for(block, style, removed);
    return finish(std::move(input), BlockKind::Meta, style, width, where, std::move(removed));
}

}  // namespace heftsatz
