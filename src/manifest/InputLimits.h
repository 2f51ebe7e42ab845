// The most of each thing one input may hold (docs/limits.md, "Limits on
// input"). Each is far above what a real issue holds (the sample issue: 12
// articles, 143 blocks, its longest paragraph 1,378 characters) and low
// enough that any input of at most 8 MB is set in under a minute and 1 GiB;
// docs/limits.md gives the cost measured at each. An input beyond one is
// refused before it is laid out, with a message naming the limit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace heftsatz {

// libxml2 checks each attribute against every other of its element for
// duplicates: 50,000 attributes take 4 to 19 s, 150,000 a minute. The
// check is quadratic, so the limit acts on the bytes before libxml2 parses
// them. The most any element needs is 17 (<justification>).
inline constexpr std::size_t kMaxAttributesPerElement = 100;

// One block of text (a paragraph, lead, title, caption, quote, box title,
// keywords, a company's text; the whole imprint, whose editors are set as
// one) is broken into lines as one unit, and the
// breaker holds every feasible break of it at once: about 480 bytes per
// character (an 8 MB paragraph took 3.5 GB). A real paragraph has at most
// a few thousand characters; one of more than 50,000 is a text exported
// without its paragraph marks, and refusing it tells the editor where to
// put them, where splitting it silently would invent paragraph breaks.
inline constexpr std::size_t kMaxCharactersPerBlock = 50'000;

// An article is measured as a whole before it is placed: about 145 bytes
// per character while it is laid out, once for each thread (-j). A long
// feature has 30,000 characters. The company directory, laid out as a
// whole too, has the same limit.
inline constexpr std::size_t kMaxCharactersPerArticle = 400'000;

// Blocks of one article (paragraphs, headings, figures, quotes, boxes and
// what they hold, questions and answers, and unknown elements beside the
// body, which are set as paragraphs); counted before any is read.
inline constexpr std::size_t kMaxBlocksPerArticle = 5'000;

// Blocks of the whole issue: each costs about 3 KB through layout, and
// 8 MB of "<p>x</p>" would be a million of them.
inline constexpr std::size_t kMaxBlocksPerIssue = 25'000;

// Articles of the issue, the editorial included; counted in issue.xml
// before any article file is read. Each starts a page.
inline constexpr std::size_t kMaxArticlesPerIssue = 500;

// Ads and figures each may take a page, and each page is held until the
// PDF is written (kMaxPagesPerIssue).
inline constexpr std::size_t kMaxAdsPerIssue = 500;
inline constexpr std::size_t kMaxFiguresPerIssue = 1'000;

// Entries of the company directory (a real one has a few hundred).
inline constexpr std::size_t kMaxCompanies = 10'000;

// An element of `text` with more than kMaxAttributesPerElement attributes:
// its name, how many it has, and where its start tag begins. Reads the bytes
// once, without parsing them (quoted values, comments, CDATA and processing
// instructions are skipped), so it runs before libxml2 and in linear time.
struct AttributeExcess {
    std::string element;
    std::size_t attributes = 0;
    std::size_t offset = 0;
};
std::optional<AttributeExcess> find_attribute_excess(std::string_view text);

// Characters (Unicode code points) of UTF-8 text.
std::size_t count_characters(std::string_view utf8);

// "50,000": counts in messages, as the limits are written in docs/limits.md.
std::string with_thousands(std::size_t n);

}  // namespace heftsatz
