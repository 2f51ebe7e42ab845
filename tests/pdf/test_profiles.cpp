// The three output profiles (issue 10, points 1, 5 and 6), read back with
// qpdf and poppler: --all-profiles writes the reader, archive and print PDFs
// side by side, byte-identical across builds; the archive says PDF/A-2a and
// PDF/UA-1 in its XMP and has an sRGB output intent; the print PDF is
// PDF/X-4 with trim and bleed boxes, a FOGRA39 output intent, ICC-based RGB
// and its cover image and back-page ad reaching into the bleed.
#include "pdf/JpegResample.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

// qpdf 11's transition switch, as the engine sets it (CMakeLists.txt).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <jpeglib.h>

#include <array>
#include <cstdlib>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// The sample built with --all-profiles into the test's folder `name`.
fs::path build_all(const std::string& name) {
    const fs::path dir = test::process_dir(name);
    const auto r = test::heftsatz("build '" + (test::source_dir() / "issues/2020-12").string() + "' --all-profiles -o '" +
                                  (dir / "k21.pdf").string() + "'");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    return dir;
}

const fs::path& profiles() {
    static const fs::path dir = build_all("profiles");
    return dir;
}

std::string xmp_of(QPDF& qpdf) {
    QPDFObjectHandle metadata = qpdf.getRoot().getKey("/Metadata");
    REQUIRE(metadata.isStream());
    auto data = metadata.getStreamData(qpdf_dl_generalized);
    return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

std::vector<double> numbers(QPDFObjectHandle array) {
    std::vector<double> out;
    for (int i = 0; i < array.getArrayNItems(); ++i) out.push_back(array.getArrayItem(i).getNumericValue());
    return out;
}

// The RGB of the pixel at (x, y) of page 1 or `page`, rendered at 72 dpi
// over the whole media box (the bleed included).
std::array<int, 3> pixel(const fs::path& pdf, int page, int x, int y) {
    const fs::path out = pdf.parent_path() / ("pixel-" + std::to_string(page));
    const auto r = test::run("pdftoppm -r 72 -f " + std::to_string(page) + " -l " + std::to_string(page) + " -x " +
                             std::to_string(x) + " -y " + std::to_string(y) + " -W 1 -H 1 -singlefile '" + pdf.string() +
                             "' '" + out.string() + "'");
    REQUIRE(r.exit_code == 0);
    const std::string ppm = test::read_file(out.string() + ".ppm");
    REQUIRE(ppm.size() >= 3);
    const auto* end = reinterpret_cast<const unsigned char*>(ppm.data() + ppm.size());
    return {end[-3], end[-2], end[-1]};
}

}  // namespace

TEST_CASE("build with --all-profiles writes the reader, archive and print PDFs, each byte-identical on a second build",
          "[pdf][profiles]") {
    const fs::path first = profiles();
    const fs::path second = build_all("profiles-again");
    for (const char* suffix : {"-web", "-archive", "-print"}) {
        INFO(suffix);
        const fs::path a = first / ("k21" + std::string(suffix) + ".pdf"), b = second / ("k21" + std::string(suffix) + ".pdf");
        REQUIRE(fs::exists(a));
        CHECK(test::read_file(a) == test::read_file(b));
    }
    CHECK_FALSE(fs::exists(first / "k21.pdf"));
    // The archive and print PDFs after the reader's, their images and most
    // content streams taken from the caches (pdf/PdfCaches.h), are each the
    // PDF built alone.
    for (const char* profile : {"archive", "print"}) {
        INFO(profile);
        const fs::path alone = test::process_dir(std::string("profiles-alone-") + profile) / "alone.pdf";
        REQUIRE(test::heftsatz("build '" + (test::source_dir() / "issues/2020-12").string() + "' --profile " +
                               profile + " -o '" + alone.string() + "' -q")
                    .exit_code == 0);
        CHECK(test::read_file(alone) == test::read_file(first / ("k21-" + std::string(profile) + ".pdf")));
    }
    // The three differ: what each is for is in its bytes.
    CHECK(test::read_file(first / "k21-web.pdf") != test::read_file(first / "k21-archive.pdf"));
    CHECK(test::read_file(first / "k21-archive.pdf") != test::read_file(first / "k21-print.pdf"));
    // --profile and --all-profiles are for build alone, and not together.
    const std::string issue = "'" + (test::source_dir() / "issues/2020-12").string() + "'";
    CHECK(test::heftsatz("check " + issue + " --all-profiles").exit_code == 2);
    CHECK(test::heftsatz("build " + issue + " --all-profiles --profile print -o /tmp/x.pdf").exit_code == 2);
    const auto wrong = test::heftsatz("build " + issue + " --profile press -o /tmp/x.pdf");
    CHECK(wrong.exit_code == 2);
    CHECK(wrong.out.find("use reader, archive or print") != std::string::npos);
}

TEST_CASE("the reader PDF says PDF/UA-1, is linearized and has no output intent", "[pdf][profiles]") {
    const fs::path pdf = profiles() / "k21-web.pdf";
    QPDF qpdf;
    qpdf.processFile(pdf.string().c_str());
    const std::string xmp = xmp_of(qpdf);
    CHECK(xmp.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    CHECK(xmp.find("pdfaid:") == std::string::npos);
    CHECK(qpdf.getRoot().getKey("/OutputIntents").isNull());
    CHECK(qpdf.isLinearized());
    CHECK(test::run("qpdf --check-linearization '" + pdf.string() + "'").exit_code == 0);
}

TEST_CASE("build --no-linearize writes the same reader PDF without fast web view, as watch does", "[pdf][profiles]") {
    const fs::path linearized = profiles() / "k21-web.pdf";
    const fs::path dir = test::process_dir("no-linearize");
    const fs::path plain = dir / "k21.pdf";
    const std::string issue = (test::source_dir() / "issues/2020-12").string();
    const auto r = test::heftsatz("build -q --no-linearize '" + issue + "' -o '" + plain.string() + "'");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    QPDF qpdf;
    qpdf.processFile(plain.string().c_str());
    CHECK_FALSE(qpdf.isLinearized());
    CHECK(test::run("qpdf --check '" + plain.string() + "'").exit_code == 0);
    CHECK(xmp_of(qpdf).find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    // The same pages and text as the linearized download.
    QPDF other;
    other.processFile(linearized.string().c_str());
    CHECK(QPDFPageDocumentHelper(qpdf).getAllPages().size() == QPDFPageDocumentHelper(other).getAllPages().size());
    CHECK(test::pdf_text(plain) == test::pdf_text(linearized));
    // Only commands that write a PDF take it.
    const auto check = test::heftsatz("check '" + issue + "' --no-linearize");
    CHECK(check.exit_code == 2);
    CHECK(check.out.find("--linearize are for them") != std::string::npos);
}

TEST_CASE("the archive PDF says PDF/A-2a and PDF/UA-1 and has an sRGB output intent", "[pdf][profiles]") {
    QPDF qpdf;
    qpdf.processFile((profiles() / "k21-archive.pdf").string().c_str());
    const std::string xmp = xmp_of(qpdf);
    CHECK(xmp.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    CHECK(xmp.find("<pdfaid:conformance>A</pdfaid:conformance>") != std::string::npos);
    CHECK(xmp.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    // PDF/A-2 knows pdfuaid only from an extension schema in the file.
    CHECK(xmp.find("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>") != std::string::npos);
    QPDFObjectHandle info = qpdf.getTrailer().getKey("/Info");
    CHECK(xmp.find(">" + info.getKey("/Title").getUTF8Value() + "</") != std::string::npos);
    QPDFObjectHandle intents = qpdf.getRoot().getKey("/OutputIntents");
    REQUIRE(intents.isArray());
    REQUIRE(intents.getArrayNItems() == 1);
    QPDFObjectHandle intent = intents.getArrayItem(0);
    CHECK(intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
    CHECK(intent.getKey("/OutputConditionIdentifier").getUTF8Value().find("sRGB") != std::string::npos);
    QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
    REQUIRE(profile.isStream());
    CHECK(profile.getDict().getKey("/N").getIntValue() == 3);
    auto icc = profile.getStreamData(qpdf_dl_generalized);
    REQUIRE(icc->getSize() > 128);
    CHECK(std::string(reinterpret_cast<const char*>(icc->getBuffer()) + 16, 4) == "RGB ");
    CHECK(qpdf.getTrailer().getKey("/Encrypt").isNull());
}

TEST_CASE("the print PDF is PDF/X-4: trim and bleed boxes, a FOGRA39 intent, ICC-based RGB, images in the bleed",
          "[pdf][profiles]") {
    const fs::path pdf = profiles() / "k21-print.pdf";
    QPDF qpdf;
    qpdf.processFile(pdf.string().c_str());
    const double bleed = 3 * 72 / 25.4;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        QPDFObjectHandle p = page.getObjectHandle();
        const std::vector<double> trim = numbers(p.getKey("/TrimBox")), bleeds = numbers(p.getKey("/BleedBox")),
                                  media = numbers(p.getKey("/MediaBox"));
        REQUIRE(trim.size() == 4);
        REQUIRE(bleeds.size() == 4);
        CHECK(trim[0] == Approx(0));
        CHECK(trim[2] == Approx(595.2756).margin(0.01));
        CHECK(trim[3] == Approx(841.8898).margin(0.01));
        for (int i = 0; i < 2; ++i) {
            CHECK(bleeds[static_cast<std::size_t>(i)] == Approx(trim[static_cast<std::size_t>(i)] - bleed).margin(0.01));
            CHECK(bleeds[static_cast<std::size_t>(i + 2)] == Approx(trim[static_cast<std::size_t>(i + 2)] + bleed).margin(0.01));
            CHECK(media[static_cast<std::size_t>(i)] <= bleeds[static_cast<std::size_t>(i)] + 0.001);
        }
        QPDFObjectHandle rgb = p.getKey("/Resources").getKey("/ColorSpace").getKey("/DefaultRGB");
        REQUIRE(rgb.isArray());
        CHECK(rgb.getArrayItem(0).isNameAndEquals("/ICCBased"));
    }
    QPDFObjectHandle intent = qpdf.getRoot().getKey("/OutputIntents").getArrayItem(0);
    CHECK(intent.getKey("/S").isNameAndEquals("/GTS_PDFX"));
    CHECK(intent.getKey("/OutputConditionIdentifier").getUTF8Value() == "FOGRA39");
    CHECK(intent.getKey("/DestOutputProfile").getDict().getKey("/N").getIntValue() == 4);
    const std::string xmp = xmp_of(qpdf);
    CHECK(xmp.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>") != std::string::npos);
    CHECK(xmp.find("<pdf:Trapped>False</pdf:Trapped>") != std::string::npos);
    QPDFObjectHandle info = qpdf.getTrailer().getKey("/Info");
    CHECK(info.getKey("/Trapped").isNameAndEquals("/False"));
    CHECK(info.getKey("/GTS_PDFXVersion").getUTF8Value() == "PDF/X-4");

    // Rendered over the media box: 2 pt from the left edge (in the bleed),
    // halfway down the cover image, and in the middle of the back-page ad's
    // top bleed, the print PDF shows the picture, not white paper.
    auto dark = [](const std::array<int, 3>& rgb) { return rgb[0] + rgb[1] + rgb[2] < 3 * 200; };
    CHECK(dark(pixel(pdf, 1, 2, 300)));
    CHECK(dark(pixel(pdf, 20, 300, 2)));
    CHECK(dark(pixel(pdf, 20, 2, 2)));
}

namespace {

struct ListedImage {
    int page = 0;
    std::string encoding;  // "jpeg", "image" (Flate)
    int width = 0;
    double ppi = 0;
};

// pdfimages -list: every image drawn, with its pixels and pixels per inch.
std::vector<ListedImage> images_of(const fs::path& pdf) {
    const auto r = test::run("pdfimages -list '" + pdf.string() + "'");
    REQUIRE(r.exit_code == 0);
    std::vector<ListedImage> out;
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);
    while (std::getline(lines, line)) {
        std::istringstream f(line);
        ListedImage i;
        std::string num, type, height, color, comp, bpc, interp, object, generation;
        f >> i.page >> num >> type >> i.width >> height >> color >> comp >> bpc >> i.encoding >> interp >> object >>
            generation >> i.ppi;
        if (type == "image") out.push_back(i);
    }
    return out;
}

}  // namespace

TEST_CASE("the reader stores the sample's 300 ppi images at about 150 ppi, the archive and print at full resolution",
          "[pdf][profiles]") {
    const std::vector<ListedImage> reader = images_of(profiles() / "k21-web.pdf");
    const std::vector<ListedImage> archive = images_of(profiles() / "k21-archive.pdf");
    REQUIRE(reader.size() == archive.size());
    REQUIRE(reader.size() >= 10);
    int sampled = 0;
    for (std::size_t i = 0; i < reader.size(); ++i) {
        INFO("image " << i << " on page " << reader[i].page << " (" << reader[i].encoding << ")");
        // A JPEG is decoded at the fewest eighths of its size that keep 150
        // ppi (so one above 8/7 of that shrinks); a PNG is averaged by a
        // whole factor (so one at twice that or more).
        const bool jpeg = reader[i].encoding == "jpeg";
        if (archive[i].ppi > (jpeg ? 8.0 / 7 * 150 + 1 : 2 * 150 - 2)) {
            CHECK(reader[i].ppi >= 149);
            CHECK(reader[i].ppi <= (jpeg ? 8.0 / 7 * 150 + 1 : 2 * 150.0));
            CHECK(reader[i].width < archive[i].width);
            ++sampled;
        } else {
            CHECK(reader[i].width == archive[i].width);
        }
        CHECK(archive[i].ppi >= 250);  // the sample is print-ready
    }
    CHECK(sampled >= 8);
    CHECK(fs::file_size(profiles() / "k21-web.pdf") < fs::file_size(profiles() / "k21-archive.pdf") * 2 / 3);
}

TEST_CASE("an image below 250 ppi is a warning in the print PDF, naming the file and page, and not in the reader",
          "[pdf][profiles]") {
    // The sample with its cover at half its pixels: 155 ppi across the page.
    const fs::path dir = test::process_dir("low-resolution");
    fs::copy(test::source_dir() / "issues/2020-12", dir / "issue", fs::copy_options::recursive);
    const auto small = scaled_jpeg(test::read_file(dir / "issue/images/cover.jpg"), 4, 85);
    REQUIRE(small);
    std::ofstream(dir / "issue/images/cover.jpg", std::ios::binary | std::ios::trunc) << small->bytes;
    const std::string issue = "'" + (dir / "issue").string() + "'";
    const auto print = test::heftsatz("build " + issue + " --profile print -o '" + (dir / "p.pdf").string() + "'");
    INFO(print.out);
    CHECK(print.exit_code == 0);
    CHECK(print.out.find("cover.jpg: warning: the image prints at 155 ppi, below the 250 ppi print needs [page 1]") !=
          std::string::npos);
    CHECK(print.out.find("1 warning") != std::string::npos);
    const auto reader = test::heftsatz("build " + issue + " -o '" + (dir / "r.pdf").string() + "'");
    CHECK(reader.out.find("ppi") == std::string::npos);
    CHECK(reader.out.find("0 warnings") != std::string::npos);
}

TEST_CASE("the layout's bleed and crop marks: the print PDF's boxes follow them, the marks stand outside the bleed",
          "[pdf][profiles]") {
    const fs::path dir = test::process_dir("crop-marks");
    fs::create_directories(dir / "data/layouts");
    std::string layout = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    const std::string page = "<page ";
    REQUIRE(layout.find(page) != std::string::npos);
    layout.replace(layout.find(page), page.size(), "<page bleed=\"5mm\" crop-marks=\"yes\" ");
    std::ofstream(dir / "data/layouts/kommune21.xml") << layout;
    const fs::path pdf = dir / "p.pdf";
    const auto r = test::heftsatz("build '" + (test::source_dir() / "issues/2020-12").string() + "' --profile print --data-dir '" +
                                  (dir / "data").string() + "' --layout kommune21 -o '" + pdf.string() + "'");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    QPDF qpdf;
    qpdf.processFile(pdf.string().c_str());
    const double mm = 72 / 25.4;
    QPDFObjectHandle first = QPDFPageDocumentHelper(qpdf).getAllPages().at(0).getObjectHandle();
    CHECK(numbers(first.getKey("/BleedBox"))[0] == Approx(-5 * mm).margin(0.01));
    CHECK(numbers(first.getKey("/MediaBox"))[0] == Approx(-10 * mm).margin(0.01));
    CHECK(numbers(first.getKey("/MediaBox"))[2] == Approx(595.2756 + 10 * mm).margin(0.02));
    // Page 2 at 72 dpi over its media box: the trim's top-left corner is at
    // (28.3, 28.3); the horizontal mark runs along y = 28.3 from x = 0 to 14,
    // the vertical one along x = 28.3; between them, the corner is paper.
    auto dark = [](const std::array<int, 3>& rgb) { return rgb[0] + rgb[1] + rgb[2] < 3 * 128; };
    CHECK(dark(pixel(pdf, 2, 7, 28)));
    CHECK(dark(pixel(pdf, 2, 28, 7)));
    CHECK_FALSE(dark(pixel(pdf, 2, 7, 7)));
    // The page text stays out of the tree: the marks are artifacts.
    CHECK(test::run("pdfinfo -struct-text '" + pdf.string() + "'").exit_code == 0);
}

namespace {

// A CMYK JPEG of flat cyan, `width` x `height`, made with libjpeg.
std::string cmyk_jpeg(int width, int height) {
    jpeg_compress_struct c;
    jpeg_error_mgr error;
    c.err = jpeg_std_error(&error);
    jpeg_create_compress(&c);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &buffer, &size);
    c.image_width = static_cast<JDIMENSION>(width);
    c.image_height = static_cast<JDIMENSION>(height);
    c.input_components = 4;
    c.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&c);
    jpeg_start_compress(&c, TRUE);
    std::vector<JSAMPLE> row(static_cast<std::size_t>(width) * 4);
    for (int x = 0; x < width; ++x) row[static_cast<std::size_t>(x) * 4] = 255;
    for (int y = 0; y < height; ++y) {
        JSAMPROW r = row.data();
        jpeg_write_scanlines(&c, &r, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    std::string out(reinterpret_cast<const char*>(buffer), size);
    std::free(buffer);
    return out;
}

// A one-page A4 PDF painted in device CMYK, as ads come from agencies.
void write_cmyk_pdf(const fs::path& file) {
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595.28 841.89] /Resources << >> >>");
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, "0.1 0.6 0 0.2 k 0 0 595.28 841.89 re f\n"));
    QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
    QPDFWriter writer(pdf, file.string().c_str());
    writer.setStaticID(true);
    writer.write();
}

}  // namespace

TEST_CASE("in the archive, CMYK in an ad means the press's CMYK: an ICC-based JPEG, a /DefaultCMYK for a PDF ad",
          "[pdf][profiles]") {
    const fs::path dir = test::process_dir("cmyk-ads");
    fs::copy(test::source_dir() / "issues/2020-12", dir / "issue", fs::copy_options::recursive);
    std::ofstream(dir / "issue/ads/quarter.jpg", std::ios::binary | std::ios::trunc) << cmyk_jpeg(692, 591);
    fs::remove(dir / "issue/ads/full.pdf");
    write_cmyk_pdf(dir / "issue/ads/full.pdf");
    const std::string issue = "'" + (dir / "issue").string() + "'";
    for (const char* profile : {"archive", "reader"}) {
        const fs::path pdf = dir / (std::string(profile) + ".pdf");
        const auto r = test::heftsatz("build " + issue + " --profile " + profile + " -o '" + pdf.string() + "'");
        INFO(profile << ": " << r.out);
        REQUIRE(r.exit_code == 0);
        QPDF qpdf;
        qpdf.processFile(pdf.string().c_str());
        int cmyk_images = 0, forms_with_default = 0;
        for (QPDFObjectHandle o : qpdf.getAllObjects()) {
            if (!o.isStream()) continue;
            QPDFObjectHandle d = o.getDict();
            if (d.getKey("/Subtype").isNameAndEquals("/Image") && d.getKey("/Filter").isNameAndEquals("/DCTDecode")) {
                QPDFObjectHandle space = d.getKey("/ColorSpace");
                if (space.isArray() && space.getArrayItem(0).isNameAndEquals("/ICCBased") &&
                    space.getArrayItem(1).getDict().getKey("/N").getIntValue() == 4)
                    ++cmyk_images;
                if (std::string(profile) == "reader" && space.isNameAndEquals("/DeviceCMYK")) ++cmyk_images;
            }
            if (d.getKey("/Subtype").isNameAndEquals("/Form") &&
                d.getKey("/Resources").getKey("/ColorSpace").getKey("/DefaultCMYK").isArray())
                ++forms_with_default;
        }
        CHECK(cmyk_images == 1);
        CHECK(forms_with_default == (std::string(profile) == "archive" ? 1 : 0));
    }
    // The sample itself paints no CMYK: its archive carries no CMYK profile.
    QPDF sample;
    sample.processFile((profiles() / "k21-archive.pdf").string().c_str());
    for (QPDFObjectHandle o : sample.getAllObjects())
        if (o.isStream()) CHECK_FALSE((o.getDict().getKey("/N").isInteger() && o.getDict().getKey("/N").getIntValue() == 4));
}
