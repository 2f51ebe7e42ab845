// The layout stage's output: pages of positioned items, independent of any
// output format (as Typst's Frame). The PDF stage only paints these; tests
// read them directly.
//
// Coordinates are points from the page's top-left corner, y pointing down,
// as a reader looks at a page. Painters convert to their own systems.
#pragma once

#include "base/Units.h"
#include "manifest/ImageProbe.h"
#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"
#include "text/Font.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heftsatz {

struct PositionedGlyph {
    std::uint32_t id = 0;
    std::uint32_t cluster = 0;  // byte offset into GlyphRun::text
    float x = 0;                // from the run's origin, points
    float y = 0;                // baseline shift, points (positive = up)
};

// Glyphs of one font, size and colour on one baseline.
struct GlyphRun {
    const Font* font = nullptr;
    Pt size = 0;
    // Font expansion: glyphs drawn this much wider (1.02) or narrower than
    // designed; their x positions already include it.
    double horizontal_scale = 1;
    Rgb color;
    Pt x = 0, y = 0;   // origin on the baseline
    std::string text;  // the text the glyphs show (for ToUnicode and copying)
    std::vector<PositionedGlyph> glyphs;
    Pt width = 0;      // advance of the whole run
};

struct Rule {
    Pt x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    Pt thickness = 0.5;
    Rgb color;
};

// The text of a real hyphen at a line's end (the "IT-" of "IT-Planungsrat"):
// U+2010, so that text extraction keeps it. An inserted hyphen stays U+002D,
// which extraction joins away at a line's end ("Verwal-" "tung" gives
// "Verwaltung"); the PDF maps the hyphen glyph to U+002D and gives U+2010 a
// span of its own.
inline constexpr std::string_view kLineEndHyphen = "\u2010";

// A link area: to a web address (uri), or to a page of the document
// (page, 1-based, with uri empty: contents entries, cover lines, jump lines).
struct Link {
    Pt x = 0, y = 0, width = 0, height = 0;  // y is the top edge
    std::string uri;
    int page = 0;
};

// A JPEG or PNG image, or the first page of a PDF (an ad), scaled into
// the rectangle (y is the top edge).
struct Image {
    Pt x = 0, y = 0, width = 0, height = 0;
    std::filesystem::path file;
    ImageKind kind = ImageKind::Jpeg;
    std::string alt;
};

// A tinted area behind text (info boxes).
struct FilledRect {
    Pt x = 0, y = 0, width = 0, height = 0;  // y is the top edge
    Rgb color;
};

using FrameItem = std::variant<GlyphRun, Rule, Link, Image, FilledRect>;

// What stands on a page, as the layout knows it while placing: read by the
// flatplan (src/plan/), never painted.
struct PageArticle {
    std::string id;
    std::string title;
    bool opens = false;  // the article starts on this page (else it runs on)
    std::string variant;  // what the planner changed to save a page (ArticleVariants.h), or empty
};

struct PageAd {
    std::string advertiser;
    AdSize size = AdSize::Full;
};

// "Fortsetzung auf Seite 19" or "Fortsetzung von Seite 17: Title".
struct JumpLine {
    std::string text;  // as printed
    int target = 0;    // the page it sends the reader to
};

struct Page {
    int number = 0;  // folio, 1-based
    Pt width = 0, height = 0;
    std::string section;     // running footer's section name
    std::string article_id;  // the first article that starts or runs on this page
    bool bare = false;       // no running head or folio (cover, back page, full-page ad)
    std::vector<FrameItem> items;
    std::vector<PageArticle> articles;  // in the order they start
    std::vector<PageAd> ads;
    std::vector<JumpLine> jumps;
};

struct Bookmark {
    std::string title;
    int page = 0;  // 0-based page index
    Pt y = 0;      // top of the target, page coordinates
    std::vector<Bookmark> children;
};

struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string lang;
    long long epoch = 0;  // creation date, seconds since 1970 (UTC)
};

struct Document {
    DocumentInfo info;
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    // Per page, the name a viewer shows for it: the printed folio, "U1" for
    // the cover and "U4" for the back page (the trade's names).
    std::vector<std::string> page_labels;
};

}  // namespace heftsatz
