// Reading a PNG with libpng, as the file stores it: the one decoder behind
// both the probe (is the image whole?) and the PDF stage (its samples), so
// that what is embedded is what was checked.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

enum class PngColour { Gray, Rgb, Palette };

struct PngHeader {
    int width = 0;
    int height = 0;
    int bit_depth = 8;           // 1, 2, 4, 8 or 16 bits per sample
    PngColour colour = PngColour::Gray;
    bool alpha = false;          // an alpha sample after each pixel's colour (grey+alpha, RGBA)
    bool interlaced = false;
    std::vector<std::array<std::uint8_t, 3>> palette;  // PngColour::Palette
    // tRNS: an alpha per palette entry (missing entries are opaque), or for
    // grey and RGB one colour that is fully transparent (colour key).
    std::vector<std::uint8_t> palette_alpha;
    std::optional<std::array<std::uint16_t, 3>> colour_key;

    int colour_channels() const { return colour == PngColour::Rgb ? 3 : 1; }
    int channels() const { return colour_channels() + (alpha ? 1 : 0); }
    // Bytes of one row as the file stores it: samples packed MSB first,
    // 16-bit samples big-endian, rows starting on a byte (as PDF's).
    std::size_t row_bytes() const {
        return (static_cast<std::size_t>(width) * static_cast<std::size_t>(channels()) *
                    static_cast<std::size_t>(bit_depth) + 7) / 8;
    }
};

// A row of the image, top to bottom; `row` has header.row_bytes() bytes.
using PngRowSink = std::function<void(int y, const std::uint8_t* row)>;

// Decodes every row of `bytes` (a truncated or corrupt file fails on the row
// where it breaks), giving each to `sink` if there is one; an interlaced
// image is assembled first, so it is given in order too. Images larger than
// `max_pixels` are refused before any row is read. Returns what is wrong,
// or nothing; `header` is filled as far as the file could be read.
std::string read_png(std::string_view bytes, PngHeader& header, unsigned long long max_pixels,
                     const PngRowSink& sink = nullptr);
// Only the header (size, colours, palette, transparency) and the size check,
// for a caller that decodes every row with read_png later anyway.
std::string read_png_header(std::string_view bytes, PngHeader& header, unsigned long long max_pixels);

// The zlib stream of a PNG's image data: its IDAT chunks joined (RFC 2083
// §3.2: chunks are a 4-byte length, a 4-byte type, data and a CRC). For a
// file read_png accepted; a PDF reader inflates it with /Predictor 15.
std::string png_image_data(std::string_view bytes);

}  // namespace heftsatz
