// Sets one block of the manifest (a paragraph, heading, title...) in its
// paragraph style at a given width: builds the Knuth–Plass paragraph and
// breaks it into lines once. A SetBlock does not change after that; the
// column flow asks LineMemo for other breaks (no hyphen at a page's foot).
#pragma once

#include "layout/LayoutCounters.h"
#include "layout/ParagraphCache.h"
#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"
#include "text/Text.h"

#include <memory>
#include <string>
#include <vector>

namespace heftsatz {

// Where the parts of a figure or pull quote go inside the grid lines it
// takes: x from its left edge, y (a baseline) from the baseline of the grid
// line above it.
struct UnitText {
    int part = -1;  // -1: the block's own lines; else its attached[part]
    std::size_t line = 0;
    Pt x = 0, y = 0;
};
struct UnitRule {
    Pt x0 = 0, x1 = 0, y = 0;
};
struct UnitPlan {
    Pt image_top = 0, image_height = 0;  // a figure's image
    std::vector<UnitText> texts;
    std::vector<UnitRule> rules;  // a pull quote's rules above and below
};

struct SetBlock {
    BlockKind kind = BlockKind::Paragraph;
    const ParagraphStyle* style = nullptr;
    SourceLocation where;
    Pt width = 0;
    // The paragraph built, shared: with the paragraph cache if one is used,
    // and with every copy of the block (the planner copies blocks freely).
    // Null for a block with no text (a logo, an empty head).
    std::shared_ptr<const SetParagraph> source;
    // `source` is the cache's entry: lines broken again are kept with it
    // for the next layout (layout/LineMemo.h).
    bool cached = false;
    // Control characters (DEL, C1) taken out of the text before setting:
    // they would print as boxes or not at all (TextReport names them).
    std::vector<char32_t> removed_controls;
    LineBreakParams params;
    std::vector<SetLine> lines;  // broken with no constraint
    // Its place in the list it was measured in, when it is flowed in another
    // (the page planner's news items): the key of its lines in a LineMemo.
    std::size_t memo_key = static_cast<std::size_t>(-1);

    // Placement in the flow (set by ArticleLayout).
    int space_before_lines = -1;  // grid lines above; -1: from the style
    int group = -1;               // an info box's blocks share a group (one tinted ground)
    // Furniture placed whole (Furniture.h): a figure or a pull quote takes
    // `unit_lines` grid lines, so the text around it stays on the grid; its
    // insides (`unit`) run on their own leading. A figure floats to the top
    // of a column, or across a page if `span_page` (its caption in `lines`);
    // a pull quote (its quote in `lines`) follows the sentence it repeats.
    const Figure* figure = nullptr;
    int unit_lines = 0;
    UnitPlan unit;
    Pt image_width = 0;  // the figure's printed width (at most `width`)
    bool span_page = false;
    std::vector<SetBlock> attached;  // a figure's credit, a pull quote's attribution, a list item's label
    // A list item's lines stand this far in from the column's edge, its
    // label (attached) at the edge on the first line: a hanging indent.
    Pt hang = 0;
    bool starts_list = false;  // the first item of its list (a new L in the structure)
    // A pull quote: the block that holds the sentence it repeats and the
    // letters and digits of that block up to the sentence's end (`kWhole`:
    // the whole block); `repeats_found` is false when the quote matched no
    // sentence and follows the paragraph before it instead.
    static constexpr std::size_t kWhole = static_cast<std::size_t>(-1);
    std::size_t repeats_block = kWhole;
    std::size_t repeats_letters = kWhole;
    bool repeats_found = false;

    // Kept in the same column as the next block (a directory entry's parts,
    // a category head and its first entry).
    bool keep_with_next = false;
    // An inline image (a company logo) of `image_lines` grid lines, with no text lines.
    std::filesystem::path image;
    ImageInfo image_info;
    int image_lines = 0;

    const Paragraph& paragraph() const;
    bool is_float() const { return figure != nullptr; }
    bool is_pull_quote() const { return kind == BlockKind::Quote && unit_lines > 0; }
    // The lines as they are when the 0-based `no_hyphen_lines` may not end
    // in a hyphen (ascending), and `looseness` lines more or fewer if the
    // tolerance allows (break_lines).
    std::vector<SetLine> break_again(const std::vector<int>& no_hyphen_lines, int looseness = 0) const;
};

class BlockSetter {
public:
    // `lexicon` is copied: the copy shares the loaded dictionaries. Characters
    // a style's font lacks are set in the layout's fallback family if it has
    // them; links take the layout's accent colour. Work done is added to
    // `counters` if given.
    // Paragraphs are looked up in and added to `cache`, if given (it must be
    // made for this layout and these fonts: layout/ParagraphCache.h).
    BlockSetter(const FontLibrary& fonts, const LayoutSpec& layout, const Lexicon& lexicon,
                LayoutCounters* counters = nullptr, ParagraphCache* cache = nullptr);
    // builder_ refers to shaper_ and lexicon_: the setter stays in place.
    BlockSetter(const BlockSetter&) = delete;
    BlockSetter& operator=(const BlockSetter&) = delete;

    // Sets `block` in `style` at `width`. `suffix` is appended as plain text
    // (the author's initials after the last paragraph).
    // `indent` gives the first line the style's indent (German practice: not
    // after a heading or at the start of an article).
    SetBlock set(const Block& block, const ParagraphStyle& style, Pt width, bool indent = false,
                 const std::string& suffix = {});
    // Plain text of the manifest (a cover line, a company's name, the
    // imprint) from `where`, which its warnings name.
    SetBlock set_text(const std::string& text, const ParagraphStyle& style, Pt width,
                      const SourceLocation& where, const std::string& href = {});

private:
    ParagraphInput input_for(const Block& block, const ParagraphStyle& style,
                             std::vector<char32_t>& removed_controls) const;
    SetBlock finish(ParagraphInput input, BlockKind kind, const ParagraphStyle& style,
                    Pt width, const SourceLocation& where, std::vector<char32_t> removed_controls);

    const FontLibrary& fonts_;
    std::string fallback_family_;
    Rgb link_color_;
    LayoutCounters* counters_;
    ParagraphCache* cache_;
    LineBreakParams params_;
    Shaper shaper_;
    Lexicon lexicon_;
    ParagraphBuilder builder_;
};

}  // namespace heftsatz
