// Navigation and metadata in the PDF (issue 10, point 2), read back from the
// sample with qpdf and poppler: the contents entries, cover lines and jump
// lines are links over exactly their text to the page they name, the viewer's
// page labels are the printed folios, "U1" for the cover and "U4" for the
// back, and the XMP metadata repeats the info dictionary.
#include "support/Support.h"

#include <catch2/catch.hpp>

// qpdf 11's transition switch, as the engine sets it (CMakeLists.txt).
#define POINTERHOLDER_TRANSITION 4
#include <libxml/parser.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageLabelDocumentHelper.hh>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

struct Word {
    double x0, y0, x1, y1;  // top-down, as pdftotext -bbox gives them
    std::string text;
};

// The words of page `number` (1-based) with their boxes.
std::vector<Word> words_of(const fs::path& pdf, int number) {
    auto r = test::run("pdftotext -bbox -f " + std::to_string(number) + " -l " + std::to_string(number) + " '" +
                       pdf.string() + "' -");
    std::vector<Word> out;
    const std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), word); it != std::sregex_iterator(); ++it)
        out.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]});
    return out;
}

struct PageLink {
    int from = 0, to = 0;  // 1-based
    std::vector<std::string> words;  // the words under it, in reading order
};

// Every link to a page of the document, with the words it covers.
std::vector<PageLink> page_links(const fs::path& pdf) {
    QPDF qpdf;
    qpdf.processFile(pdf.string().c_str());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
    std::map<QPDFObjGen, int> number;
    for (std::size_t i = 0; i < pages.size(); ++i) number[pages[i].getObjectHandle().getObjGen()] = static_cast<int>(i + 1);
    std::vector<PageLink> out;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const double height = pages[i].getMediaBox().getArrayItem(3).getNumericValue();
        std::vector<Word> words;
        for (QPDFAnnotationObjectHelper& a : pages[i].getAnnotations("/Link")) {
            QPDFObjectHandle dest = a.getObjectHandle().getKey("/Dest");
            if (!dest.isArray()) continue;
            if (words.empty()) words = words_of(pdf, static_cast<int>(i + 1));
            const QPDFObjectHandle::Rectangle r = a.getRect();
            PageLink link{static_cast<int>(i + 1), number[dest.getArrayItem(0).getObjGen()], {}};
            for (const Word& w : words) {
                const double cx = (w.x0 + w.x1) / 2, cy = height - (w.y0 + w.y1) / 2;
                if (cx > r.llx && cx < r.urx && cy > r.lly && cy < r.ury) link.words.push_back(w.text);
            }
            out.push_back(std::move(link));
        }
    }
    return out;
}

bool names(const std::vector<std::string>& words, int page) {
    for (std::string w : words) {
        if (!w.empty() && w.back() == ':') w.pop_back();
        if (w == std::to_string(page)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("contents entries, cover lines and jump lines link to the page they name, over their text",
          "[pdf][navigation]") {
    const std::vector<PageLink> links = page_links(test::sample_pdf());
    std::map<int, int> per_page;
    int jumps = 0;
    for (const PageLink& link : links) {
        std::string text;
        for (const std::string& w : link.words) text += w + " ";
        INFO("page " << link.from << " → " << link.to << ": \"" << text << "\"");
        CHECK(link.to >= 1);
        CHECK(link.to != link.from);
        // The page number printed under the link is where it goes, and the
        // words are the entry's own (not its neighbours').
        CHECK(names(link.words, link.to));
        CHECK(link.words.size() >= 2);
        CHECK(std::count_if(link.words.begin(), link.words.end(),
                            [](const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) && w.size() <= 3; }) <= 2);
        ++per_page[link.from];
        jumps += text.rfind("Fortsetzung", 0) == 0;
    }
    CHECK(per_page[1] == 4);    // the cover's four lines
    CHECK(per_page[3] >= 13);   // the contents: editorial, articles, directory, imprint
    CHECK(jumps >= 2);          // "Fortsetzung auf Seite 16" and its way back
}

TEST_CASE("every link is printed with its page and tells a screen reader where it leads", "[pdf][navigation]") {
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    int links = 0;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages())
        for (QPDFAnnotationObjectHelper& a : page.getAnnotations("/Link")) {
            ++links;
            CHECK(a.getFlags() == 4);  // print
            const std::string says = a.getObjectHandle().getKey("/Contents").getUTF8Value();
            QPDFObjectHandle dest = a.getObjectHandle().getKey("/Dest");
            INFO(says);
            if (dest.isArray())
                CHECK(std::regex_match(says, std::regex("Seite [0-9]+")));
            else
                CHECK(std::regex_match(says, std::regex("(https?://|E-Mail an )[^ ]+")));
        }
    CHECK(links > 40);
}

TEST_CASE("page labels are the printed folios, U1 for the cover and U4 for the back page", "[pdf][navigation]") {
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    QPDFPageLabelDocumentHelper labels(qpdf);
    REQUIRE(labels.hasPageLabels());
    const int count = static_cast<int>(QPDFPageDocumentHelper(qpdf).getAllPages().size());
    REQUIRE(count >= 12);
    for (int i = 0; i < count; ++i) {
        QPDFObjectHandle label = labels.getLabelForPage(i);
        std::string text = label.hasKey("/P") ? label.getKey("/P").getUTF8Value() : "";
        if (label.hasKey("/S")) text += std::to_string(label.getKey("/St").getIntValue());
        INFO("page " << i + 1);
        if (i == 0)
            CHECK(text == "U1");
        else if (i == count - 1)
            CHECK(text == "U4");
        else
            CHECK(text == std::to_string(i + 1));
    }
}

TEST_CASE("the ads and the imprint's addresses are web and mail links", "[pdf][navigation]") {
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    std::map<std::string, double> largest;  // URI → the largest area linked to it, pt²
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages())
        for (QPDFAnnotationObjectHelper& a : page.getAnnotations("/Link")) {
            QPDFObjectHandle action = a.getObjectHandle().getKey("/A");
            if (!action.isDictionary() || !action.getKey("/S").isNameAndEquals("/URI")) continue;
            const QPDFObjectHandle::Rectangle r = a.getRect();
            double& area = largest[action.getKey("/URI").getUTF8Value()];
            area = std::max(area, (r.urx - r.llx) * (r.ury - r.lly));
        }
    // The paid ads (href in the manifest), over their whole image: a
    // quarter page is some 80,000 pt² (the directory links the same
    // addresses too, over one line).
    for (const char* uri : {"https://www.amtsfalke.example", "https://www.oekodata-kommunal.example",
                            "https://www.datenbruecke-sued.example"}) {
        INFO(uri);
        CHECK(largest[uri] > 50'000);
    }
    // The imprint's mail and web addresses, over their line.
    CHECK(largest["mailto:redaktion@heftwerk-fachverlag.example"] > 0);
    CHECK(largest["https://www.heftwerk-fachverlag.example"] > 0);
    // Each house ad printed leads to its campaign.
    int house = 0;
    for (const auto& [uri, area] : largest)
        house += area > 20'000 && (uri.rfind("https://www.heftwerk-fachverlag.example/", 0) == 0 || uri.rfind("mailto:abo@", 0) == 0);
    CHECK(house >= 3);
}

TEST_CASE("the XMP metadata says what the info dictionary says, uncompressed", "[pdf][metadata]") {
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    QPDFObjectHandle metadata = qpdf.getRoot().getKey("/Metadata");
    REQUIRE(metadata.isStream());
    CHECK(metadata.getDict().getKey("/Subtype").isNameAndEquals("/XML"));
    CHECK_FALSE(metadata.getDict().hasKey("/Filter"));  // readable as it stands (PDF/A asks for it)
    const std::shared_ptr<Buffer> data = metadata.getStreamData();
    const std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    QPDFObjectHandle info = qpdf.getTrailer().getKey("/Info");
    auto in_xmp = [&](const std::string& element, const std::string& value) {
        INFO(element << " = " << value);
        CHECK_FALSE(value.empty());
        CHECK(xmp.find(">" + value + "</") != std::string::npos);
        CHECK(xmp.find("<" + element) != std::string::npos);
    };
    in_xmp("dc:title", info.getKey("/Title").getUTF8Value());
    in_xmp("dc:creator", info.getKey("/Author").getUTF8Value());
    in_xmp("dc:description", info.getKey("/Subject").getUTF8Value());
    in_xmp("pdf:Keywords", info.getKey("/Keywords").getUTF8Value());
    in_xmp("pdf:Producer", info.getKey("/Producer").getUTF8Value());
    in_xmp("xmp:CreatorTool", info.getKey("/Creator").getUTF8Value());
    in_xmp("dc:language", qpdf.getRoot().getKey("/Lang").getUTF8Value());
    // The manifest's date (2020-12-01), in both forms.
    CHECK(info.getKey("/CreationDate").getUTF8Value().rfind("D:20201201", 0) == 0);
    CHECK(xmp.find("<xmp:CreateDate>2020-12-01T") != std::string::npos);
    CHECK(xmp.find("<xmp:ModifyDate>2020-12-01T") != std::string::npos);
    CHECK(xmp.rfind("<?xpacket end=\"w\"?>") != std::string::npos);
    // Well-formed XML, as any XMP reader parses it.
    xmlDocPtr parsed = xmlReadMemory(xmp.data(), static_cast<int>(xmp.size()), "xmp", nullptr, XML_PARSE_NONET);
    CHECK(parsed != nullptr);
    xmlFreeDoc(parsed);
}
