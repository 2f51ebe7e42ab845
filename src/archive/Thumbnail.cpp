#include "archive/Thumbnail.h"

#include <png.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace heftsatz {

namespace {

void append_to(png_structp png, png_bytep data, png_size_t length) {
    auto* out = static_cast<std::string*>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char*>(data), length);
}

// libpng reports a failure by longjmp to here; nothing on this path owns
// memory that the jump would leak but the png structs, freed below.
bool encode_png(const std::vector<unsigned char>& rgb, int width, int height, std::string& out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &out, append_to, nullptr);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    for (int y = 0; y < height; ++y)
        png_write_row(png, rgb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width) * 3);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

Result<Thumbnail> render_thumbnail(std::string_view pdf, int width) {
    auto failed = [](const std::string& why) {
        return internal_error("could not render the issue's first page as a thumbnail: " + why);
    };
    if (pdf.size() > static_cast<std::size_t>(INT_MAX)) return failed("the PDF is larger than poppler reads");
    // poppler reads the bytes in place: `pdf` outlives the document.
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
    if (!doc || doc->pages() < 1) return failed("poppler cannot read the PDF heftsatz wrote");
    std::unique_ptr<poppler::page> page(doc->create_page(0));
    if (!page) return failed("poppler cannot read the first page");
    const poppler::rectf box = page->page_rect(poppler::crop_box);
    if (box.width() <= 0) return failed("the first page has no width");
    const double dpi = width * 72.0 / box.width();
    poppler::page_renderer renderer;
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing |
                              poppler::page_renderer::text_hinting);
    renderer.set_image_format(poppler::image::format_argb32);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.format() != poppler::image::format_argb32) return failed("poppler rendered nothing");
    // ARGB32 is a native-endian 32-bit word per pixel, read as a word so the
    // byte order does not matter; the page is opaque, alpha is dropped.
    Thumbnail out;
    out.width = image.width();
    out.height = image.height();
    std::vector<unsigned char> rgb(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
    for (int y = 0; y < out.height; ++y) {
        const auto* row = reinterpret_cast<const unsigned char*>(image.const_data()) +
                          static_cast<std::size_t>(y) * static_cast<std::size_t>(image.bytes_per_row());
        unsigned char* to = rgb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width) * 3;
        for (int x = 0; x < out.width; ++x) {
            std::uint32_t pixel;
            std::memcpy(&pixel, row + 4 * static_cast<std::size_t>(x), sizeof pixel);
            to[3 * x] = static_cast<unsigned char>(pixel >> 16);
            to[3 * x + 1] = static_cast<unsigned char>(pixel >> 8);
            to[3 * x + 2] = static_cast<unsigned char>(pixel);
        }
    }
    if (!encode_png(rgb, out.width, out.height, out.png)) return failed("libpng could not encode the picture");
    return out;
}

}  // namespace heftsatz
