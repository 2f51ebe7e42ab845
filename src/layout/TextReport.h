// The one path by which text that was set is checked: characters no font
// has (they print as empty boxes), control characters taken out, and lines
// wider than their measure. Whatever sets text (articles, cover, contents,
// imprint, directory, running heads, jump lines) hands its SetBlocks here
// with the article and page, and the warnings name the block's source
// line, as Typst adds a span to every diagnostic.
#pragma once

#include "base/Diagnostic.h"
#include "layout/BlockSetter.h"

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace heftsatz {

// One part of a block's text and where it comes from: a running footer
// joins the magazine's name (issue.xml) and a section's title, and a
// character is reported where it stands.
struct TextSource {
    std::string_view text;
    SourceLocation where;
};

class TextReport {
public:
    explicit TextReport(Diagnostics& out) : out_(out) {}

    // Reports what setting `block` found, at block.where or, for a block
    // joined from several sources, at the source that holds the character.
    // Each finding is reported once per source element: a running head
    // repeats on every page, its missing character is named once.
    void check(const SetBlock& block, const std::string& article, int page,
               const std::vector<TextSource>& sources = {});
    // Only the lines that were painted (a flow may take other lines than
    // the block's own).
    void check(const SetBlock& block, const std::vector<SetLine>& lines, const std::string& article, int page,
               const std::vector<TextSource>& sources = {});

    // Adds `d` (at its own place) unless the same message was given for
    // the same place before: for what repeats on every page.
    void add_once(Diagnostic d, const std::string& article, int page);

private:
    void add(Diagnostic d, const SourceLocation& where, const std::string& article, int page);

    Diagnostics& out_;
    std::set<std::tuple<std::string, int, int, std::string>> reported_;  // file, line, column, finding_key
};

// What makes two diagnostics the same finding, with their place: the
// message, but for a missing character only the character (the same text
// set in a bold and a regular style lacks it in two fonts).
std::string finding_key(const Diagnostic& d);

// "U+00AD"
std::string codepoint_name(char32_t cp);
// The start of `text`, cut at a word and marked ("Das Debian-Projekt …"),
// for messages that quote a text too long for its place.
std::string excerpt(const std::string& text, std::size_t max_bytes = 40);

}  // namespace heftsatz
