#include "pdf/PngImage.h"

#include "pdf/BlockAverage.h"
#include "pdf/PdfValues.h"

#include "manifest/PngReader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <unordered_map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace PoDoFo;

namespace heftsatz {
namespace {

// zlib's deflate over rows as they come, so that an image is never held
// uncompressed in memory (unless interlaced: PngReader assembles those).
class Deflater {
public:
    Deflater() {
        if (deflateInit(&stream_, Z_DEFAULT_COMPRESSION) != Z_OK) throw std::runtime_error("zlib could not start");
    }
    ~Deflater() { deflateEnd(&stream_); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    void write(const std::uint8_t* data, std::size_t size) { run(data, size, Z_NO_FLUSH); }
    std::string finish() {
        run(nullptr, 0, Z_FINISH);
        return std::move(out_);
    }

private:
    void run(const std::uint8_t* data, std::size_t size, int flush) {
        stream_.next_in = const_cast<Bytef*>(data);
        stream_.avail_in = static_cast<uInt>(size);
        unsigned char chunk[16384];
        int status = Z_OK;
        do {
            stream_.next_out = chunk;
            stream_.avail_out = sizeof chunk;
            status = deflate(&stream_, flush);
            if (status == Z_STREAM_ERROR) throw std::runtime_error("zlib could not compress an image");
            out_.append(reinterpret_cast<const char*>(chunk), sizeof chunk - stream_.avail_out);
        } while (stream_.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }

    z_stream stream_{};
    std::string out_;
};

// PNG's own row filters (RFC 2083 §6), chosen per row by the smallest sum of
// absolute differences as libpng does, and declared to the PDF reader with
// /Predictor 15: samples compress as well as in the PNG itself. Indexed
// and packed samples are not numbers that differences predict, so they
// are left unfiltered, as libpng leaves them (its png_write_find_filter).
class PredictedStream {
public:
    PredictedStream(std::size_t row_bytes, std::size_t pixel_bytes, bool filter)
        : pixel_(pixel_bytes), filters_(filter ? 5 : 1), previous_(row_bytes, 0), filtered_(row_bytes + 1) {}

    void add_row(const std::uint8_t* row) {
        const std::size_t n = previous_.size();
        std::uint8_t* best = nullptr;
        long best_sum = -1;
        for (std::uint8_t type = 0; type < filters_; ++type) {
            candidate_.resize(n + 1);
            candidate_[0] = type;
            long sum = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const int a = i >= pixel_ ? row[i - pixel_] : 0;
                const int b = previous_[i];
                const int c = i >= pixel_ ? previous_[i - pixel_] : 0;
                int predicted = 0;
                switch (type) {
                case 1: predicted = a; break;
                case 2: predicted = b; break;
                case 3: predicted = (a + b) / 2; break;
                case 4: {
                    const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
                    predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                    break;
                }
                default: break;
                }
                const auto v = static_cast<std::uint8_t>(row[i] - predicted);
                candidate_[i + 1] = v;
                sum += v < 128 ? v : 256 - v;
            }
            if (best_sum < 0 || sum < best_sum) {
                best_sum = sum;
                filtered_.swap(candidate_);
                best = filtered_.data();
            }
        }
        deflater_.write(best, n + 1);
        previous_.assign(row, row + n);
    }
    std::string finish() { return deflater_.finish(); }

private:
    std::size_t pixel_;
    std::uint8_t filters_;
    std::vector<std::uint8_t> previous_, filtered_, candidate_;
    Deflater deflater_;
};

// An image XObject over already Flate-compressed, PNG-predicted samples.
PdfObject* image_object(PdfMemDocument& pdf, int width, int height, int colours, int bits, const PdfObject& colour_space,
                        const std::string& compressed) {
    PdfObject* image = pdf.GetObjects().CreateObject("XObject");
    PdfDictionary& d = image->GetDictionary();
    d.AddKey("Subtype", PdfName("Image"));
    d.AddKey("Width", integer(width));
    d.AddKey("Height", integer(height));
    d.AddKey("ColorSpace", colour_space);
    d.AddKey("BitsPerComponent", integer(bits));
    PdfMemoryInputStream in(compressed.data(), static_cast<pdf_long>(compressed.size()));
    image->GetStream()->SetRawData(&in, static_cast<pdf_long>(compressed.size()));
    d.AddKey("Filter", PdfName("FlateDecode"));
    PdfDictionary parms;
    parms.AddKey("Predictor", integer(15));
    parms.AddKey("Colors", integer(colours));
    parms.AddKey("BitsPerComponent", integer(bits));
    parms.AddKey("Columns", integer(width));
    d.AddKey("DecodeParms", parms);
    return image;
}

// A sample of `bits` (1 to 16) at pixel position `index` of a packed row.
unsigned sample(const std::uint8_t* row, std::size_t index, int bits) {
    if (bits == 16) return static_cast<unsigned>(row[2 * index] << 8 | row[2 * index + 1]);
    if (bits == 8) return row[index];
    const std::size_t bit = index * static_cast<std::size_t>(bits);
    return static_cast<unsigned>(row[bit / 8] >> (8 - bits - static_cast<int>(bit % 8))) & ((1u << bits) - 1);
}

// The colour space of the PNG's colour samples.
PdfObject colour_space_of(const PngXObject& png) {
    if (png.colour != PngColour::Palette)
        return PdfObject(PdfName(png.colour == PngColour::Rgb ? "DeviceRGB" : "DeviceGray"));
    // [/Indexed /DeviceRGB hival <palette>] (PDF 32000-1 §8.6.6.3)
    PdfArray indexed;
    indexed.push_back(PdfName("Indexed"));
    indexed.push_back(PdfName("DeviceRGB"));
    indexed.push_back(integer(static_cast<long long>(png.palette.size() / 3) - 1));
    indexed.push_back(PdfString(png.palette.data(), static_cast<pdf_long>(png.palette.size()), true));
    return PdfObject(indexed);
}

}  // namespace

Result<PngXObject> prepare_png(const ImageData& data) {
    PngHeader h;
    // Opaque and not interlaced: the PNG's own compressed samples are what a
    // PDF image with /Predictor 15 holds, so they are taken as they are
    // (once the decoder has read every row).
    bool as_stored = false;
    int bits = 8, colours = 1, mask_bits = 8;
    std::size_t width = 0, sample_bytes = 1;
    std::unique_ptr<PredictedStream> colour, alpha;
    std::vector<std::uint8_t> colour_line, alpha_line;
    // The decoder fills the header before the first row: the streams are
    // sized then.
    auto start = [&] {
        as_stored = !h.alpha && h.palette_alpha.empty() && !h.colour_key && !h.interlaced;
        if (as_stored) return;
        bits = h.bit_depth;
        colours = h.colour_channels();
        width = static_cast<std::size_t>(h.width);
        sample_bytes = bits == 16 ? 2 : 1;
        const std::size_t colour_row = (width * static_cast<std::size_t>(colours * bits) + 7) / 8;
        colour = std::make_unique<PredictedStream>(colour_row,
                                                   std::max<std::size_t>(1, static_cast<std::size_t>(colours * bits) / 8),
                                                   h.colour != PngColour::Palette && bits >= 8);
        colour_line.resize(colour_row);
        // The mask: the alpha channel at its own depth, else tRNS as 8-bit alpha.
        if (h.alpha || !h.palette_alpha.empty() || h.colour_key) {
            mask_bits = h.alpha ? bits : 8;
            const std::size_t mask_bytes = static_cast<std::size_t>(mask_bits / 8);
            alpha = std::make_unique<PredictedStream>(width * mask_bytes, mask_bytes, true);
            alpha_line.resize(width * mask_bytes);
        }
    };

    const std::string problem = read_png(data.bytes, h, kMaxImagePixels, [&](int y, const std::uint8_t* row) {
        if (y == 0) start();
        if (as_stored) return;
        if (!h.alpha) {
            colour->add_row(row);
        } else {
            // Interleaved colour and alpha samples (8 or 16 bits): split.
            const std::size_t pixel = static_cast<std::size_t>(colours + 1) * sample_bytes;
            const std::size_t colour_bytes = static_cast<std::size_t>(colours) * sample_bytes;
            for (std::size_t x = 0; x < width; ++x) {
                std::copy_n(row + x * pixel, colour_bytes, colour_line.data() + x * colour_bytes);
                std::copy_n(row + x * pixel + colour_bytes, sample_bytes, alpha_line.data() + x * sample_bytes);
            }
            colour->add_row(colour_line.data());
        }
        if (!alpha) return;
        if (!h.palette_alpha.empty()) {
            for (std::size_t x = 0; x < width; ++x) {
                const unsigned index = sample(row, x, bits);
                alpha_line[x] = index < h.palette_alpha.size() ? h.palette_alpha[index] : 255;
            }
        } else if (h.colour_key) {
            for (std::size_t x = 0; x < width; ++x) {
                bool key = true;
                for (int c = 0; c < colours; ++c)
                    key = key && sample(row, x * static_cast<std::size_t>(colours) + static_cast<std::size_t>(c), bits) ==
                                     (*h.colour_key)[static_cast<std::size_t>(c)];
                alpha_line[x] = key ? 0 : 255;
            }
        }
        alpha->add_row(alpha_line.data());
    });
    if (!problem.empty()) return error(problem, "export it again from the original");
    PngXObject out;
    out.width = h.width;
    out.height = h.height;
    out.colour = h.colour;
    for (const auto& entry : h.palette) out.palette.append(reinterpret_cast<const char*>(entry.data()), 3);
    if (as_stored) {
        out.colours = h.colour_channels();
        out.bits = h.bit_depth;
        out.samples = png_image_data(data.bytes);
        return out;
    }
    if (!colour) return error("the image has no rows", "export it again from the original");
    out.colours = colours;
    out.bits = bits;
    out.samples = colour->finish();
    if (alpha) {
        out.mask_bits = mask_bits;
        out.mask = alpha->finish();
    }
    return out;
}

PdfReference add_png(PdfMemDocument& pdf, const PngXObject& png) {
    PdfObject* image = image_object(pdf, png.width, png.height, png.colours, png.bits, colour_space_of(png), png.samples);
    if (png.mask_bits > 0) {
        PdfObject* mask =
            image_object(pdf, png.width, png.height, 1, png.mask_bits, PdfObject(PdfName("DeviceGray")), png.mask);
        image->GetDictionary().AddKey("SMask", mask->Reference());
    }
    return image->Reference();
}

namespace {

// A PNG chunk (RFC 2083, 3.2): length, type, data, CRC of type and data.
void add_chunk(std::string& png, const char* type, const std::string& data) {
    const auto n = static_cast<std::uint32_t>(data.size());
    for (int shift : {24, 16, 8, 0}) png += static_cast<char>(n >> shift & 0xFF);
    const std::string body = std::string(type, 4) + data;
    png += body;
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
    for (int shift : {24, 16, 8, 0}) png += static_cast<char>(crc >> shift & 0xFF);
}

}  // namespace

std::optional<ImageData> resampled_png(const ImageData& data, int factor) {
    PngHeader h;
    bool supported = false;
    int channels = 1;  // of the averaged samples: 3 for RGB and palette images, 1 for grey
    std::unique_ptr<BlockAverage> box;
    std::unique_ptr<PredictedStream> out;
    std::vector<std::uint8_t> expanded, indices;
    std::unordered_map<std::uint32_t, std::uint8_t> nearest;  // averaged colour → palette index
    std::uint32_t last_key = 0xFFFFFFFF;  // flat areas repeat one colour: asked once
    std::uint8_t last_index = 0;
    auto index_of = [&](const std::uint8_t* rgb) {
        const std::uint32_t key = static_cast<std::uint32_t>(rgb[0] << 16 | rgb[1] << 8 | rgb[2]);
        if (key == last_key) return last_index;
        last_key = key;
        auto [it, added] = nearest.try_emplace(key, 0);
        if (!added) return last_index = it->second;
        long best = -1;
        for (std::size_t i = 0; i < h.palette.size(); ++i) {
            long d = 0;
            for (int c = 0; c < 3; ++c) {
                const long e = static_cast<long>(rgb[c]) - h.palette[i][static_cast<std::size_t>(c)];
                d += e * e;
            }
            if (best < 0 || d < best) {
                best = d;
                it->second = static_cast<std::uint8_t>(i);
            }
        }
        return last_index = it->second;
    };
    const std::function<void(const std::uint8_t*)> emit = [&](const std::uint8_t* row) {
        if (h.colour != PngColour::Palette) {
            out->add_row(row);
            return;
        }
        for (std::size_t x = 0; x < indices.size(); ++x) indices[x] = index_of(row + 3 * x);
        out->add_row(indices.data());
    };
    const std::string problem = read_png(data.bytes, h, kMaxImagePixels, [&](int y, const std::uint8_t* row) {
        if (y == 0) {
            supported = !h.alpha && h.palette_alpha.empty() && !h.colour_key && factor >= 2 &&
                        (h.colour == PngColour::Palette ? !h.palette.empty() && h.palette.size() <= 256 : h.bit_depth == 8);
            if (!supported) return;
            channels = h.colour == PngColour::Gray ? 1 : 3;
            box = std::make_unique<BlockAverage>(h.width, h.height, factor, channels);
            const auto width = static_cast<std::size_t>(box->target_width());
            const int stored = h.colour == PngColour::Palette ? 1 : channels;  // samples per stored pixel
            out = std::make_unique<PredictedStream>(width * static_cast<std::size_t>(stored),
                                                    static_cast<std::size_t>(stored), h.colour != PngColour::Palette);
            expanded.resize(static_cast<std::size_t>(h.width * channels));
            indices.resize(width);
        }
        if (!supported) return;
        const std::uint8_t* samples = row;
        if (h.colour == PngColour::Palette) {
            const unsigned last = static_cast<unsigned>(h.palette.size() - 1);
            std::uint8_t* to = expanded.data();
            for (int x = 0; x < h.width; ++x, to += 3) {
                const unsigned index = h.bit_depth == 8 ? row[x] : sample(row, static_cast<std::size_t>(x), h.bit_depth);
                const auto& entry = h.palette[std::min(index, last)];
                to[0] = entry[0];
                to[1] = entry[1];
                to[2] = entry[2];
            }
            samples = expanded.data();
        }
        box->add_row(samples, emit);
    });
    if (!problem.empty() || !supported || box->rows_done() != box->target_height()) return std::nullopt;

    // The new file: 8-bit samples in the PNG's own colour type, not interlaced.
    ImageData small = data;
    small.info.width_px = box->target_width();
    small.info.height_px = box->target_height();
    std::string png = "\x89PNG\r\n\x1a\n";
    std::string header;
    for (std::uint32_t v : {static_cast<std::uint32_t>(small.info.width_px), static_cast<std::uint32_t>(small.info.height_px)})
        for (int shift : {24, 16, 8, 0}) header += static_cast<char>(v >> shift & 0xFF);
    const char type = h.colour == PngColour::Palette ? 3 : h.colour == PngColour::Rgb ? 2 : 0;
    header += std::string{8, type, 0, 0, 0};  // depth, colour type, compression, filter, interlace
    add_chunk(png, "IHDR", header);
    if (h.colour == PngColour::Palette) {
        std::string palette;
        for (const auto& entry : h.palette) palette.append(reinterpret_cast<const char*>(entry.data()), 3);
        add_chunk(png, "PLTE", palette);
    }
    add_chunk(png, "IDAT", out->finish());
    add_chunk(png, "IEND", "");
    small.bytes = std::move(png);
    return small;
}

}  // namespace heftsatz
