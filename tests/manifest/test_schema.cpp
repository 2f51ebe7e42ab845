// The element tables (manifest/Schema.h): unknown names are warned about
// with the nearest known one, and no text is dropped.
#include "manifest/Manifest.h"
#include "manifest/Schema.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// An issue folder with one article whose file holds `article`.
fs::path issue_with_article(const std::string& name, const std::string& article, const std::string& more = {}) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n"
                                     << more << "</issue>\n";
    std::ofstream(dir / "articles/a.xml") << article;
    return dir;
}

const Diagnostic* find_message(const Diagnostics& d, const std::string& fragment) {
    for (const Diagnostic& item : d.items())
        if (item.message.find(fragment) != std::string::npos) return &item;
    return nullptr;
}

void write_png(const fs::path& file) {
    fs::copy_file(test::source_dir() / "issues/2020-12/images/fig-hohenbrueck-antraege.png", file);
}

}  // namespace

TEST_CASE("the nearest known name is suggested only when it is close", "[manifest][schema]") {
    CHECK(nearest_name("pgaes", {"src", "pages"}) == "pages");
    CHECK(nearest_name("spn", {"src", "alt", "span"}) == "span");
    CHECK(nearest_name("colour", {"accent", "color"}) == "color");
    CHECK(nearest_name("Pages", {"src", "pages"}) == "pages");
    CHECK(nearest_name("caption", {"caption", "credit"}) == "caption");
    CHECK(nearest_name("u", {"em", "i", "strong", "b", "a"}).empty());
    CHECK(nearest_name("table", {"p", "h2", "quote", "figure", "box", "interview"}).empty());
    CHECK(nearest_name("hyphenation", {"hyphenate", "size"}) == "hyphenate");
}

TEST_CASE("unknown attributes are warned about on every element, with file:line and the nearest name",
          "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-attributes",
                                            "<article id=\"a\" autor=\"sib\">\n<title>T</title>\n<body>\n"
                                            "<p clas=\"x\">Eins.</p>\n"
                                            "<figure src=\"../b.png\" alt=\"Bild\" spn=\"page\"/>\n"
                                            "<box titel=\"Kasten\"><p>Zwei.</p></box>\n"
                                            "</body>\n</article>\n");
    write_png(dir / "b.png");
    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\">\n<article src=\"articles/a.xml\" pgaes=\"1\"/>\n"
                                     << "</section>\n</issue>\n";
    Diagnostics d;
    read_issue(dir, d).take();
    const Diagnostic* pages = find_message(d, "unknown attribute pgaes on <article>");
    REQUIRE(pages);
    CHECK(pages->message.find("did you mean pages?") != std::string::npos);
    CHECK(pages->where.file == (dir / "issue.xml").string());
    CHECK(pages->where.line == 3);
    const Diagnostic* span = find_message(d, "unknown attribute spn on <figure>");
    REQUIRE(span);
    CHECK(span->message.find("did you mean span?") != std::string::npos);
    CHECK(span->where.line == 5);
    REQUIRE(find_message(d, "unknown attribute autor on <article>"));
    CHECK(find_message(d, "unknown attribute autor")->message.find("did you mean author?") != std::string::npos);
    REQUIRE(find_message(d, "unknown attribute titel on <box>"));
    CHECK(find_message(d, "titel")->message.find("did you mean title?") != std::string::npos);
    REQUIRE(find_message(d, "unknown attribute clas on <p>"));
    CHECK(find_message(d, "clas")->message.find("did you mean") == std::string::npos);
}

TEST_CASE("the text of an unknown child of a figure, and text directly inside it, go into the caption",
          "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-figure",
                                            "<article id=\"a\">\n<title>T</title>\n<body>\n<p>Eins.</p>\n"
                                            "<figure src=\"../b.png\" alt=\"Bild\"><caption>Die Legende.</caption>\n"
                                            "<captoin>Ein Nachtrag.</captoin> Lose dabei.<credit>Foto: X</credit></figure>\n"
                                            "</body>\n</article>\n");
    write_png(dir / "b.png");
    Diagnostics d;
    Issue issue = read_issue(dir, d).take();
    const Block& figure = issue.sections.at(0).articles.at(0).body.at(1);
    REQUIRE(figure.figure);
    std::string caption;
    for (const Inline& run : figure.figure->caption) caption += run.text;
    CHECK(caption == "Die Legende. Ein Nachtrag. Lose dabei.");
    CHECK(figure.figure->credit == "Foto: X");
    const Diagnostic* unknown = find_message(d, "unknown element <captoin> in a figure");
    REQUIRE(unknown);
    CHECK(unknown->message.find("added to the caption") != std::string::npos);
    CHECK(unknown->message.find("did you mean caption?") != std::string::npos);
    CHECK(unknown->where.line == 6);
    CHECK(find_message(d, "text directly inside <figure>"));
}

TEST_CASE("unknown elements in the listings are read as entries and their attributes checked", "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-listings", "<article id=\"a\"><title>T</title><body><p>Eins.</p></body></article>",
                                            "<listings src=\"listings.xml\"/>\n");
    std::ofstream(dir / "listings.xml") << "<listings>\n<company name=\"A GmbH\" category=\"K\" citty=\"Köln\">Text A</company>\n"
                                           "<compnay name=\"B GmbH\" category=\"K\">Text B</compnay>\n</listings>\n";
    Diagnostics d;
    Issue issue = read_issue(dir, d).take();
    REQUIRE(issue.listings);
    REQUIRE(issue.listings->companies.size() == 2);
    CHECK(issue.listings->companies[1].name == "B GmbH");
    CHECK(issue.listings->companies[1].text == "Text B");
    const Diagnostic* entry = find_message(d, "unknown element <compnay> in the listings");
    REQUIRE(entry);
    CHECK(entry->message.find("did you mean company?") != std::string::npos);
    CHECK(entry->where.line == 3);
    const Diagnostic* city = find_message(d, "unknown attribute citty on <company>");
    REQUIRE(city);
    CHECK(city->message.find("did you mean city?") != std::string::npos);
}

TEST_CASE("an unknown imprint line is kept after the copyright line", "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-imprint", "<article id=\"a\"><title>T</title><body><p>Eins.</p></body></article>",
                                            "<imprint src=\"imprint.xml\"/>\n");
    std::ofstream(dir / "imprint.xml") << "<imprint>\n<publisher>Verlag</publisher>\n<copyright>© 2020</copyright>\n"
                                          "<druckerei>Druckhaus Nord</druckerei>\n<editr role=\"Redaktion\">Name</editr>\n</imprint>\n";
    Diagnostics d;
    Issue issue = read_issue(dir, d).take();
    REQUIRE(issue.imprint);
    CHECK(issue.imprint->copyright == "© 2020 Druckhaus Nord Name");
    const Diagnostic* editor = find_message(d, "unknown element <editr> in the imprint");
    REQUIRE(editor);
    CHECK(editor->message.find("did you mean editor?") != std::string::npos);
}

TEST_CASE("layout styles warn about unknown attributes with the nearest name", "[manifest][schema][layout]") {
    const fs::path dir = test::output_dir("schema-layout");
    fs::create_directories(dir / "layouts");
    std::string layout = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    const std::string body = "<style name=\"body\"";
    const auto pos = layout.find(body);
    REQUIRE(pos != std::string::npos);
    layout.insert(pos + body.size(), " hyphenation=\"false\" sise=\"9pt\"");
    layout.insert(layout.find("</layout>"), "<justification expansion=\"2%\"><protusion chars=\"-\" right=\"700\"/></justification>\n");
    std::ofstream(dir / "layouts/probe.xml") << layout;
    Diagnostics d;
    read_layout("probe", DataSearchPath::for_issue(dir, {}), d).take();
    const Diagnostic* hyphenate = find_message(d, "unknown attribute hyphenation on <style>");
    REQUIRE(hyphenate);
    CHECK(hyphenate->message.find("did you mean hyphenate?") != std::string::npos);
    CHECK(hyphenate->where.line > 1);
    const Diagnostic* size = find_message(d, "unknown attribute sise on <style>");
    REQUIRE(size);
    CHECK(size->message.find("did you mean size?") != std::string::npos);
    const Diagnostic* protrusion = find_message(d, "unknown element <protusion> in <justification>");
    REQUIRE(protrusion);
    CHECK(protrusion->message.find("did you mean protrusion?") != std::string::npos);
}

TEST_CASE("an unknown element in issue.xml that names files is an error, an empty one a warning", "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-issue", "<article id=\"a\"><title>T</title><body><p>Eins.</p></body></article>",
                                            "<sektion title=\"X\"><article src=\"articles/a.xml\"/></sektion>\n");
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message.find("unknown element <sektion>") != std::string::npos);
    CHECK(r.failure().message.find("did you mean section?") != std::string::npos);
    CHECK(r.failure().where.line == 3);

    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><artikel src=\"articles/a.xml\"/>"
                                     << "<article src=\"articles/a.xml\"/></section>\n</issue>\n";
    Diagnostics d2;
    auto r2 = read_issue(dir, d2);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.failure().message.find("did you mean article?") != std::string::npos);

    std::ofstream(dir / "issue.xml") << test::kIssueHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n"
                                     << "<poster/>\n</issue>\n";
    Diagnostics d3;
    REQUIRE(read_issue(dir, d3).ok());
    CHECK(find_message(d3, "unknown element <poster> in issue.xml"));
}

TEST_CASE("control characters are removed from keywords, plain elements and printed attributes, with a warning",
          "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-controls",
                                            "<article id=\"a\">\n<title>T</title>\n<body><box title=\"Kas\xC2\x85" "ten\"><p>Eins.</p></box></body>\n"
                                            "<keywords>Politik,\xC2\x85" " Digital\x7F\xC2\x85" "isierung</keywords>\n</article>\n");
    Diagnostics d;
    Issue issue = read_issue(dir, d).take();
    const Article& a = issue.sections.at(0).articles.at(0);
    CHECK(a.keywords == "Politik, Digitalisierung");
    CHECK(a.body.at(0).title == "Kasten");
    const Diagnostic* keywords = find_message(d, "control character U+0085 removed (2 times)");
    REQUIRE(keywords);
    CHECK(keywords->where.line == 4);
    CHECK(find_message(d, "control character U+007F removed"));
    const Diagnostic* title = find_message(d, "control character U+0085 removed");
    REQUIRE(title);
    CHECK(title->where.line == 3);
}

TEST_CASE("text directly inside a box or an interview is an error, not dropped", "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-loose-text",
                                            "<article id=\"a\">\n<title>T</title>\n<body>\n<box title=\"B\">Lose im Kasten.</box>\n"
                                            "</body>\n</article>\n");
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message.find("text directly inside <box>") != std::string::npos);
    CHECK(r.failure().where.line == 4);
}

TEST_CASE("an element given twice keeps both texts", "[manifest][schema]") {
    const fs::path dir = issue_with_article("schema-twice",
                                            "<article id=\"a\">\n<title>Erster</title>\n<title>Zweiter</title>\n"
                                            "<body><p>Eins.</p></body>\n<keywords>A</keywords><keywords>B</keywords>\n</article>\n");
    Diagnostics d;
    Issue issue = read_issue(dir, d).take();
    const Article& a = issue.sections.at(0).articles.at(0);
    CHECK(a.title.plain_text() == "Erster Zweiter");
    CHECK(a.keywords == "A, B");
}

TEST_CASE("a file full of unknown names gives a hundred warnings and a count of the rest", "[manifest][schema]") {
    std::string body;
    for (int i = 0; i < 300; ++i) body += "<p farbe=\"rot\">Eins.</p>\n";
    const fs::path dir = issue_with_article("schema-many-unknown", "<article id=\"a\">\n<title>T</title>\n<body>\n" + body +
                                                                       "</body>\n</article>\n");
    Diagnostics d;
    read_issue(dir, d).take();
    CHECK(d.items().size() == 101);
    CHECK(d.items().back().message == "and 200 more unknown attributes and elements in this file");
    CHECK(d.items().back().where.file == (dir / "articles/a.xml").string());
}
