// The model of a layout file (layouts/<name>.xml): page geometry, fonts and
// paragraph styles. Production staff change the look of an issue here, never
// in C++.
#pragma once

#include "base/Diagnostic.h"
#include "base/Units.h"

#include <array>
#include <filesystem>
#include <map>
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
};

struct LayoutSpec {
    std::string name;
    std::filesystem::path file;
    PageSpec page;
    std::map<std::string, FontFamilySpec> families;
    std::map<std::string, ParagraphStyle> styles;
    Rgb accent;  // rules and kicker colour
    Rgb tint;    // the ground of info boxes
    bool sections_on_right = false;
    std::string fallback;  // font family for characters a style's font lacks, or empty  // sections="right-page": each section opens a right-hand page

    // The style by name; throws InputError naming the layout file if missing.
    const ParagraphStyle& style(const std::string& name) const;
};

}  // namespace heftsatz
