// Reading what layout needs to know of an image or ad file without placing
// it: its kind, its size, and that it can be read at all. JPEG through
// libjpeg, PNG through libpng, PDF through qpdf (page 1's MediaBox).
#pragma once

#include "base/Result.h"

#include <filesystem>

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

// Fails with a message naming the file if it is missing, of an unknown
// kind, truncated at its header, encrypted (PDF) or has no pages.
Result<ImageInfo> probe_image(const std::filesystem::path& file);

}  // namespace heftsatz
