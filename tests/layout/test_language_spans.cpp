// Words in another language (<span lang="en">): read from the manifest,
// never broken by the German patterns, and tagged with their language in
// the PDF so that a screen reader speaks them as they are meant.
#include "layout/BlockSetter.h"
#include "layout/LinePainter.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

// qpdf 11's transition switch, as the engine sets it (CMakeLists.txt).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <fstream>
#include <regex>

using namespace heftsatz;
namespace fs = std::filesystem;

TEST_CASE("a span's language is read, and a span without a valid tag is a warning at its place", "[manifest][lang]") {
    const fs::path dir = test::output_dir("lang-spans");
    fs::copy(test::fixture("small-issue"), dir, fs::copy_options::recursive);
    const fs::path article = dir / "articles/effizienz.xml";
    std::string xml = test::read_file(article);
    const std::string p = "<p>";
    REQUIRE(xml.find(p) != std::string::npos);
    xml.replace(xml.find(p), p.size(),
                "<p>Das Team folgt dem Grundsatz <span lang=\"en-GB\">reuse before build</span> und "
                "<span lang=\"englisch\">nichts sonst</span>. ");
    std::ofstream(article, std::ios::trunc) << xml;
    Diagnostics d;
    const Issue issue = read_issue(dir, d).take();
    bool found = false;
    for (const Section& s : issue.sections)
        for (const Article& a : s.articles)
            for (const Block& b : a.body)
                for (const Inline& in : b.inlines) {
                    if (in.text.find("reuse before build") != std::string::npos) {
                        CHECK(in.lang == "en-GB");
                        found = true;
                    }
                    if (in.text.find("nichts sonst") != std::string::npos) CHECK(in.lang.empty());
                }
    CHECK(found);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].message.find("<span> without a language tag") != std::string::npos);
    CHECK(d.items()[0].where.file.find("effizienz.xml") != std::string::npos);
}

TEST_CASE("German patterns never break the words of a span in another language", "[layout][lang]") {
    Diagnostics d;
    LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    FontLibrary fonts = FontLibrary::load(layout).take();
    BlockSetter setter(fonts, layout, Lexicon::load().take());
    // Long words in a narrow column: as German they break, as English not.
    const std::string words = "internationalization documentation accountability interoperability ";
    std::string text;
    for (int i = 0; i < 4; ++i) text += words;
    auto hyphens = [&](const std::string& lang) {
        const SetBlock set = setter.set(text_block(BlockKind::Paragraph, {Inline{text, false, false, {}, lang}}),
                                        layout.style("body"), 120);
        Page page;
        for (const SetLine& line : set.lines) paint_line(set, line, 0, 0, page, kArtifact);
        int n = 0;
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                n += !run->text.empty() && run->text.back() == '-';
                CHECK(run->lang == lang);
            }
        return n;
    };
    CHECK(hyphens("") > 0);
    CHECK(hyphens("en") == 0);
}

TEST_CASE("the sample's English words are marked content with /Lang (en)", "[pdf][lang]") {
    const fs::path pdf = test::process_dir("lang-pdf") / "sample.pdf";
    REQUIRE(test::heftsatz("build -q '" + (test::source_dir() / "issues/2020-12").string() + "' -o '" + pdf.string() +
                           "'")
                .exit_code == 0);
    QPDF qpdf;
    qpdf.processFile(pdf.string().c_str());
    int tagged = 0;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        std::string content;
        for (QPDFObjectHandle& stream : page.getPageContents()) {
            auto data = stream.getStreamData(qpdf_dl_generalized);
            content.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        }
        const std::regex lang(R"(<</MCID \d+ /Lang \(en\)>> BDC)");
        tagged += static_cast<int>(std::distance(std::sregex_iterator(content.begin(), content.end(), lang),
                                                 std::sregex_iterator()));
    }
    CHECK(tagged >= 2);  // "Open Source" in two articles
}
