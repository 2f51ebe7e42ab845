// Images as the PDF stage embeds them (read, checked and, for the reader
// profile, resampled; a PNG's samples decoded, predicted and compressed as
// its XObject holds them), kept by the file's content and what was asked of it,
// so that a later PDF of the same run reuses them: `watch` after an edit,
// the archive's second profile and its offprints. Decoding and averaging a
// 300 ppi ad is most of the reader profile's image work (bench/README.md).
//
// The key (EmbeddedImage.cpp) is the SHA-256 of the file's bytes with the
// resampling's inputs (where the image is printed largest, the profile's
// resolution and JPEG quality), so a hit is the very image reading gives.
#pragma once

#include "base/ContentCache.h"
#include "manifest/ImageProbe.h"
#include "pdf/PngImage.h"

#include <optional>

namespace heftsatz {

struct PreparedImage {
    ImageData data;                 // a PNG's without its bytes: they are in `png`
    std::optional<PngXObject> png;  // for a PNG
};

using ImageCache = ContentCache<PreparedImage>;

}  // namespace heftsatz
