// Images kept for the next PDF of a run (pdf/ImageCache.h: `watch` after an
// edit, the archive's second profile) by what is done to them, not by where
// they are printed: a figure an edit makes a little wider is averaged down
// (PNG) or decoded (JPEG) by the same factor and is the kept image; one that
// needs another factor is prepared anew. Either way the bytes are those
// preparing without a cache gives.
#include "pdf/EmbeddedImage.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const fs::path kImages = test::source_dir() / "issues/2020-12/images";

// One page with the 900 × 600 px PNG and the 2400 × 1600 px JPEG printed
// `png_width` and `jpeg_width` points wide.
std::vector<Page> figures(double png_width, double jpeg_width) {
    Page page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    page.items.push_back(Image{50, 50, png_width, png_width * 2 / 3, kImages / "fig-kranichberg-e-akte.png",
                               ImageKind::Png, "", {}});
    page.items.push_back(Image{50, 400, jpeg_width, jpeg_width * 2 / 3, kImages / "fig-nrw-modellregionen.jpg",
                               ImageKind::Jpeg, "", {}});
    return {page};
}

// The stored bytes of each image, in order of first use.
std::vector<std::string> embedded(const std::vector<Page>& pages, ImageCache* cache) {
    PoDoFo::PdfMemDocument pdf;
    Diagnostics diagnostics;
    ImagePolicy screen;
    screen.screen_ppi = 150;
    const ImageTable table = embed_images(pdf, pages, screen, diagnostics, 1, cache);
    std::vector<std::string> out;
    for (const char* name : {"fig-kranichberg-e-akte.png", "fig-nrw-modellregionen.jpg"}) {
        PoDoFo::PdfObject* object = pdf.GetObjects().GetObject(table.at(kImages / name).reference);
        const auto* stream = dynamic_cast<const PoDoFo::PdfMemStream*>(object->GetStream());
        REQUIRE(stream);
        out.emplace_back(stream->Get(), static_cast<std::size_t>(stream->GetLength()));
    }
    return out;
}

}  // namespace

TEST_CASE("an image is kept by what is done to it, not by where it is printed", "[pdf][images]") {
    ImageCache cache;
    // 140 pt: the PNG at 463 ppi (averaged by 3), the JPEG at 400 pt, 432 ppi
    // (decoded at 3/8).
    const auto first = embedded(figures(140, 400), &cache);
    CHECK(cache.prepared.size() == 2);
    CHECK(cache.info.size() == 2);
    // A little wider, the same factors: nothing prepared anew.
    const auto wider = embedded(figures(144, 410), &cache);
    CHECK(cache.prepared.size() == 2);
    CHECK(wider == first);
    // Wider still: averaged by 2, decoded at 5/8.
    const auto other = embedded(figures(160, 600), &cache);
    CHECK(cache.prepared.size() == 4);
    CHECK(other[0] != first[0]);
    CHECK(other[1] != first[1]);
    // What the cache gave is what preparing afresh gives.
    CHECK(embedded(figures(144, 410), nullptr) == wider);
    CHECK(embedded(figures(160, 600), nullptr) == other);
}
