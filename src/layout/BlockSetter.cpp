#include "layout/BlockSetter.h"

namespace heftsatz {

void SetBlock::rebreak() {
    breaks = break_lines(paragraph, width, params, no_hyphen_lines);
    lines = set_lines(paragraph, breaks, width);
}

BlockSetter::BlockSetter(const FontLibrary& fonts, Rgb link_color, const Hyphenator& hyphenator)
    : fonts_(fonts),
      link_color_(link_color),
      hyphenator_(hyphenator),
      builder_(shaper_, hyphenator_) {}

ParagraphInput BlockSetter::input_for(const Block& block, const ParagraphStyle& style) const {
    ParagraphInput input;
    input.align = style.align;
    input.hyphenate = style.hyphenate;
    for (const Inline& in : block.inlines) {
        TextStyle ts;
        ts.font = fonts_.font(style.family, font_style(style.bold || in.strong, style.italic != in.emphasis));
        ts.size = style.size;
        ts.color = in.href.empty() ? style.color : link_color_;
        ts.href = in.href;
        std::size_t index = input.styles.size();
        for (std::size_t s = 0; s < input.styles.size(); ++s) {
            const TextStyle& o = input.styles[s];
            if (o.font == ts.font && o.href == ts.href) index = s;
        }
        if (index == input.styles.size()) input.styles.push_back(ts);
        input.runs.push_back({in.text, index});
    }
    if (input.styles.empty()) {
        TextStyle ts{fonts_.font(style.family, font_style(style.bold, style.italic)), style.size,
                     style.color, {}};
        input.styles.push_back(ts);
    }
    return input;
}

SetBlock BlockSetter::finish(ParagraphInput input, BlockKind kind, const ParagraphStyle& style,
                             Pt width, const SourceLocation& where) {
    SetBlock set;
    set.kind = kind;
    set.style = &style;
    set.where = where;
    set.width = width;
    input.measure = width;
    set.paragraph = builder_.build(std::move(input));
    set.rebreak();
    return set;
}

SetBlock BlockSetter::set(const Block& block, const ParagraphStyle& style, Pt width,
                          bool indent, const std::string& suffix) {
    ParagraphInput input = input_for(block, style);
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
    return finish(std::move(input), block.kind, style, width, block.where);
}

SetBlock BlockSetter::set_text(const std::string& text, const ParagraphStyle& style, Pt width,
                               const std::string& href) {
    Block block = text_block(BlockKind::Meta, {Inline{text, false, false, href}});
    return finish(input_for(block, style), BlockKind::Meta, style, width, {});
}

}  // namespace heftsatz
