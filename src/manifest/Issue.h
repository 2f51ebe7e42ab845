// The document model: what an issue is made of, as the manifest states it.
// Plain values; the text stage and layout read them and never change them.
#pragma once

#include "base/Diagnostic.h"

#include <filesystem>
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
};

enum class BlockKind { Kicker, Title, Lead, Paragraph, Heading, Meta };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Inline> inlines;
    SourceLocation where;

    bool empty() const;
    std::string plain_text() const;
};

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
};

struct Section {
    std::string title;
    std::vector<Article> articles;
    SourceLocation where;
};

struct Issue {
    std::filesystem::path folder;  // the issue's folder; every path stays inside
    std::filesystem::path manifest;
    std::string magazine;
    int number = 0;
    int year = 0;
    std::string date;  // ISO yyyy-mm-dd, the publication date
    std::string lang = "de-DE";
    std::string layout;
    std::vector<Section> sections;

    // "Ausgabe 12/2020"
    std::string edition() const;
};

}  // namespace heftsatz
