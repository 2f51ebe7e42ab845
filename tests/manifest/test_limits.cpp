// The input limits (manifest/InputLimits.h): each is refused before it
// costs anything, naming the limit and where.
#include "manifest/InputLimits.h"
#include "manifest/Manifest.h"
#include "manifest/XmlDocument.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

std::string attributes(std::size_t n, const std::string& value = "1") {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += " a" + std::to_string(i) + "=\"" + value + "\"";
    return out;
}

fs::path issue_with_body(const std::string& name, const std::string& body) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n</issue>\n";
    std::ofstream(dir / "articles/a.xml") << "<article id=\"a\">\n<title>T</title>\n<body>\n" << body << "</body>\n</article>\n";
    return dir;
}

// German words, `n` characters or a few more.
std::string words(std::size_t n) {
    std::string out;
    while (out.size() < n) out += "Verwaltung ";
    return out;
}

}  // namespace

TEST_CASE("attributes are counted on the bytes, quoted values, comments and CDATA aside", "[manifest][limits]") {
    const std::size_t limit = kMaxAttributesPerElement;
    CHECK_FALSE(find_attribute_excess("<a" + attributes(limit) + "/>"));
    auto excess = find_attribute_excess("<?xml version=\"1.0\"?>\n<issue>\n  <article" + attributes(limit + 1) + "/></issue>");
    REQUIRE(excess);
    CHECK(excess->element == "article");
    CHECK(excess->attributes == limit + 1);
    CHECK(excess->offset == 32);
    // '=' and '>' inside values, comments, CDATA and processing instructions count for nothing.
    CHECK_FALSE(find_attribute_excess("<a x=\"" + std::string(500, '=') + "> '\" y='==\"'/>"));
    CHECK_FALSE(find_attribute_excess("<!-- " + std::string(500, '=') + " --><a/>"));
    CHECK_FALSE(find_attribute_excess("<a><![CDATA[<b " + std::string(500, '=') + ">]]></a>"));
    CHECK_FALSE(find_attribute_excess("<?pi " + std::string(500, '=') + "?><a/>"));
    CHECK_FALSE(find_attribute_excess("<a>" + std::string(500, '=') + "</a>"));
    // Unterminated input stops the scan; libxml2 reports it.
    CHECK_FALSE(find_attribute_excess("<a x=\"" + std::string(500, '=')));
}

TEST_CASE("50,000 attributes are refused before libxml2 parses them, with line and column", "[manifest][limits]") {
    const std::string text = "<?xml version=\"1.0\"?>\n<article id=\"a\"" + attributes(50'000) + ">\n<title>T</title></article>\n";
    const auto start = std::chrono::steady_clock::now();
    auto r = XmlDocument::parse(text, "a.xml");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message == "<article> has 50,001 attributes, more than the limit of 100 per element");
    CHECK(r.failure().where.line == 2);
    CHECK(r.failure().where.column == 1);
    CHECK(seconds < 0.5);  // libxml2's duplicate check alone takes 4 s or more
}

TEST_CASE("a paragraph over the character limit is refused with file and line, one at the limit is read",
          "[manifest][limits]") {
    const std::string at_limit = words(kMaxCharactersPerBlock).substr(0, kMaxCharactersPerBlock);
    fs::path dir = issue_with_body("limit-paragraph", "<p>Eins.</p>\n<p>" + at_limit + "</p>\n");
    Diagnostics d;
    CHECK(read_issue(dir, d).ok());
    dir = issue_with_body("limit-paragraph", "<p>Eins.</p>\n<p>" + at_limit + "x</p>\n");
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message.find("<p> has 50,001 characters, more than the limit of 50,000") != std::string::npos);
    CHECK(r.failure().where.file == (dir / "articles/a.xml").string());
    CHECK(r.failure().where.line == 5);
    // Characters, not bytes: 50,000 umlauts are 100,000 bytes and within the limit.
    std::string umlauts;
    for (std::size_t i = 0; i < kMaxCharactersPerBlock; ++i) umlauts += "ä";
    dir = issue_with_body("limit-paragraph", "<p>" + umlauts + "</p>\n");
    CHECK(read_issue(dir, d).ok());
}

TEST_CASE("keywords and titles in attributes are blocks of text too", "[manifest][limits]") {
    const std::string long_text = words(kMaxCharactersPerBlock + 10);
    fs::path dir = issue_with_body("limit-box-title", "<box title=\"" + long_text + "\"><p>Eins.</p></box>\n");
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message.find("attribute title has") != std::string::npos);
    CHECK(r.failure().where.line == 4);
}

TEST_CASE("blocks per article are counted before any is read", "[manifest][limits]") {
    std::string body;
    for (std::size_t i = 0; i <= kMaxBlocksPerArticle; ++i) body += "<p>x</p>";
    const fs::path dir = issue_with_body("limit-blocks", body + "\n");
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message == "the article has 5,001 blocks, more than the limit of 5,000 per article");
    CHECK(r.failure().where.line == 3);
    // A box's blocks count, and so does the box.
    std::string boxed = "<box title=\"B\">";
    for (std::size_t i = 0; i < kMaxBlocksPerArticle; ++i) boxed += "<p>x</p>";
    CHECK_FALSE(read_issue(issue_with_body("limit-blocks", boxed + "</box>\n"), d).ok());
}

TEST_CASE("characters per article are limited", "[manifest][limits]") {
    const std::string paragraph = "<p>" + words(kMaxCharactersPerBlock - 20) + "</p>\n";
    std::string body;
    for (std::size_t chars = 0; chars <= kMaxCharactersPerArticle; chars += kMaxCharactersPerBlock - 20) body += paragraph;
    Diagnostics d;
    auto r = read_issue(issue_with_body("limit-article", body), d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message.find("characters, more than the limit of 400,000 per article") != std::string::npos);
}

TEST_CASE("articles and ads per issue are counted in issue.xml before any file is read", "[manifest][limits]") {
    const fs::path dir = test::output_dir("limit-articles");
    std::string refs;
    for (std::size_t i = 0; i <= kMaxArticlesPerIssue; ++i) refs += "<article src=\"articles/none.xml\"/>\n";
    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\">\n" << refs << "</section>\n</issue>\n";
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message == "the issue has 501 articles, more than the limit of 500 per issue");
    CHECK(r.failure().where.line == 1);

    std::string ads;
    for (std::size_t i = 0; i <= kMaxAdsPerIssue; ++i) ads += "<ad src=\"ads/none.pdf\"/>\n";
    std::ofstream(dir / "issue.xml") << test::kIssueHead << ads << "</issue>\n";
    auto r2 = read_issue(dir, d);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.failure().message == "the issue has 501 ads, more than the limit of 500 per issue");
}

TEST_CASE("counts in messages have thousands separators", "[manifest][limits]") {
    CHECK(with_thousands(0) == "0");
    CHECK(with_thousands(999) == "999");
    CHECK(with_thousands(1000) == "1,000");
    CHECK(with_thousands(8388608) == "8,388,608");
    CHECK(count_characters("Straße") == 6);
}

TEST_CASE("unknown elements beside the body count as blocks, since each is set as a paragraph", "[manifest][limits]") {
    const fs::path dir = test::output_dir("limit-unknown-blocks");
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n</issue>\n";
    {
        std::ofstream out(dir / "articles/a.xml");
        out << "<article id=\"a\">\n<title>T</title>\n<body><p>Eins.</p></body>\n";
        for (std::size_t i = 0; i < kMaxBlocksPerArticle; ++i) out << "<x>y</x>";
        out << "\n</article>\n";
    }
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message == "the article has 5,001 blocks, more than the limit of 5,000 per article");
}

TEST_CASE("the directory as a whole and the imprint as a whole are limited like an article and a block",
          "[manifest][limits]") {
    const fs::path dir = test::output_dir("limit-back-matter");
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "articles/a.xml") << "<article id=\"a\"><title>T</title><body><p>Eins.</p></body></article>\n";
    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n"
                                     << "<listings src=\"listings.xml\"/>\n</issue>\n";
    {
        std::ofstream out(dir / "listings.xml");
        out << "<listings>\n";
        for (int i = 0; i < 1000; ++i) out << "<company name=\"Firma " << i << "\" category=\"K\">" << words(400) << "</company>\n";
        out << "</listings>\n";
    }
    Diagnostics d;
    auto listings = read_issue(dir, d);
    REQUIRE_FALSE(listings.ok());
    CHECK(listings.failure().message.find("the directory has") == 0);
    CHECK(listings.failure().message.find("more than the limit of 400,000 (the limit for one article)") != std::string::npos);

    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n"
                                     << "<imprint><publisher>Verlag</publisher>\n";
    {
        std::ofstream out(dir / "issue.xml", std::ios::app);
        for (int i = 0; i < 2000; ++i) out << "<editor>" << words(30) << "</editor>";
        out << "\n</imprint>\n</issue>\n";
    }
    auto imprint = read_issue(dir, d);
    REQUIRE_FALSE(imprint.ok());
    CHECK(imprint.failure().message.find("the imprint has") == 0);
    CHECK(imprint.failure().where.line == 3);
}
