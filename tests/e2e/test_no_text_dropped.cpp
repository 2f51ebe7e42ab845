// Nothing is dropped without a message (issue 8): every kind of block, made
// too big for its place, either prints whole (it continues, moves or flows
// on) or stops the build with exit 2 and an error naming it by file:line.
// Each case is an issue written here with one oversized block.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <functional>
#include <map>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// `count` words of German prose, drawn from a fixed list by a generator
// seeded with `offset`: each text is its own, and no long stretch of one
// repeats in another, so a cut-off text cannot pass for a whole one.
std::string prose(int count, int offset = 0) {
    static const char* const kWords[] = {
        "Die", "Verwaltung", "digitalisiert", "ihre", "Verfahren", "Schritt", "für", "Schritt,", "und",
        "berichtet", "den", "Bürgerinnen", "und", "Bürgern", "regelmäßig", "über", "den", "Fortgang.",
        "Rechenzentren", "betreiben", "Fachverfahren", "für", "Kreise", "und", "Gemeinden;", "die",
        "Landesportale", "binden", "Servicekonten", "ein.", "Kommunale", "Archive", "erhalten",
        "Unterstützung", "bei", "der", "elektronischen", "Aktenführung", "und", "Langzeitspeicherung."};
    constexpr int n = sizeof kWords / sizeof kWords[0];
    std::string out;
    std::uint32_t state = 2654435761u * static_cast<std::uint32_t>(offset + 1);
    for (int i = 0; i < count; ++i) {
        state = state * 1664525u + 1013904223u;  // Numerical Recipes' LCG
        if (i) out += ' ';
        out += kWords[(state >> 16) % n];
    }
    return out;
}

// An issue: issue.xml's lines after the root element, and other files.
struct IssueFiles {
    std::vector<std::string> issue_lines;  // issue.xml line 3 on
    std::map<std::string, std::string> files;
};

// An article file whose element i (0-based) stands on line i + 3.
std::string article_xml(const std::vector<std::string>& elements, const std::string& id = "a") {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article id=\"" + id + "\" author=\"tst\">\n";
    for (const std::string& e : elements) xml += e + "\n";
    return xml + "</article>\n";
}

const std::string kSection = "<section title=\"Politik\"><article src=\"articles/a.xml\"/></section>";
const std::string kShortText = "<body><p>" + prose(40, 500) + "</p></body>";

struct DroppedTextCase {
    const char* name;
    std::function<IssueFiles()> make;
    int exit = 0;
    const char* message = "";   // a fragment of the error or warning
    const char* location = "";  // file:line it names
    std::vector<std::string> texts = {};  // beyond the articles, what the PDF must hold (exit 0)
    // Whether each body element's text stands in one piece in the PDF; not
    // for a box holding a figure, which floats out of it.
    bool whole_elements = true;
    std::vector<std::string> floating = {};  // captions: anywhere, taken out before `texts` are looked for
    // Titles printed three times: in the article's head, the contents and a jump line.
    std::vector<std::string> thrice = {};
};

std::vector<DroppedTextCase> cases() {
    std::vector<DroppedTextCase> c;
    auto in_article = [](std::vector<std::string> elements) {
        return [elements] {
            return IssueFiles{{kSection}, {{"articles/a.xml", article_xml(elements)}}};
        };
    };
    c.push_back({"lead", in_article({"<title>Titel</title>", "<lead>" + prose(2000) + "</lead>", kShortText}), 0,
                 "the lead takes", "articles/a.xml:4:"});
    c.push_back({"title", in_article({"<title>" + prose(400) + "</title>", kShortText}), 2, "the title takes",
                 "articles/a.xml:3:"});
    c.push_back({"kicker", in_article({"<kicker>" + prose(700) + "</kicker>", "<title>Titel</title>", kShortText}), 2,
                 "the kicker takes", "articles/a.xml:3:"});
    c.push_back({"contents entry",
                 in_article({"<kicker>" + prose(450) + "</kicker>", "<title>Titel</title>", kShortText}), 2,
                 "longer than a contents page holds", "articles/a.xml:3:"});
    c.push_back({"caption",
                 in_article({"<title>Titel</title>",
                             "<body><p>" + prose(30) + "</p><figure src=\"../images/bild.png\" alt=\"Bild\"><caption>" +
                                 prose(600, 7) + "</caption></figure><p>" + prose(30, 3) + "</p></body>"}),
                 2, "the caption of bild.png takes", "articles/a.xml:4:"});
    c.push_back({"page-wide caption",
                 in_article({"<title>Titel</title>",
                             "<body><p>" + prose(30) + "</p><figure src=\"../images/bild.png\" alt=\"Bild\" "
                                                       "span=\"page\"><caption>" +
                                 prose(1600, 7) + "</caption></figure></body>"}),
                 2, "the caption of bild.png takes", "articles/a.xml:4:"});
    c.push_back({"box", in_article({"<title>Titel</title>",
                                    "<body><box title=\"" + prose(300, 11) + "\"><p>" + prose(2000, 5) +
                                        "</p></box><p>" + prose(30) + "</p></body>"}),
                 0, "", "", {prose(300, 11)}});
    c.push_back({"box in a box, figure in a box",
                 in_article({"<title>Titel</title>",
                             "<body><box title=\"Kasten\"><p>" + prose(20) +
                                 "</p><figure src=\"../images/bild.png\" alt=\"Bild\"><caption>" + prose(12, 9) +
                                 "</caption></figure><box title=\"" + prose(5, 13) + "\"><p>" + prose(40, 17) +
                                 "</p></box></box></body>"}),
                 0, "", "", {prose(20), prose(5, 13), prose(40, 17)}, false, {prose(12, 9)}});
    c.push_back({"pull quote", in_article({"<title>Titel</title>",
                                           "<body><p>" + prose(30) + "</p><quote>" + prose(1500, 3) +
                                               "</quote><p>" + prose(30, 1) + "</p></body>"})});
    c.push_back({"interview", in_article({"<title>Titel</title>",
                                          "<body><interview><question>" + prose(1500, 2) + "</question><answer>" +
                                              prose(1500, 4) + "</answer></interview></body>"})});
    c.push_back({"keywords and source",
                 in_article({"<title>Titel</title>", kShortText, "<keywords>" + prose(800, 6) + "</keywords>",
                             "<source href=\"https://example.org\">" + prose(300, 8) + "</source>"}),
                 0, "", "", {prose(800, 6), prose(300, 8)}});
    c.push_back({"continuation head", [] {
                     return IssueFiles{
                         {"<section title=\"Politik\"><article src=\"articles/a.xml\" pages=\"1\"/>"
                          "<article src=\"articles/b.xml\"/></section>"},
                         {{"articles/a.xml", article_xml({"<title>" + prose(60, 21) + "</title>",
                                                          "<body><p>" + prose(3000) + "</p></body>"})},
                          {"articles/b.xml", article_xml({"<title>Zweiter</title>", kShortText}, "b")}}};
                 },
                 0, "", "", {}, true, {}, {prose(60, 21)}});
    c.push_back({"cover line", [] {
                     return IssueFiles{{"<cover image=\"images/titel.png\">",
                                        "<line article=\"a\">" + prose(300) + "</line>", "</cover>", kSection},
                                       {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})}}};
                 },
                 2, "cover line 1 of 1 does not fit", "issue.xml:4:"});
    c.push_back({"cover lines", [] {
                     IssueFiles f{{"<cover image=\"images/titel.png\">"},
                                  {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})}}};
                     for (int i = 0; i < 40; ++i) f.issue_lines.push_back("<line article=\"a\">" + prose(8, i) + "</line>");
                     f.issue_lines.push_back("</cover>");
                     f.issue_lines.push_back(kSection);
                     return f;
                 },
                 2, "of 40 does not fit on the cover", "issue.xml:"});
    c.push_back({"section title", [] {
                     return IssueFiles{{"<section title=\"" + prose(60) + "\"><article src=\"articles/a.xml\"/></section>"},
                                       {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})}}};
                 },
                 2, "the section title \"", "issue.xml:3:"});
    c.push_back({"magazine", [] {
                     IssueFiles f{{kSection}, {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})}}};
                     f.files["magazine"] = prose(80);
                     return f;
                 },
                 2, "the magazine's name", "issue.xml:2:"});
    c.push_back({"imprint", [] {
                     std::string imprint = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<imprint><publisher>Verlag</publisher>"
                                           "<address>Weg 1</address>";
                     for (int i = 0; i < 400; ++i) imprint += "<editor role=\"Redaktion\">" + prose(3, i * 3) + "</editor>";
                     imprint += "<copyright>" + prose(1500, 1) + "</copyright></imprint>\n";
                     return IssueFiles{{"<imprint src=\"imprint.xml\"/>", kSection},
                                       {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})},
                                        {"imprint.xml", imprint}}};
                 },
                 0, "", "", [] {
                     std::string editors;
                     for (int i = 0; i < 400; ++i) editors += (i ? ", " : "Redaktion: ") + prose(3, i * 3);
                     return std::vector<std::string>{editors, prose(1500, 1)};
                 }()});
    c.push_back({"directory entry", [] {
                     return IssueFiles{{kSection, "<listings title=\"Anbieterverzeichnis\" src=\"listings.xml\"/>"},
                                       {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})},
                                        {"listings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<listings>\n"
                                                         "<company name=\"" + prose(200, 2) + "\" category=\"" +
                                                             prose(100, 4) + "\" city=\"Berlin\">" + prose(3000, 6) +
                                                             "</company>\n</listings>\n"}}};
                 },
                 0, "", "", {prose(200, 2), prose(100, 4), prose(3000, 6)}});
    c.push_back({"directory title", [] {
                     return IssueFiles{{kSection, "<listings title=\"" + prose(300) + "\" src=\"listings.xml\"/>"},
                                       {{"articles/a.xml", article_xml({"<title>Titel</title>", kShortText})},
                                        {"listings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<listings>\n"
                                                         "<company name=\"Firma\" category=\"IT\" city=\"Berlin\"/>\n"
                                                         "</listings>\n"}}};
                 },
                 2, "the directory's title is too long", "issue.xml:4:"});
    return c;
}

void write(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

fs::path write_issue(const std::string& name, const IssueFiles& files) {
    const fs::path issue = test::output_dir("no-text-dropped/" + name);
    const auto magazine = files.files.find("magazine");
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue magazine=\"" +
                      (magazine == files.files.end() ? std::string("Kommune21") : magazine->second) +
                      "\" number=\"12\" year=\"2020\" date=\"2020-12-01\" lang=\"de-DE\" layout=\"kommune21\">\n";
    for (const std::string& line : files.issue_lines) xml += line + "\n";
    write(issue / "issue.xml", xml + "</issue>\n");
    for (const auto& [path, content] : files.files)
        if (path != "magazine") write(issue / path, content);
    const fs::path images = test::source_dir() / "issues/2020-12/images";
    fs::create_directories(issue / "images");
    fs::copy_file(images / "fig-kranichberg-e-akte.png", issue / "images/bild.png");
    fs::copy_file(images / "fig-hohenbrueck-antraege.png", issue / "images/titel.png");
    return issue;
}

}  // namespace

TEST_CASE("every block too big for its place prints whole or is an error naming it", "[e2e][limits]") {
    for (const DroppedTextCase& c : cases()) {
        SECTION(c.name) {
            const fs::path issue = write_issue(c.name, c.make());
            const fs::path pdf = issue.parent_path() / (issue.filename().string() + ".pdf");
            fs::remove(pdf);
            const auto result = test::heftsatz("build '" + issue.string() + "' -o '" + pdf.string() + "'");
            INFO(c.name << ":\n" << result.out.substr(0, 3000));
            REQUIRE(result.exit_code == c.exit);
            CHECK(result.out.find(c.message) != std::string::npos);
            CHECK(result.out.find(c.location) != std::string::npos);
            CHECK(result.out.find("ppi") == std::string::npos);  // no figure scaled to nothing
            if (c.exit != 0) {
                CHECK_FALSE(fs::exists(pdf));
                continue;
            }
            CHECK(result.out.find("error") == std::string::npos);
            if (c.whole_elements) test::check_no_text_lost(issue, pdf);
            std::string text =
                test::letters(test::pdf_text(pdf, {"Politik", "Inhalt", "Impressum", "Notizen", "Anbieterverzeichnis"}));
            for (const std::string& t : c.floating) {
                INFO("expected in the PDF: " << t.substr(0, 80));
                const std::size_t at = text.find(test::letters(t));
                REQUIRE(at != std::string::npos);
                text.erase(at, test::letters(t).size());
            }
            const std::string everything = test::letters(test::run("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' -").out);
            for (const std::string& t : c.thrice) {
                INFO("expected thrice in the PDF: " << t.substr(0, 80));
                int copies = 0;
                for (std::size_t at = everything.find(test::letters(t)); at != std::string::npos;
                     at = everything.find(test::letters(t), at + 1))
                    ++copies;
                CHECK(copies == 3);
            }
            for (const std::string& t : c.texts) {
                INFO("expected in the PDF: " << t.substr(0, 80));
                CHECK(text.find(test::letters(t)) != std::string::npos);
            }
        }
    }
}
