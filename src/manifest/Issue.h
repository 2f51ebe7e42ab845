// The document model: what an issue is made of, as the manifest states it.
// Plain values; the text stage and layout read them and never change them.
#pragma once

#include "base/Diagnostic.h"
#include "manifest/ImageProbe.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heftsatz {

// A run of text in one style. Whitespace is already collapsed; typography
// (quotes, dashes, no-break spaces) is applied later by the text stage.
struct Inline {
    std::string text;
    bool emphasis = false;
    bool strong = false;
    std::string href;  // non-empty inside <a href>
    std::string lang;  // inside <span lang="en">: another language than the issue's (BCP 47), else empty
};

enum class BlockKind {
    Kicker, Title, Lead, Paragraph, Heading, Meta,
    Quote,     // a pull quote
    Box,       // an info box: title and child blocks on a tinted ground
    Question,  // an interview's question (set bold)
    Answer,    // an interview's answer (set as body text)
    Figure,    // an image with caption and credit
    ListItem,  // an item of a <ul> or <ol>, with its label
};

// An image in an article (<figure>).
struct Figure {
    std::filesystem::path image;  // resolved, inside the issue folder
    ImageInfo info;
    std::string alt;
    bool span_page = false;  // across all columns, else one column
    std::vector<Inline> caption;
    // The photo credit: <credit>, credit="…", or a closing "Foto: …" taken
    // out of the caption (ArticleReader), set apart from the caption.
    std::string credit;
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Inline> inlines;
    SourceLocation where;
    std::string title;            // Box
    std::string attribution;      // Quote: who said it (<quote by="…">)
    std::vector<Block> children;  // Box
    std::optional<Figure> figure; // Figure
    std::string label;            // ListItem: "•", or its number in an <ol> ("1.")
    bool starts_list = false;     // ListItem: the first of its list

    bool empty() const;
    std::string plain_text() const;
};

// A block of text (no box children, no figure).
inline Block text_block(BlockKind kind, std::vector<Inline> inlines, SourceLocation where = {}) {
    Block b;
    b.kind = kind;
    b.inlines = std::move(inlines);
    b.where = std::move(where);
    return b;
}

struct Article {
    std::string id;
    std::string date;    // ISO yyyy-mm-dd
    std::string author;  // editor's initials, e.g. "sib"
    Block kicker;
    Block title;
    Block lead;
    std::vector<Block> body;
    std::string keywords;
    std::string source_href;
    std::string source_text;
    SourceLocation where;  // the <article> element in its own file
    SourceLocation keywords_where, source_where;  // <keywords> and <source>
    // <article pages="1">: pages it may take where it stands; the rest
    // continues at the end of its section, with jump lines. 0: no limit.
    int pages_in_place = 0;
};

// Strip: a quarter page across all columns ("1/4 Seite quer"), the format
// that fills the room an article leaves at a page's foot.
enum class AdSize { Full, Half, Quarter, Strip };

// A display ad: a PDF (first page), PNG or JPEG.
struct Ad {
    std::filesystem::path file;
    ImageInfo info;
    AdSize size = AdSize::Full;
    std::string alt;
    // Who placed it (the flatplan names it): the advertiser attribute, else
    // the file's name.
    std::string advertiser;
    // Where the ad leads a reader of the PDF who clicks it (href="…"), or
    // empty.
    std::string href;
    SourceLocation where;
};

// A short news item ("Meldung"): a head and a few lines of text. The page
// planner sets a section's news where its pages have room left.
struct NewsItem {
    Block head;  // BlockKind::Heading
    Block text;  // BlockKind::Paragraph
};

struct Section {
    std::string title;
    std::vector<Article> articles;
    std::vector<NewsItem> news;
    // Ads in manifest order, each after the given number of articles.
    std::vector<std::pair<std::size_t, Ad>> ads;
    SourceLocation where;
};

struct CoverLine {
    std::string article_id;
    std::string text;
    // The lead story's line, set larger (cover-lead): those marked
    // lead="yes", or the first line if none is.
    bool lead = false;
    SourceLocation where;
};

struct Cover {
    std::filesystem::path image;
    ImageInfo info;
    std::string alt;  // what the image shows, for readers who cannot see it
    std::vector<CoverLine> lines;
    SourceLocation where;
};

struct Imprint {
    std::string publisher, address, phone, web, email;
    // V.i.S.d.P.: the person responsible under press law, with address.
    std::string responsible;
    std::string printer;
    std::string advertising;  // who sells the ads: name, phone, e-mail
    std::vector<std::pair<std::string, std::string>> editors;  // role, name
    std::string issn, print_run, frequency, copyright;
    SourceLocation where;
};

// One paid entry of the supplier directory.
struct Company {
    std::string name, category, street, postcode, city, phone, web;
    std::filesystem::path logo;  // optional
    ImageInfo logo_info;
    std::string text;            // optional description
    SourceLocation where;
};

struct Listings {
    std::string title = "Anbieterverzeichnis";
    std::vector<Company> companies;
    SourceLocation where;        // the listings file's root
    SourceLocation title_where;  // <listings title="..."> in issue.xml
};

struct Issue {
    std::filesystem::path folder;  // the issue's folder; every path stays inside
    std::filesystem::path manifest;
    SourceLocation where;  // the <issue> element: the magazine's name is set from it
    std::string magazine;
    int number = 0;
    int year = 0;
    std::string date;  // ISO yyyy-mm-dd, the publication date
    std::string lang = "de-DE";
    std::string layout;
    std::optional<Cover> cover;
    std::optional<Article> editorial;
    std::optional<Imprint> imprint;
    std::vector<Section> sections;
    std::optional<Listings> listings;
    std::vector<Ad> closing_ads;  // after the sections and the directory (the back page)
    // The magazine's own ads (subscription, next issue, events): the page
    // planner uses them only to fill room that would stay white.
    std::vector<Ad> house_ads;
    // An offprint ("Sonderdruck"): one article alone, as the web edition
    // offers it for download. Set by the archive, never by a manifest: no
    // contents page, no filler pages, the article's title as the PDF's.
    bool offprint = false;

    // "Ausgabe 12/2020"
    std::string edition() const;
    // "Dezember 2020"
    std::string month_and_year() const;
    // The issue with only `article` in `section`, as an offprint: what the
    // web edition's "PDF" link gives, typeset by the same layout, with no
    // cover, contents, ads or directory. A jump would lead nowhere, so the
    // article runs on.
    Issue offprint_of(const Section& section, const Article& article) const;
    // "kommune21-2020-12": the magazine's name as base/FileNamePart makes it,
    // the year and the number, for the files made from the issue.
    std::string file_stem() const;
    // Every article of the sections, in order (not the editorial).
    std::vector<const Article*> articles() const;
    // Every file the issue was read from: issue.xml, articles, imprint,
    // listings, images, ads, logos. The CLI refuses outputs that would
    // replace one (issue 8); a new field naming a file belongs here too.
    std::vector<std::filesystem::path> inputs() const;
};

}  // namespace heftsatz
