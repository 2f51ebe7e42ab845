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

// Tagged PDF (ISO 32000-1, 14.7-14.8; PDF/UA-1): what a painted item is in
// the document's logical structure, so that a screen reader reads the issue
// story by story, not column by column. The layout says what a thing is;
// the PDF stage builds the structure tree from it (StructureTree.h).
//
// A story is one thing read from start to end: an article (with its
// continuation after a jump), the contents, an ad, the directory. Within it,
// blocks are read in the order of their numbers, whatever page and column
// they stand in; an item with a part (a link in a paragraph, a figure's
// caption) is an element of its own inside its block's element.
enum class StructRole : std::uint8_t {
    Artifact,       // page furniture: running heads, folios, rules, tints, decoration
    Title,          // H1
    Heading,        // H2
    Subheading,     // H3
    Paragraph,      // P
    Quote,          // BlockQuote: a pull quote
    Figure,         // with the image's alt text
    Caption,
    Link,           // around a link annotation and the text it covers
    ContentsEntry,  // TOCI
    Entry,          // Div: a group of its own, as a directory's company
    ListItem,       // LI (consecutive ones make an L)
    ListLabel,      // Lbl: a list item's bullet or number
    ListBody,       // LBody: a list item's text
};

enum class StoryKind : std::uint8_t { Article, Contents, Directory, Imprint, Ad, Cover };

// A story as the pages that show it know it; Page::stories holds them.
struct Story {
    std::string key;  // the same on every page the story stands on (an article's id, "contents", ...)
    StoryKind kind = StoryKind::Article;
};

struct StructTag {
    StructRole role = StructRole::Artifact;
    std::uint16_t story = 0;  // index into the page's stories
    std::uint32_t block = 0;  // the block's place in the story's reading order
    std::uint16_t part = 0;   // > 0: an element inside the block's, of part_role
    StructRole part_role = StructRole::Artifact;

    StructTag with_part(std::uint16_t p, StructRole r) const {
        StructTag t = *this;
        t.part = p;
        t.part_role = r;
        return t;
    }
};

// Parts from this number on are links in a block's text (LinePainter).
inline constexpr std::uint16_t kLinkParts = 0x8000;
// A list item's parts: its label (numbered apart for the first item of a
// list, which opens a new L) and its text.
inline constexpr std::uint16_t kFirstListLabel = 1, kListLabel = 2, kListBody = 3;

// The page furniture's tag: not part of any story.
inline constexpr StructTag kArtifact{};

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
    // Tracking: every glyph's x already includes this much after each
    // glyph before it (the line's letter spacing); the painter says so
    // once (Tc) instead of between every two glyphs.
    Pt letter_space = 0;
    Rgb color;
    Pt x = 0, y = 0;   // origin on the baseline
    std::string text;  // the text the glyphs show (for ToUnicode and copying)
    std::vector<PositionedGlyph> glyphs;
    Pt width = 0;      // advance of the whole run
    StructTag tag;
    std::string lang;  // another language than the document's (BCP 47), or empty
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
// span of its own. ISO 32000-1 (14.8.2.2.3) would have the inserted hyphen
// U+00AD in tagged PDF; tried (2026-11-30): poppler then prints the soft
// hyphen and keeps the word broken ("ent\u00AD schieden"), where U+002D is
// joined, so a search in a poppler viewer would miss 445 words of the sample.
inline constexpr std::string_view kLineEndHyphen = "\u2010";

// A link area: to a web address (uri), or to a page of the document
// (page, 1-based, with uri empty: contents entries, cover lines, jump lines).
struct Link {
    Pt x = 0, y = 0, width = 0, height = 0;  // y is the top edge
    std::string uri;
    int page = 0;
    StructTag tag;  // the Link element it belongs in
};

// A JPEG or PNG image, or the first page of a PDF (an ad), scaled into
// the rectangle (y is the top edge).
struct Image {
    Pt x = 0, y = 0, width = 0, height = 0;
    std::filesystem::path file;
    ImageKind kind = ImageKind::Jpeg;
    std::string alt;
    StructTag tag;
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
    std::vector<Story> stories;  // what the items' tags name
    std::vector<PageArticle> articles;  // in the order they start
    std::vector<PageAd> ads;
    std::vector<JumpLine> jumps;
};

// The index of the story `key` among the page's stories, added if new.
inline std::uint16_t story_on(Page& page, const std::string& key, StoryKind kind) {
    for (std::size_t i = 0; i < page.stories.size(); ++i)
        if (page.stories[i].key == key) return static_cast<std::uint16_t>(i);
    page.stories.push_back(Story{key, kind});
    return static_cast<std::uint16_t>(page.stories.size() - 1);
}

// A tag of `role` for block `block` of the story `key` on `page`.
inline StructTag tag_on(Page& page, const std::string& key, StoryKind kind, StructRole role, std::uint32_t block) {
    return StructTag{role, story_on(page, key, kind), block, 0, StructRole::Artifact};
}

// Moves `part`'s items onto `page` after its own, their tags renamed to
// the page's stories.
void append_items(Page& page, Page& part);

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

// What the print profile adds around the trimmed page (the layout's <page>).
struct PrintArea {
    Pt bleed = 0;
    bool crop_marks = false;
};

struct Document {
    DocumentInfo info;
    PrintArea print;
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    // Per page, the name a viewer shows for it: the printed folio, "U1" for
    // the cover and "U4" for the back page (the trade's names).
    std::vector<std::string> page_labels;
};

}  // namespace heftsatz
