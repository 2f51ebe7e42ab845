// Each page's resources name the fonts and images its content paints and no
// others, so a viewer needs no more for a page, and the linearized reader
// PDF's first page comes before most of the file.
#include "support/Support.h"

#include <catch2/catch.hpp>

// qpdf 11's transition switch, as the engine sets it (CMakeLists.txt).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <regex>
#include <set>
#include <string>

namespace fs = std::filesystem;
using namespace heftsatz;

namespace {

// The names a content stream uses with `op` ("Tf": fonts, "Do": XObjects).
std::set<std::string> names_used(const std::string& content, const std::string& op) {
    std::set<std::string> names;
    const std::regex use("/([A-Za-z0-9]+)\\s+(?:[-0-9.]+\\s+)?" + op + "\\b");
    for (auto it = std::sregex_iterator(content.begin(), content.end(), use); it != std::sregex_iterator(); ++it)
        names.insert("/" + (*it)[1].str());
    return names;
}

std::set<std::string> keys_of(QPDFObjectHandle dict) {
    return dict.isDictionary() ? dict.getKeys() : std::set<std::string>{};
}

}  // namespace

TEST_CASE("a page's resources are the fonts and images it paints", "[pdf]") {
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    std::set<std::string> all_fonts;
    int pages_with_image = 0;
    for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        auto data = page.getObjectHandle().getKey("/Contents").getStreamData(qpdf_dl_generalized);
        const std::string content(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        QPDFObjectHandle resources = page.getObjectHandle().getKey("/Resources");
        const std::set<std::string> fonts = keys_of(resources.getKey("/Font"));
        INFO("page object " << page.getObjectHandle().getObjGen().getObj());
        CHECK(fonts == names_used(content, "Tf"));
        CHECK(keys_of(resources.getKey("/XObject")) == names_used(content, "Do"));
        all_fonts.insert(fonts.begin(), fonts.end());
        pages_with_image += !names_used(content, "Do").empty();
    }
    CHECK(all_fonts.size() >= 3);
    CHECK(pages_with_image >= 3);
}

TEST_CASE("the linearized reader PDF's first page needs a small part of the file", "[pdf]") {
    const auto shown = test::run("qpdf --show-linearization '" + test::sample_pdf().string() + "'");
    REQUIRE(shown.exit_code == 0);
    std::smatch end, size;
    REQUIRE(std::regex_search(shown.out, end, std::regex("first_page_end: ([0-9]+)")));
    REQUIRE(std::regex_search(shown.out, size, std::regex("file_size: ([0-9]+)")));
    // The cover: its photo, the fonts of its lines, the file's first objects.
    // With one resource dictionary for all pages it was 81 % of the file.
    INFO(shown.out.substr(0, 200));
    CHECK(std::stol(end[1].str()) * 4 < std::stol(size[1].str()));
}
