// What the archive keeps of one built issue, beside its PDFs: enough to
// write the index, the feed, index.json and the web edition without reading
// or laying out the issue again. Each issue's record is its folder's
// issue.json, so an unchanged issue is skipped and shards built on other
// machines are merged from their folders alone.
#pragma once

#include "base/Result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace heftsatz {

// A file the archive wrote for an issue, relative to the archive's root.
struct ArchivedFile {
    std::string path;  // "2020-12/kommune21-2020-12.pdf", '/'-separated
    std::uintmax_t bytes = 0;
    std::string sha256;
};

// A part of an article's text as the web edition shows it: "p", "h2",
// "h3", "quote", "li" or "figure"; `html` is the inner HTML, escaped,
// with <em>, <strong>, <a> and <span lang>.
struct WebBlock {
    std::string kind;
    std::string html;
    std::string label;      // li: "•" or "1."
    std::string image;      // figure: its file, relative to the archive's root
    std::string alt;        // figure
    std::string credit;     // figure
};

struct ArticleRecord {
    std::string id;
    std::string kind = "article";  // or "editorial"
    std::string date;              // ISO yyyy-mm-dd
    std::string kicker, title, lead, author;  // text, not HTML
    std::vector<std::string> keywords;
    std::string source_href, source_text;
    int page = 0;             // 1-based index of the PDF page it begins on
    std::string page_label;   // the printed folio there
    std::vector<WebBlock> body;
    ArchivedFile pdf;         // the article alone, typeset as an offprint
};

struct SectionRecord {
    std::string title;
    std::vector<ArticleRecord> articles;
};

struct CompanyRecord {
    std::string name, category, postcode, city, web;
    int page = 0;  // the directory's page in the PDF
};

struct IssueRecord {
    std::string id;  // the issue's folder name, e.g. "2020-12"
    std::string magazine;
    int number = 0, year = 0;
    std::string edition;          // "Ausgabe 12/2020" (Issue::edition)
    std::string month_and_year;   // "Dezember 2020"
    std::string date;             // publication date, ISO
    std::string lang = "de-DE";
    std::string input_key;        // SHA-256 of every input (archive/InputKey.h)
    int pages = 0;
    ArchivedFile reader_pdf, archive_pdf, thumbnail;
    int thumbnail_width = 0, thumbnail_height = 0;
    std::string cover_alt;
    std::vector<SectionRecord> sections;  // the editorial first, as its own section ""
    std::vector<CompanyRecord> companies;
    std::vector<ArchivedFile> images;     // the web edition's figures
    int warnings = 0;

    // "Kommune21, Ausgabe 12/2020", as the magazine's site names an issue
    std::string title() const { return magazine + ", " + edition; }
    // Every file of the issue that SHA256SUMS lists.
    std::vector<const ArchivedFile*> files() const;
};

// issue.json: written sorted and indented, so equal records are equal bytes.
std::string record_json(const IssueRecord& record);
// Reads an issue.json; an unreadable or foreign file is an error naming it.
Result<IssueRecord> read_record(const std::filesystem::path& file);

}  // namespace heftsatz
