// The model of a layout file (layouts/<name>.xml): page geometry, fonts and
// paragraph styles. Production staff change the look of an issue here, never
// in C++.
#pragma once

#include "base/Diagnostic.h"
#include "base/Units.h"

#include <array>
#include <filesystem>
#include <map>
#include <vector>
#include <string>

namespace heftsatz {

enum class FontStyle { Regular = 0, Italic = 1, Bold = 2, BoldItalic = 3 };

inline FontStyle font_style(bool bold, bool italic) {
    return static_cast<FontStyle>((bold ? 2 : 0) + (italic ? 1 : 0));
}

struct FontFamilySpec {
    std::string name;
    // Resolved font files by style; an empty path falls back to a near style.
    std::array<std::filesystem::path, 4> files;
    SourceLocation where;
};

enum class Align { Justify, Left };

struct Rgb {
    double r = 0, g = 0, b = 0;
};

struct ParagraphStyle {
    std::string name;
    std::string family;
    bool bold = false;
    bool italic = false;
    Pt size = 9;
    Pt leading = 12;
    Align align = Align::Justify;
    Pt first_indent = 0;       // indent of a paragraph's first line
    bool hyphenate = true;
    Pt space_before = 0;       // rounded up to whole grid lines by layout
    Pt space_after = 0;
    Rgb color;
    SourceLocation where;
};

struct PageSpec {
    Pt width = 595.28;
    Pt height = 841.89;
    Pt margin_top = 51;
    Pt margin_bottom = 57;
    Pt margin_inner = 51;
    Pt margin_outer = 43;
    int columns = 3;
    Pt gutter = 14;
    Pt baseline = 12;  // the baseline grid every body line sits on
    // The print profile's: how far pictures at the page's edge reach beyond
    // the trim (the printer's bleed), and whether crop marks stand outside it.
    Pt bleed = 3 * 72 / 25.4;
    bool crop_marks = false;
};

// A character's protrusion from the layout, replacing the default's
// (thousandths of the glyph's advance, as pdfTeX's \lpcode/\rpcode).
struct ProtrusionSetting {
    char32_t character = 0;
    int left = 0;
    int right = 0;
};

// How justified text is set: the layout's <justification .../>. The
// defaults are heftsatz's, each documented with its source in
// docs/typesetting.md; a layout changes only what it names.
struct JustificationSpec {
    double max_expansion = 0.02;        // expansion="2%": glyphs may scale by ±2 %
    double expansion_step = 0.005;      // expansion-step="0.5%"
    double max_letter_space_em = 0.03;    // letter-spacing="0.03em": at most, between two letters
    double max_letter_squeeze_em = 0.015; // letter-squeeze="0.015em": at most, before a line is overfull
    double min_space_em = 0.17;           // min-space="0.17em": a word space never gets narrower
    double space_stretch = 0.45;          // space-stretch="45%": of the font's space, at r = 1
    double space_shrink = 1.0 / 3;        // space-shrink="33%": of the font's space, at r = −1
    bool protrusion = true;             // protrusion="true": optical margins
    std::vector<ProtrusionSetting> protrusion_settings;  // <protrusion chars="-" left="0" right="700"/>
    int hyphen_min_before = 2;          // hyphen-min-before="2"
    int hyphen_min_after = 2;           // hyphen-min-after="2"
    int max_hyphens_in_row = 2;         // max-hyphens-in-row="2"
    bool hyphen_at_page_end = false;    // hyphen-at-page-end="false": also before a jump
    bool hyphen_at_column_end = true;   // hyphen-at-column-end="true": an inner column's end
    int hyphen_penalty = 450;           // hyphen-penalty: a break inside a part of a word
    int joint_penalty = 150;            // joint-penalty: a break between the parts of a compound
    int explicit_hyphen_penalty = 100;  // explicit-hyphen-penalty: after a hyphen in the text
    SourceLocation where;
};

// A standard ad format (Anzeigenformat), <ad-size name="quarter" width="117.2mm"
// height="100mm"/>: the box a half or quarter ad is printed in at the foot of
// a page, as a magazine's rate card gives it in mm. Its width is a whole
// number of columns with the gutters between them, so an ad ends where a
// column does.
struct AdFormat {
    int columns = 0;  // the columns its width spans
    Pt width = 0;     // as written in the layout
    Pt height = 0;    // the most it is printed tall; a flatter ad takes less
    SourceLocation where;
};

struct LayoutSpec {
    std::string name;
    std::filesystem::path file;
    PageSpec page;
    std::map<std::string, FontFamilySpec> families;
    std::map<std::string, ParagraphStyle> styles;
    Rgb accent;  // rules and kicker colour
    Rgb tint;    // the ground of info boxes
    bool sections_on_right = false;  // sections="right-page": each section opens a right-hand page
    // articles="run-on": an article may begin under the one before it, below
    // a rule, when its head stays out of the page's bottom third.
    bool articles_run_on = false;
    // run-on-heads="anywhere": the head of an article that runs on may begin
    // in the bottom third too, wherever it leaves room for a few lines of
    // text, as LaTeX's multicol sets it (the page-count comparison in bench/
    // uses it); the default, "upper-two-thirds", keeps it out.
    bool run_on_heads_anywhere = false;
    // variants="figure-width pull-quotes": what the page planner may change in
    // an article to save a page: a page-wide figure set a column wide, the
    // pull quotes left out (they repeat the text: nothing is lost).
    bool variant_figure_width = false;
    bool variant_pull_quotes = false;
    std::string fallback;  // font family for characters a style's font lacks, or empty
    JustificationSpec justification;
    // <ad-size> by name ("half", "quarter"); a size the layout does not give
    // has a default from the grid (AdPlacement).
    std::map<std::string, AdFormat> ad_formats;

    // The style by name; throws InputError naming the layout file if missing.
    const ParagraphStyle& style(const std::string& name) const;

    // The layout file and every font file it resolved: the CLI refuses
    // outputs that would replace one (issue 8).
    std::vector<std::filesystem::path> inputs() const {
        std::vector<std::filesystem::path> out{file};
        for (const auto& [family_name, family] : families)
            for (const auto& font : family.files)
                if (!font.empty()) out.push_back(font);
        return out;
    }
};

}  // namespace heftsatz
