// End to end: the heftsatz binary on fixture issues, the PDF read back with
// poppler-utils and qpdf.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <hb.h>

#include <fstream>
#include <regex>
#include <sstream>

using namespace heftsatz;
namespace fs = std::filesystem;


TEST_CASE("a small issue builds: all text and fonts subset and qpdf clean", "[e2e]") {
    const fs::path out = test::output_dir("small") / "small.pdf";
    auto result = test::heftsatz("build '" + test::fixture("small-issue").string() + "' -o '" + out.string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    // The contents, two articles, a filler page: a multiple of four.
    CHECK(result.out.find("wrote " + out.string() + ": 4 pages") != std::string::npos);
    test::check_no_text_lost(test::fixture("small-issue"), out);

    auto fonts = test::run("pdffonts '" + out.string() + "'");
    REQUIRE(fonts.exit_code == 0);
    int rows = 0;
    std::istringstream lines(fonts.out);
    std::string line;
    std::regex row("^([A-Z]{6})\\+\\S+\\s+CID (TrueType|Type 0C \\(OT\\))\\s+Identity-H\\s+yes yes yes");
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
        INFO(line);
        CHECK(std::regex_search(line, row));
        ++rows;
    }
    CHECK(rows >= 4);  // serif regular, italic, bold; sans bold

    auto check = test::run("qpdf --check '" + out.string() + "'");
    INFO(check.out);
    CHECK(check.exit_code == 0);

    // Font expansion is painted with the PDF's horizontal scaling (Tz), which
    // text extraction takes into account: the text check above passed.
    const fs::path qdf = out.parent_path() / "small-qdf.pdf";
    REQUIRE(test::run("qpdf --qdf --object-streams=disable '" + out.string() + "' '" + qdf.string() + "'").exit_code == 0);
    const std::string content = test::read_file(qdf);
    CHECK(std::regex_search(content, std::regex("\n(98|98\\.5|99|99\\.5|100\\.5|101|101\\.5|102) Tz\n")));
    CHECK_FALSE(std::regex_search(content, std::regex("\n(9[0-7]|10[3-9])(\\.[0-9]+)? Tz\n")));  // never beyond ±2 %

    auto info = test::run("pdfinfo '" + out.string() + "'");
    CHECK(std::regex_search(info.out, std::regex("Title: +Kommune21 – Ausgabe 12/2020\n")));
    CHECK(std::regex_search(info.out, std::regex("Creator: +heftsatz \\d")));
    CHECK(std::regex_search(info.out, std::regex("CreationDate: +Tue Dec  1 00:00:00 2020 UTC")));
}

TEST_CASE("German text copies correctly: umlauts and ß and quotes and ligatures", "[e2e]") {
    const fs::path out = test::output_dir("copy") / "copy.pdf";
    REQUIRE(test::heftsatz("build -q '" + test::fixture("small-issue").string() + "' -o '" + out.string() + "'").exit_code == 0);
    std::string text = test::pdf_text(out);
    for (const char* expected : {"„geraden Anführungszeichen“", "Ellipse…", "Straßenver", "außerhalb",
                                 "Effizienz", "Offizielle", "Pflichtaufgaben", "flächendeckende",
                                 "Zertifikate", "Schifffahrtsbehörden", "‚Wir", "werden.‘",
                                 "24 Stunden – so"}) {
        INFO(expected);
        CHECK(text.find(expected) != std::string::npos);
    }
    // The ligatures are really there: the content uses glyphs whose
    // ToUnicode entries are two or three letters.
    auto qdf = test::run("qpdf --qdf --object-streams=disable '" + out.string() + "' -");
    CHECK(qdf.out.find("<00660069>") != std::string::npos);      // fi
    CHECK(qdf.out.find("<006600660069>") != std::string::npos);  // ffi
}

TEST_CASE("a CFF body font works end to end", "[e2e]") {
    const fs::path out = test::output_dir("cff") / "cff.pdf";
    auto result = test::heftsatz("build -q '" + test::fixture("cff-body").string() + "' -o '" + out.string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    test::check_no_text_lost(test::fixture("cff-body"), out);
    auto fonts = test::run("pdffonts '" + out.string() + "'");
    CHECK(std::regex_search(fonts.out, std::regex("\\+LinBiolinumO\\s+CID Type 0C \\(OT\\)\\s+Identity-H\\s+yes yes yes")));
    CHECK(test::run("qpdf --check '" + out.string() + "'").exit_code == 0);
}

TEST_CASE("the layout option sets the issue in another layout", "[e2e]") {
    const fs::path dir = test::output_dir("layout-option");
    const std::string issue = test::fixture("small-issue").string();  // names layout="kommune21"
    auto result = test::heftsatz("build '" + issue + "' --layout libertine-57mm -o '" + (dir / "libertine.pdf").string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    test::check_no_text_lost(test::fixture("small-issue"), dir / "libertine.pdf");
    auto fonts = test::run("pdffonts '" + (dir / "libertine.pdf").string() + "'");
    INFO(fonts.out);
    CHECK(std::regex_search(fonts.out, std::regex("\\+LinLibertineO\\s+CID Type 0C \\(OT\\)")));
    CHECK(fonts.out.find("NotoSerif") == std::string::npos);
    // Without the option the issue's own layout holds.
    REQUIRE(test::heftsatz("build -q '" + issue + "' -o '" + (dir / "own.pdf").string() + "'").exit_code == 0);
    auto own = test::run("pdffonts '" + (dir / "own.pdf").string() + "'");
    CHECK(own.out.find("+NotoSerif-Regular") != std::string::npos);
    CHECK(own.out.find("LinLibertine") == std::string::npos);
    // check takes it too.
    auto check = test::heftsatz("check '" + issue + "' --layout libertine-57mm");
    INFO(check.out);
    CHECK(check.exit_code == 0);
}

TEST_CASE("an unknown layout option is bad input that names it", "[e2e][bad]") {
    const fs::path out = test::output_dir("layout-unknown") / "out.pdf";
    const std::string issue = test::fixture("small-issue").string();
    auto build = test::heftsatz("build '" + issue + "' --layout gibt-es-nicht -o '" + out.string() + "'");
    INFO(build.out);
    CHECK(build.exit_code == 2);
    CHECK(build.out.find("error: layout \"gibt-es-nicht\" not found") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    auto check = test::heftsatz("check '" + issue + "' --layout gibt-es-nicht");
    CHECK(check.exit_code == 2);
    CHECK(check.out.find("layout \"gibt-es-nicht\" not found") != std::string::npos);
    auto missing = test::heftsatz("check '" + issue + "' --layout");
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.find("--layout needs a value") != std::string::npos);
}

TEST_CASE("an option's value may be attached, as --jobs=2, -j2 or -oFILE", "[e2e]") {
    const fs::path dir = test::output_dir("attached-values");
    const std::string issue = test::fixture("small-issue").string();
    REQUIRE(test::heftsatz("build -q '" + issue + "' -o '" + (dir / "apart.pdf").string() + "' -j 1").exit_code == 0);
    auto attached = test::heftsatz("build -q '" + issue + "' '-o" + (dir / "short.pdf").string() + "' -j1");
    INFO(attached.out);
    CHECK(attached.exit_code == 0);
    auto long_form = test::heftsatz("build -q '" + issue + "' '--output=" + (dir / "long.pdf").string() +
                                    "' --jobs=1 --profile=reader");
    INFO(long_form.out);
    CHECK(long_form.exit_code == 0);
    const std::string apart = test::read_file(dir / "apart.pdf");
    CHECK(test::read_file(dir / "short.pdf") == apart);
    CHECK(test::read_file(dir / "long.pdf") == apart);
    // An attached value is checked as a separate one is; a flag takes none.
    auto zero = test::heftsatz("check '" + issue + "' -j0");
    CHECK(zero.exit_code == 2);
    CHECK(zero.out.find("-j 0: give a whole number of threads") != std::string::npos);
    auto empty = test::heftsatz("build '" + issue + "' --output=");
    CHECK(empty.exit_code == 2);
    CHECK(empty.out.find("--output needs a value") != std::string::npos);
    auto flag = test::heftsatz("check '" + issue + "' --strict=yes");
    CHECK(flag.exit_code == 2);
    CHECK(flag.out.find("unknown option --strict=yes") != std::string::npos);
}

TEST_CASE("two builds are byte-identical", "[e2e]") {
    const fs::path dir = test::output_dir("twice");
    for (const char* name : {"a.pdf", "b.pdf"})
        REQUIRE(test::heftsatz("build -q '" + test::fixture("small-issue").string() + "' -o '" + (dir / name).string() + "'").exit_code == 0);
    std::string a = test::read_file(dir / "a.pdf"), b = test::read_file(dir / "b.pdf");
    REQUIRE(a.size() > 1000);
    CHECK(a == b);
}

TEST_CASE("a character missing from the font is a warning with U+XXXX and article and page", "[e2e]") {
    const fs::path dir = test::output_dir("missing-glyph");
    fs::create_directories(dir / "issue/articles");
    std::ofstream(dir / "issue/issue.xml")
        << "<issue magazine=\"Kommune21\" number=\"12\" year=\"2020\" date=\"2020-12-01\" layout=\"kommune21\">\n"
           "<section title=\"Politik\"><article src=\"articles/zeichen.xml\"/></section></issue>\n";
    std::ofstream(dir / "issue/articles/zeichen.xml")
        << "<article id=\"zeichen\">\n<title>Zeichen</title>\n<body>\n"
           "<p>Das Zeichen \u4E2D fehlt in der Schrift, der Text bleibt.</p>\n</body>\n</article>\n";
    const fs::path pdf = dir / "zeichen.pdf";
    auto result = test::heftsatz("build '" + (dir / "issue").string() + "' -o '" + pdf.string() + "'");
    INFO(result.out);
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("zeichen.xml:4:1: warning: character U+4E2D is not in the font") != std::string::npos);
    CHECK(result.out.find("[article zeichen, page 2]") != std::string::npos);  // after the contents
    CHECK(test::letters(test::pdf_text(pdf)).find(test::letters("fehlt in der Schrift, der Text bleibt.")) !=
          std::string::npos);
    auto strict = test::heftsatz("build -q --strict '" + (dir / "issue").string() + "' -o '" + pdf.string() + "'");
    CHECK(strict.exit_code == 1);
}

TEST_CASE("SOURCE_DATE_EPOCH sets the PDF's dates", "[e2e]") {
    const fs::path out = test::output_dir("epoch") / "epoch.pdf";
    auto r = test::run("SOURCE_DATE_EPOCH=1606780800 '" + std::string(HEFTSATZ_BINARY) + "' build -q '" +
                       test::fixture("small-issue").string() + "' -o '" + out.string() + "'");
    REQUIRE(r.exit_code == 0);
    auto info = test::run("pdfinfo '" + out.string() + "'");
    CHECK(std::regex_search(info.out, std::regex("CreationDate: +Tue Dec  1 00:00:00 2020 UTC")));
    auto r2 = test::run("SOURCE_DATE_EPOCH=1609459200 '" + std::string(HEFTSATZ_BINARY) + "' build -q '" +
                        test::fixture("small-issue").string() + "' -o '" + out.string() + "'");
    REQUIRE(r2.exit_code == 0);
    CHECK(std::regex_search(test::run("pdfinfo '" + out.string() + "'").out,
                            std::regex("CreationDate: +Fri Jan  1 00:00:00 2021 UTC")));
}

TEST_CASE("the archive keeps the sample's JPEGs unchanged, and every directory entry is in the text", "[e2e][sample]") {
    const fs::path out = test::output_dir("sample-images") / "sample.pdf";
    const fs::path issue = test::source_dir() / "issues/2020-12";
    REQUIRE(test::heftsatz("build -q --profile archive '" + issue.string() + "' -o '" + out.string() + "'").exit_code == 0);
    const std::string pdf = test::read_file(out);
    for (const char* jpeg : {"images/cover.jpg", "images/fig-nrw-modellregionen.jpg", "ads/quarter.jpg"}) {
        const std::string bytes = test::read_file(issue / jpeg);
        REQUIRE(bytes.size() > 4096);
        INFO(jpeg);
        CHECK(pdf.find(bytes.substr(bytes.size() / 2, 4096)) != std::string::npos);  // DCT data passed through
    }
    const std::string text = test::letters(test::pdf_text(out));
    std::regex name("<company name=\"([^\"]+)\"");
    const std::string listings = test::read_file(issue / "listings.xml");
    int companies = 0;
    for (auto it = std::sregex_iterator(listings.begin(), listings.end(), name); it != std::sregex_iterator(); ++it) {
        std::string n = (*it)[1].str();
        for (std::size_t p; (p = n.find("&amp;")) != std::string::npos;) n.replace(p, 5, "&");
        INFO(n);
        CHECK(text.find(test::letters(n)) != std::string::npos);
        ++companies;
    }
    CHECK(companies >= 12);
    auto info = test::run("pdfinfo '" + out.string() + "'");
    std::smatch pages;
    REQUIRE(std::regex_search(info.out, pages, std::regex("Pages: +(\\d+)")));
    CHECK(std::stoi(pages[1].str()) % 4 == 0);
}

TEST_CASE("one thread or two give the same bytes", "[e2e]") {
    const fs::path dir = test::output_dir("threads");
    const std::string issue = (test::source_dir() / "issues/2020-12").string();
    REQUIRE(test::heftsatz("build -q -j 1 '" + issue + "' -o '" + (dir / "one.pdf").string() + "'").exit_code == 0);
    REQUIRE(test::heftsatz("build -q -j 2 '" + issue + "' -o '" + (dir / "two.pdf").string() + "'").exit_code == 0);
    CHECK(test::read_file(dir / "one.pdf") == test::read_file(dir / "two.pdf"));
}

TEST_CASE("the sample issue builds without a warning, with at least 12 pages and all its text", "[e2e][sample]") {
    const fs::path out = test::output_dir("sample") / "sample.pdf";
    auto result = test::heftsatz("build '" + (test::source_dir() / "issues/2020-12").string() + "' -o '" + out.string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    std::smatch m;
    REQUIRE(std::regex_search(result.out, m, std::regex(": (\\d+) pages")));
    CHECK(std::stoi(m[1].str()) >= 12);
    // What production staff send out unchecked: no loose line, widow,
    // "Notizen" page or misplaced pull quote for an editor to look at.
    CHECK(result.out.find(", 0 warnings") != std::string::npos);
    test::check_no_text_lost(test::source_dir() / "issues/2020-12", out);
    CHECK(test::run("qpdf --check '" + out.string() + "'").exit_code == 0);
}

TEST_CASE("heftsatz --version names the libraries it runs with and the hyphenation patterns", "[e2e][cli]") {
    const auto r = test::heftsatz("--version");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("heftsatz ", 0) == 0);
    // The HarfBuzz this test links is the one the binary runs with.
    CHECK(r.out.find("  HarfBuzz " + std::string(hb_version_string()) + "\n") != std::string::npos);
    for (const char* name : {"PoDoFo", "qpdf", "libxml2", "ICU", "libpng", "libjpeg", "zlib", "libdeflate"}) {
        INFO(name);
        CHECK(std::regex_search(r.out, std::regex(std::string("\n  ") + name + " [0-9]+(\\.[0-9]+)*\n")));
    }
    CHECK(r.out.find("  hyphenation patterns dehyph-exptl (dehyphn-x-2022-03-16)") != std::string::npos);
    // jemalloc, with its version, unless a sanitizer brought its own malloc.
    CHECK(std::regex_search(r.out, std::regex("\n  malloc (jemalloc [0-9]+\\.[0-9]+\\.[0-9]+|glibc)\n")));
#ifdef HEFTSATZ_JEMALLOC
    CHECK(r.out.find("  malloc jemalloc ") != std::string::npos);
#endif
}
