// Reading what layout needs to know of an image or ad file without placing
// it: its kind, its size, and that it can be read at all. JPEG through
// libjpeg, PNG through libpng, PDF through qpdf (page 1's MediaBox).
#pragma once

#include "base/ContentCache.h"
#include "base/Result.h"

#include <filesystem>
#include <string>

namespace heftsatz {

enum class ImageKind { Jpeg, Png, Pdf };

// The largest raster image accepted (docs/limits.md): 100 megapixels (a
// full A3 page at 300 ppi is 17), so a hostile header cannot make the
// decoder allocate gigabytes.
inline constexpr unsigned long long kMaxImagePixels = 100'000'000ull;

struct ImageInfo {
    ImageKind kind = ImageKind::Jpeg;
    int width_px = 0;   // raster images
    int height_px = 0;
    double width_pt = 0;  // PDF: page 1's size
    double height_pt = 0;

    // Height over width, for keeping the aspect ratio.
    double aspect() const {
        return kind == ImageKind::Pdf ? height_pt / width_pt
                                      : static_cast<double>(height_px) / static_cast<double>(width_px);
    }
};

// An image as the PDF stage embeds it, read and checked by read_image: the
// same code that probe_image runs, so that nothing the check accepted can
// fail later in another reader (PoDoFo's own JPEG, PNG and PDF readers were
// stricter or looser than the probe, and their failures ended as internal
// errors without the file's name).
struct ImageData {
    ImageInfo info;
    // JPEG and PNG: the file's bytes, every sample of which was decoded.
    // PDF: qpdf's rewrite of the file (plain cross-reference table, no
    // object streams, lengths and offsets recomputed), which PoDoFo reads.
    std::string bytes;
    int jpeg_components = 0;  // 1 grey, 3 RGB, 4 CMYK
    // An Adobe (APP14) CMYK JPEG stores its inks inverted; others do not.
    bool jpeg_inverted = false;
    // PDF: what qpdf had to repair to read it (its first warning), or empty.
    std::string repaired;
};

// How much of a PNG read_image decodes.
enum class PngRows {
    Decoded,       // every row: damage anywhere is found here
    LeftToCaller,  // the header only: the caller decodes every row itself (the PDF stage)
};

// Reads and checks the whole file. Fails with a message naming the file if
// it is missing, of an unknown kind, damaged anywhere (every JPEG and PNG
// row is decoded, a PNG's unless `png_rows` leaves it to the caller), too
// large, encrypted (PDF) or has no pages.
Result<ImageData> read_image(const std::filesystem::path& file, PngRows png_rows = PngRows::Decoded);

// read_image's verdict and sizes, for layout.
Result<ImageInfo> probe_image(const std::filesystem::path& file);

// Verdicts of images already probed, kept by the file's SHA-256 (a damaged
// file is not kept: it is probed again, and its error given again), for a
// later reading of the issue: `watch` after an edit reads every image of
// the issue again, and decoding them is most of its reading.
using ProbeCache = ContentCache<ImageInfo>;

}  // namespace heftsatz
