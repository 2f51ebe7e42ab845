// What the article reader makes of credits and attributions (issue 9,
// point 7): a credit closing the caption, a credit attribute, a pull
// quote's `by`.
#include "manifest/Manifest.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// The body of an article holding `body`, read through the issue reader.
std::vector<Block> read_body(const std::string& name, const std::string& body, Diagnostics& diagnostics) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "issue.xml") << "<issue magazine=\"K\" number=\"1\" year=\"2020\" date=\"2020-01-01\" "
                                        "layout=\"kommune21\">\n<section title=\"S\"><article src=\"articles/a.xml\"/>"
                                        "</section>\n</issue>\n";
    std::ofstream(dir / "articles/a.xml") << "<article id=\"a\">\n<title>T</title>\n<body>\n" << body
                                          << "\n</body>\n</article>\n";
    fs::copy_file(test::source_dir() / "issues/2020-12/images/fig-hohenbrueck-antraege.png", dir / "b.png");
    return read_issue(dir, diagnostics).take().sections.at(0).articles.at(0).body;
}

std::string caption_of(const Block& block) {
    std::string text;
    for (const Inline& run : block.figure->caption) text += run.text;
    return text;
}

bool warned(const Diagnostics& diagnostics, const std::string& fragment) {
    for (const Diagnostic& d : diagnostics.items())
        if (d.message.find(fragment) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a credit that closes a caption is taken out of it", "[manifest][furniture]") {
    struct Case {
        const char* caption;
        const char* text;    // what stays the caption
        const char* credit;  // what becomes the credit
    };
    const Case cases[] = {
        {"Das Kreishaus im Winter. Foto: Anna Beispiel", "Das Kreishaus im Winter.", "Foto: Anna Beispiel"},
        {"Das Kreishaus im Winter (Bild: Stadt Weidenau)", "Das Kreishaus im Winter", "Bild: Stadt Weidenau"},
        {"Anträge je Monat. Grafik: Testredaktion", "Anträge je Monat.", "Grafik: Testredaktion"},
        {"Fotos: zwei Aufnahmen vom Rathaus.", "Fotos: zwei Aufnahmen vom Rathaus.", ""},  // a caption that starts so
        {"Der Bildschirm zeigt: alles online.", "Der Bildschirm zeigt: alles online.", ""},
    };
    for (const Case& c : cases) {
        Diagnostics d;
        const std::vector<Block> body = read_body(
            "credit-in-caption", std::string("<figure src=\"../b.png\" alt=\"Bild\"><caption>") + c.caption +
                                     "</caption></figure>",
            d);
        INFO(c.caption);
        REQUIRE(body.at(0).figure);
        CHECK(caption_of(body.at(0)) == c.text);
        CHECK(body.at(0).figure->credit == c.credit);
    }
}

TEST_CASE("a figure's credit attribute and a pull quote's by are read", "[manifest][furniture]") {
    Diagnostics d;
    const std::vector<Block> body =
        read_body("credit-attribute",
                  "<p>Eins.</p>\n<figure src=\"../b.png\" alt=\"Bild\" credit=\"Foto: Anna Beispiel\">"
                  "<caption>Das Kreishaus.</caption></figure>\n"
                  "<quote by=\"Jana Muster, Amtsleiterin\">Erst die Abläufe, dann die Software.</quote>",
                  d);
    REQUIRE(body.size() == 3);
    REQUIRE(body[1].figure);
    CHECK(caption_of(body[1]) == "Das Kreishaus.");
    CHECK(body[1].figure->credit == "Foto: Anna Beispiel");
    CHECK(body[2].kind == BlockKind::Quote);
    CHECK(body[2].attribution == "Jana Muster, Amtsleiterin");
    CHECK_FALSE(warned(d, "unknown attribute"));
}
