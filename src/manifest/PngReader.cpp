#include "manifest/PngReader.h"

#include <png.h>

#include <algorithm>
#include <cstring>

namespace heftsatz {
namespace {

struct MemoryInput {
    std::string_view bytes;
    std::size_t at = 0;
};

void read_from_memory(png_structp png, png_bytep out, png_size_t length) {
    auto* in = static_cast<MemoryInput*>(png_get_io_ptr(png));
    if (length > in->bytes.size() - in->at) png_error(png, "truncated");
    std::memcpy(out, in->bytes.data() + in->at, length);
    in->at += length;
}

void fill_header(png_structp png, png_infop info, PngHeader& h) {
    h.width = static_cast<int>(png_get_image_width(png, info));
    h.height = static_cast<int>(png_get_image_height(png, info));
    h.bit_depth = png_get_bit_depth(png, info);
    const int type = png_get_color_type(png, info);
    h.colour = type == PNG_COLOR_TYPE_PALETTE ? PngColour::Palette
               : (type & PNG_COLOR_MASK_COLOR) ? PngColour::Rgb
                                                : PngColour::Gray;
    h.alpha = (type & PNG_COLOR_MASK_ALPHA) != 0;
    h.interlaced = png_get_interlace_type(png, info) != PNG_INTERLACE_NONE;
    png_colorp palette = nullptr;
    int entries = 0;
    if (png_get_PLTE(png, info, &palette, &entries) == PNG_INFO_PLTE)
        for (int i = 0; i < entries; ++i) h.palette.push_back({palette[i].red, palette[i].green, palette[i].blue});
    png_bytep trans_alpha = nullptr;
    int trans_count = 0;
    png_color_16p trans_colour = nullptr;
    if (png_get_tRNS(png, info, &trans_alpha, &trans_count, &trans_colour) == PNG_INFO_tRNS) {
        if (h.colour == PngColour::Palette && trans_alpha)
            h.palette_alpha.assign(trans_alpha, trans_alpha + std::max(0, trans_count));
        else if (h.colour != PngColour::Palette && trans_colour)
            h.colour_key = h.colour == PngColour::Gray
                               ? std::array<std::uint16_t, 3>{trans_colour->gray, 0, 0}
                               : std::array<std::uint16_t, 3>{trans_colour->red, trans_colour->green, trans_colour->blue};
    }
}

// read_png, or with `header_only` read_png_header.
std::string read(std::string_view bytes, PngHeader& header, unsigned long long max_pixels, const PngRowSink& sink,
                 bool header_only) {
    static const char* const kDamaged = "the image is damaged and cannot be read";
    // Declared before setjmp: libpng's longjmp on an error skips destructors
    // of anything constructed after it (found by fuzz_image: a leaked row).
    std::vector<png_byte> rows;
    MemoryInput input{bytes, 0};
    // libpng would print errors and warnings itself; only the CLI prints.
    png_structp png = png_create_read_struct(
        PNG_LIBPNG_VER_STRING, nullptr, [](png_structp p, png_const_charp) { png_longjmp(p, 1); },
        [](png_structp, png_const_charp) {});
    if (!png) return kDamaged;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {  // libpng jumps here on error
        png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        return kDamaged;
    }
    png_set_read_fn(png, &input, read_from_memory);
    png_read_info(png, info);
    fill_header(png, info, header);
    if (static_cast<unsigned long long>(header.width) * static_cast<unsigned long long>(header.height) > max_pixels) {
        png_destroy_read_struct(&png, &info, nullptr);
        return "the image has more than 100 million pixels (docs/limits.md)";
    }
    if (header_only) {
        png_destroy_read_struct(&png, &info, nullptr);
        return header.width > 0 && header.height > 0 ? "" : kDamaged;
    }
    // No transformation: samples as the file has them, which is what PDF
    // image XObjects take (packed rows, big-endian 16-bit samples).
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const std::size_t row_bytes = png_get_rowbytes(png, info);
    if (row_bytes != header.row_bytes()) {
        png_destroy_read_struct(&png, &info, nullptr);
        return kDamaged;
    }
    const std::size_t height = static_cast<std::size_t>(header.height);
    // Every row is read, so a truncated or corrupt file fails here. An
    // interlaced image's passes each add pixels to the whole image.
    const bool whole = sink && passes > 1;
    rows.resize(whole ? row_bytes * height : row_bytes);
    for (int pass = 0; pass < passes; ++pass)
        for (std::size_t y = 0; y < height; ++y) {
            png_bytep row = rows.data() + (whole ? y * row_bytes : 0);
            png_read_row(png, row, nullptr);
            if (sink && !whole) sink(static_cast<int>(y), row);
        }
    png_read_end(png, nullptr);
    png_destroy_read_struct(&png, &info, nullptr);
    if (whole)
        for (std::size_t y = 0; y < height; ++y) sink(static_cast<int>(y), rows.data() + y * row_bytes);
    return header.width > 0 && header.height > 0 ? "" : kDamaged;
}

}  // namespace

std::string read_png(std::string_view bytes, PngHeader& header, unsigned long long max_pixels,
                     const PngRowSink& sink) {
    return read(bytes, header, max_pixels, sink, false);
}

std::string read_png_header(std::string_view bytes, PngHeader& header, unsigned long long max_pixels) {
    return read(bytes, header, max_pixels, nullptr, true);
}

std::string png_image_data(std::string_view bytes) {
    std::string data;
    std::size_t at = 8;  // after the signature
    while (at + 12 <= bytes.size()) {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + at);
        const std::size_t length = std::size_t{p[0]} << 24 | std::size_t{p[1]} << 16 | std::size_t{p[2]} << 8 | p[3];
        if (length > bytes.size() - at - 12) break;
        if (bytes.compare(at + 4, 4, "IDAT") == 0) data.append(bytes.substr(at + 8, length));
        if (bytes.compare(at + 4, 4, "IEND") == 0) break;
        at += 12 + length;
    }
    return data;
}

}  // namespace heftsatz
