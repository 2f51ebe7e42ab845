// PNGs of every colour type and bit depth embed as the source shows them
// (issue 8: 16-bit and palette-with-tRNS PNGs got a soft mask of the wrong
// size). Each PNG is written here with libpng from a known picture, put on a
// page of its own size, and checked three ways: qpdf --check, pdfimages
// -list (size, colour, depth, a soft mask of the image's size exactly when
// the PNG has transparency), and the page rendered by pdftoppm against the
// picture composited on white.
#include "pdf/Pdf.h"
#include "support/Support.h"

#include <catch2/catch.hpp>
#include <png.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

constexpr int kWidth = 61;  // odd, so packed rows end inside a byte
constexpr int kHeight = 40;

struct Kind {
    const char* name;
    int colour_type;  // PNG_COLOR_TYPE_*
    int depth;
    bool trns = false;
    bool interlaced = false;
    // pdfimages -list: colour column and bits per component of the image
    const char* pdf_colour;
};

// A pixel as the reader should see it: 0..1 per channel and alpha.
struct Rgba {
    double r, g, b, a;
};

// The picture: colour varies across, grey down, alpha in bands (opaque,
// a ramp, fully transparent), so a mask that is shifted, scaled or
// missing shows.
Rgba truth(int x, int y) {
    const double fx = x / double(kWidth - 1), fy = y / double(kHeight - 1);
    double a = 1;
    if (y >= kHeight / 3 && y < 2 * kHeight / 3) a = fx;
    if (y >= 2 * kHeight / 3 && x % 10 < 5) a = 0;
    return {fx, fy, 1 - fx, a};
}

struct PngFree {
    png_structp png;
    png_infop info;
    ~PngFree() { png_destroy_write_struct(&png, &info); }
};

// libpng's error handling jumps back to setjmp: this function holds no
// object that a jump could skip.
void save_png(const fs::path& file, const Kind& kind, std::vector<std::vector<png_byte>>& rows,
              std::vector<png_color>& colours, std::vector<png_byte>& alphas, png_color_16& key) {
    std::vector<png_bytep> pointers;
    for (auto& r : rows) pointers.push_back(r.data());
    FILE* out = std::fopen(file.c_str(), "wb");
    REQUIRE(out);
    PngFree p{png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr), nullptr};
    p.info = png_create_info_struct(p.png);
    if (setjmp(png_jmpbuf(p.png))) {
        std::fclose(out);
        FAIL("libpng could not write " << file);
    }
    png_init_io(p.png, out);
    png_set_IHDR(p.png, p.info, kWidth, kHeight, kind.depth, kind.colour_type,
                 kind.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    const bool palette = kind.colour_type == PNG_COLOR_TYPE_PALETTE;
    if (palette) png_set_PLTE(p.png, p.info, colours.data(), static_cast<int>(colours.size()));
    // tRNS may be shorter than the palette: the entries after it are opaque.
    if (kind.trns && palette)
        png_set_tRNS(p.png, p.info, alphas.data(), std::max(1, static_cast<int>(alphas.size()) / 2), nullptr);
    if (kind.trns && !palette) png_set_tRNS(p.png, p.info, nullptr, 0, &key);
    png_write_info(p.png, p.info);
    png_write_image(p.png, pointers.data());
    png_write_end(p.png, nullptr);
    std::fclose(out);
}

// Quantizes the picture into `kind` and writes it; returns what the PNG
// really holds (quantized, opaque where it has no transparency) per pixel.
std::vector<Rgba> write_png(const fs::path& file, const Kind& kind) {
    const int max = (1 << kind.depth) - 1;
    auto q = [&](double v) { return static_cast<unsigned>(std::lround(v * max)); };
    std::vector<Rgba> held(kWidth * kHeight);
    std::vector<std::vector<png_byte>> rows(kHeight);
    const bool palette = kind.colour_type == PNG_COLOR_TYPE_PALETTE;
    const int entries = palette ? 1 << kind.depth : 0;
    std::vector<png_color> colours(entries);
    std::vector<png_byte> alphas(entries);
    // A palette of smooth ramps, the lower half translucent to transparent
    // and the upper half opaque, left out of tRNS as encoders do;
    // indices change slowly across the image (pdftoppm blends neighbouring
    // pixels, which would blur a busy pattern).
    const int half = std::max(1, entries / 2);
    for (int i = 0; i < entries; ++i) {
        const int step = i % half;
        colours[i] = {static_cast<png_byte>(step * 255 / std::max(1, half - 1)), static_cast<png_byte>(i < half ? 60 : 200),
                      static_cast<png_byte>(255 - step * 255 / std::max(1, half - 1))};
        alphas[i] = i >= half ? 255 : static_cast<png_byte>(255 - step * 255 / half);
    }
    const int channels = kind.colour_type == PNG_COLOR_TYPE_RGB ? 3 : kind.colour_type == PNG_COLOR_TYPE_RGB_ALPHA ? 4
                         : kind.colour_type == PNG_COLOR_TYPE_GRAY_ALPHA ? 2 : 1;
    const std::size_t row_bytes = (std::size_t(kWidth) * channels * kind.depth + 7) / 8;
    // Grey and RGB transparency (tRNS): the one colour that is transparent.
    png_color_16 key{};
    const unsigned key_value = palette ? 0 : q(0.0);
    key.gray = static_cast<png_uint_16>(key_value);
    key.red = key.green = key.blue = static_cast<png_uint_16>(key_value);
    for (int y = 0; y < kHeight; ++y) {
        rows[y].assign(row_bytes, 0);
        std::vector<unsigned> samples;
        for (int x = 0; x < kWidth; ++x) {
            const Rgba t = truth(x, y);
            Rgba& h = held[y * kWidth + x];
            if (palette) {
                const unsigned index = static_cast<unsigned>(x * half / kWidth + (y >= kHeight / 2 ? half : 0));
                samples.push_back(index);
                const png_color& c = colours[index];
                h = {c.red / 255.0, c.green / 255.0, c.blue / 255.0, kind.trns ? alphas[index] / 255.0 : 1.0};
                continue;
            }
            const bool grey = !(kind.colour_type & PNG_COLOR_MASK_COLOR);
            const double luma = (t.r + t.g + t.b) / 3;
            std::vector<unsigned> c = grey ? std::vector<unsigned>{q(luma)} : std::vector<unsigned>{q(t.r), q(t.g), q(t.b)};
            // The key colour (black) marks the transparent band's pixels.
            if (kind.trns && t.a == 0) c.assign(c.size(), key_value);
            else if (kind.trns) for (auto& v : c) v = std::max(v, 1u);
            for (unsigned v : c) samples.push_back(v);
            double alpha = 1;
            if (kind.colour_type & PNG_COLOR_MASK_ALPHA) {
                samples.push_back(q(t.a));
                alpha = q(t.a) / double(max);
            }
            if (kind.trns) alpha = t.a == 0 ? 0 : 1;
            const double r = c[0] / double(max), g = c[grey ? 0 : 1] / double(max), b = c[grey ? 0 : 2] / double(max);
            h = {r, g, b, alpha};
        }
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (kind.depth == 16) {
                rows[y][2 * i] = static_cast<png_byte>(samples[i] >> 8);
                rows[y][2 * i + 1] = static_cast<png_byte>(samples[i] & 0xFF);
            } else if (kind.depth == 8) {
                rows[y][i] = static_cast<png_byte>(samples[i]);
            } else {
                const std::size_t bit = i * kind.depth;
                rows[y][bit / 8] |= static_cast<png_byte>(samples[i] << (8 - kind.depth - bit % 8));
            }
        }
    }
    save_png(file, kind, rows, colours, alphas, key);
    return held;
}

struct Raster {
    int width = 0, height = 0;
    std::string rgb;
};

// pdftoppm's default output, binary PPM (P6, maxval 255).
Raster read_ppm(const fs::path& file) {
    std::istringstream in(test::read_file(file));
    Raster r;
    std::string magic;
    int maxval = 0;
    in >> magic >> r.width >> r.height >> maxval;
    in.get();
    REQUIRE(magic == "P6");
    REQUIRE(maxval == 255);
    r.rgb.resize(std::size_t(r.width) * r.height * 3);
    in.read(r.rgb.data(), static_cast<std::streamsize>(r.rgb.size()));
    return r;
}

}  // namespace

TEST_CASE("PNGs of every colour type and bit depth embed with the right mask", "[pdf][images]") {
    const Kind kinds[] = {
        {"grey-1", PNG_COLOR_TYPE_GRAY, 1, false, false, "gray"},
        {"grey-2", PNG_COLOR_TYPE_GRAY, 2, false, false, "gray"},
        {"grey-4", PNG_COLOR_TYPE_GRAY, 4, false, false, "gray"},
        {"grey-8", PNG_COLOR_TYPE_GRAY, 8, false, false, "gray"},
        {"grey-16", PNG_COLOR_TYPE_GRAY, 16, false, false, "gray"},
        {"grey-4-trns", PNG_COLOR_TYPE_GRAY, 4, true, false, "gray"},
        {"grey-16-trns", PNG_COLOR_TYPE_GRAY, 16, true, false, "gray"},
        {"grey-alpha-8", PNG_COLOR_TYPE_GRAY_ALPHA, 8, false, false, "gray"},
        {"grey-alpha-16", PNG_COLOR_TYPE_GRAY_ALPHA, 16, false, false, "gray"},
        {"rgb-8", PNG_COLOR_TYPE_RGB, 8, false, false, "rgb"},
        {"rgb-16", PNG_COLOR_TYPE_RGB, 16, false, false, "rgb"},
        {"rgb-8-trns", PNG_COLOR_TYPE_RGB, 8, true, false, "rgb"},
        {"rgb-16-trns", PNG_COLOR_TYPE_RGB, 16, true, false, "rgb"},
        {"rgba-8", PNG_COLOR_TYPE_RGB_ALPHA, 8, false, false, "rgb"},
        {"rgba-16", PNG_COLOR_TYPE_RGB_ALPHA, 16, false, false, "rgb"},
        {"rgba-8-interlaced", PNG_COLOR_TYPE_RGB_ALPHA, 8, false, true, "rgb"},
        {"palette-1", PNG_COLOR_TYPE_PALETTE, 1, false, false, "index"},
        {"palette-2-trns", PNG_COLOR_TYPE_PALETTE, 2, true, false, "index"},
        {"palette-4-trns", PNG_COLOR_TYPE_PALETTE, 4, true, false, "index"},
        {"palette-8", PNG_COLOR_TYPE_PALETTE, 8, false, false, "index"},
        {"palette-8-trns", PNG_COLOR_TYPE_PALETTE, 8, true, false, "index"},
        {"palette-8-trns-interlaced", PNG_COLOR_TYPE_PALETTE, 8, true, true, "index"},
    };
    const fs::path dir = test::output_dir("png-kinds");
    for (const Kind& kind : kinds) {
        INFO(kind.name);
        const fs::path png = dir / (std::string(kind.name) + ".png");
        const std::vector<Rgba> held = write_png(png, kind);
        const bool transparent = kind.trns || (kind.colour_type & PNG_COLOR_MASK_ALPHA);

        // One page the image's size in points, so that 72 ppi renders it pixel for pixel.
        Document doc;
        doc.info.title = kind.name;
        Page& sized = doc.pages.emplace_back();
        sized.number = 1;
        sized.width = kWidth;
        sized.height = kHeight;
        sized.bare = true;
        doc.pages[0].items.push_back(Image{0, 0, kWidth, kHeight, png, ImageKind::Png, "Test", {}});
        Diagnostics diagnostics;
        auto bytes = render_pdf(doc, diagnostics, PdfOptions{PdfProfile::Reader, 1});
        REQUIRE(bytes.ok());
        const fs::path pdf = dir / (std::string(kind.name) + ".pdf");
        std::ofstream(pdf, std::ios::binary) << *bytes;

        auto check = test::run("qpdf --check '" + pdf.string() + "'");
        INFO(check.out);
        CHECK(check.exit_code == 0);

        // page num type width height color comp bpc enc ...
        auto list = test::run("pdfimages -list '" + pdf.string() + "'");
        REQUIRE(list.exit_code == 0);
        INFO(list.out);
        std::istringstream lines(list.out);
        std::string line;
        int images = 0, masks = 0;
        while (std::getline(lines, line)) {
            std::istringstream f(line);
            std::string page, num, type, colour;
            int w = 0, h = 0, comp = 0, bpc = 0;
            if (!(f >> page >> num >> type >> w >> h >> colour >> comp >> bpc) || page == "page") continue;
            CHECK(w == kWidth);
            CHECK(h == kHeight);
            if (type == "image") {
                ++images;
                CHECK(colour == kind.pdf_colour);
                CHECK(bpc == kind.depth);
            } else if (type == "smask") {
                ++masks;
                CHECK(colour == "gray");
                CHECK(bpc == ((kind.colour_type & PNG_COLOR_MASK_ALPHA) ? kind.depth : 8));
            }
        }
        CHECK(images == 1);
        CHECK(masks == (transparent ? 1 : 0));

        const fs::path stem = dir / kind.name;
        auto render = test::run("pdftoppm -r 72 -singlefile '" + pdf.string() + "' '" + stem.string() + "'");
        REQUIRE(render.exit_code == 0);
        const Raster page = read_ppm(stem.string() + ".ppm");
        REQUIRE(page.width == kWidth);
        REQUIRE(page.height == kHeight);
        double difference = 0;
        for (int y = 0; y < kHeight; ++y)
            for (int x = 0; x < kWidth; ++x) {
                const Rgba& h = held[y * kWidth + x];
                const double expected[3] = {h.r * h.a + (1 - h.a), h.g * h.a + (1 - h.a), h.b * h.a + (1 - h.a)};
                for (int c = 0; c < 3; ++c) {
                    const double got = static_cast<unsigned char>(page.rgb[(std::size_t(y) * kWidth + x) * 3 + c]) / 255.0;
                    difference += std::abs(got - expected[c]);
                }
            }
        difference /= kWidth * kHeight * 3;
        // Mean difference per channel, 0..1. pdftoppm blends neighbouring
        // pixels at sharp edges (up to 0.025 on this picture, which has
        // many); without its mask the picture is 0.25 off.
        CHECK(difference < 0.04);
    }
}

TEST_CASE("a PNG damaged after the issue was read is an error naming it, averaged down or not", "[pdf][images]") {
    // The PDF stage decodes a PNG's rows only where it makes its samples
    // (read_image leaves them to it): damage must still be found there.
    const fs::path dir = test::output_dir("png-damaged");
    const fs::path png = dir / "damaged.png";
    write_png(png, {"rgb-8", PNG_COLOR_TYPE_RGB, 8, false, false, "rgb"});
    std::string bytes = test::read_file(png);
    bytes.resize(bytes.size() * 2 / 3);  // cut off inside the image data
    std::ofstream(png, std::ios::binary | std::ios::trunc) << bytes;
    // At its size (72 ppi) and an eighth of it (576 ppi, averaged down for the reader).
    for (double printed : {1.0, 1.0 / 8}) {
        INFO("printed at " << printed << " of its size");
        Document doc;
        Page& page = doc.pages.emplace_back();
        page.number = 1;
        page.width = kWidth;
        page.height = kHeight;
        page.bare = true;
        page.items.push_back(Image{0, 0, kWidth * printed, kHeight * printed, png, ImageKind::Png, "Test", {}});
        Diagnostics diagnostics;
        auto pdf = render_pdf(doc, diagnostics, PdfOptions{PdfProfile::Reader, 1});
        REQUIRE_FALSE(pdf.ok());
        CHECK(pdf.failure().message.find("damaged") != std::string::npos);
        CHECK(pdf.failure().where.file == png.string());
    }
}
