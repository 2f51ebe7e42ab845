// Sets one block of the manifest (a paragraph, heading, title...) in its
// paragraph style at a given width: builds the Knuth–Plass paragraph and
// breaks it into lines. A SetBlock can be broken again with lines on which
// a hyphen is forbidden, which ColumnFlow asks for at column ends.
#pragma once

#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"
#include "text/Text.h"

#include <set>
#include <string>
#include <vector>

namespace heftsatz {

struct SetBlock {
    BlockKind kind = BlockKind::Paragraph;
    const ParagraphStyle* style = nullptr;
    SourceLocation where;
    Pt width = 0;
    Paragraph paragraph;
    LineBreakParams params;
    std::set<int> no_hyphen_lines;
    BreakResult breaks;
    std::vector<SetLine> lines;

    // Breaks the paragraph again with the current no_hyphen_lines.
    void rebreak();
};

class BlockSetter {
public:
    // `hyphenator` is copied: the copy shares the loaded patterns.
    BlockSetter(const FontLibrary& fonts, Rgb link_color, const Hyphenator& hyphenator);
    // builder_ refers to shaper_ and hyphenator_: the setter stays in place.
    BlockSetter(const BlockSetter&) = delete;
    BlockSetter& operator=(const BlockSetter&) = delete;

    // Sets `block` in `style` at `width`. `suffix` is appended as plain text
    // (the author's initials after the last paragraph).
    // `indent` gives the first line the style's indent (German practice: not
    // after a heading or at the start of an article).
    SetBlock set(const Block& block, const ParagraphStyle& style, Pt width, bool indent = false,
                 const std::string& suffix = {});
    SetBlock set_text(const std::string& text, const ParagraphStyle& style, Pt width,
                      const std::string& href = {});

    Hyphenator& hyphenator() { return hyphenator_; }

private:
    ParagraphInput input_for(const Block& block, const ParagraphStyle& style) const;
    SetBlock finish(ParagraphInput input, BlockKind kind, const ParagraphStyle& style,
                    Pt width, const SourceLocation& where);

    const FontLibrary& fonts_;
    Rgb link_color_;
    Shaper shaper_;
    Hyphenator hyphenator_;
    ParagraphBuilder builder_;
};

}  // namespace heftsatz
