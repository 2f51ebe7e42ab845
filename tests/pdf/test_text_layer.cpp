// The PDF's text layer (issue 8): every glyph copies as the characters it
// stands for, read back with pdftotext. .notdef stands for each character a
// font lacks, and ToUnicode can give a glyph only one text, so each use of it
// carries its own /ActualText.
#include "pdf/Pdf.h"
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

std::string text_of(const Document& doc, const std::string& name) {
    Diagnostics diagnostics;
    auto bytes = render_pdf(doc, diagnostics, PdfOptions{PdfProfile::Reader, 1});
    REQUIRE(bytes.ok());
    const fs::path pdf = test::output_dir(name) / "text.pdf";
    std::ofstream(pdf, std::ios::binary) << *bytes;
    auto check = test::run("qpdf --check '" + pdf.string() + "'");
    CHECK(check.exit_code == 0);
    auto r = test::run("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' -");
    REQUIRE(r.exit_code == 0);
    return r.out;
}

Document one_page() {
    Document doc;
    doc.info.title = "Textschicht";
    Page& page = doc.pages.emplace_back();
    page.number = 1;
    page.width = 595;
    page.height = 842;
    page.bare = true;
    return doc;
}

}  // namespace

TEST_CASE("each missing character copies as itself, not as the first one", "[pdf][text-layer]") {
    auto font = Font::load(test::source_dir() / "fonts/NotoSerif-Regular.ttf").take();
    // Four emoji and two CJK characters NotoSerif lacks: all .notdef.
    const std::string line = "Vier Zeichen 🎉🚀🌍🛰 und 漢字 fehlen, auch 丁 allein.";
    Document doc = one_page();
    GlyphRun run = test::shaped_run(*font, line, 50, 100);
    int notdef = 0;
    for (const auto& g : run.glyphs) notdef += g.id == 0;
    REQUIRE(notdef == 7);
    doc.pages[0].items.push_back(run);
    const std::string text = text_of(doc, "text-layer-notdef");
    INFO(text);
    CHECK(text.find(line) != std::string::npos);
}

TEST_CASE("a glyph used for two texts copies as each", "[pdf][text-layer]") {
    auto font = Font::load(test::source_dir() / "fonts/NotoSerif-Regular.ttf").take();
    // The layout may give one glyph another text than its first use (the
    // painter's word-space glyph stands for a space; a font may draw two
    // characters alike): ToUnicode keeps the first, ActualText the other.
    Document doc = one_page();
    GlyphRun first = test::shaped_run(*font, "Amt", 50, 100);
    GlyphRun second = test::shaped_run(*font, "Amt", 50, 130);
    second.text = "Ämt";  // "A" (1 byte) became "Ä" (2 bytes): clusters after it move
    for (std::size_t i = 1; i < second.glyphs.size(); ++i) second.glyphs[i].cluster += 1;
    doc.pages[0].items.push_back(first);
    doc.pages[0].items.push_back(second);
    const std::string text = text_of(doc, "text-layer-reused");
    INFO(text);
    CHECK(text.find("Amt\nÄmt") != std::string::npos);
}

TEST_CASE("right-to-left runs copy in reading order", "[pdf][text-layer][bidi]") {
    // Both of pdftotext's modes: the default reads the page by position (the
    // runs are shown right to left), -raw follows the content stream (the
    // words are written in reading order). Poppler wraps each right-to-left
    // stretch in U+202B … U+202C, moves the space after it inside (default
    // mode) and puts each of its words on a line of its own (-raw): marks
    // and white space are taken out before comparing; the letters' order is
    // what counts.
    const fs::path dir = test::output_dir("text-layer-rtl");
    struct Case {
        const char* folder;
        std::vector<std::string> texts;
    };
    const Case cases[] = {
        {"tests/bad/tl-rtl-hebrew", {"der Aufschrift ברוכים הבאים לעירנו mit, das", "antwortete mit תודה רבה und lud"}},
        {"tests/bad/tl-rtl-arabic", {"auch als طلب الحصول على الخدمة an; die", "steht مرحبا بكم في المدينة neben"}},
    };
    for (const Case& c : cases) {
        const fs::path pdf = dir / (fs::path(c.folder).filename().string() + ".pdf");
        auto build = test::heftsatz("build '" + (test::source_dir() / c.folder).string() + "' -o '" + pdf.string() + "'");
        REQUIRE(build.exit_code == 0);
        for (const char* mode : {"", "-raw "}) {
            auto r = test::run(std::string("pdftotext ") + mode + "-enc UTF-8 '" + pdf.string() + "' -");
            REQUIRE(r.exit_code == 0);
            std::string text;
            for (std::size_t i = 0; i < r.out.size(); ++i) {
                if (r.out.compare(i, 3, "\u202B") == 0 || r.out.compare(i, 3, "\u202C") == 0) {
                    i += 2;
                    continue;
                }
                if (r.out[i] != '\n' && r.out[i] != ' ') text += r.out[i];
            }
            for (std::string expected : c.texts) {
                INFO(mode << c.folder << ": " << expected << "\n" << text);
                std::erase(expected, ' ');
                CHECK(text.find(expected) != std::string::npos);
            }
        }
    }
}
