// Images as the PDF stage embeds them (read, checked and, for the reader
// profile, resampled; a PNG's samples decoded, predicted and compressed as
// its XObject holds them), kept by the file's content and what was asked of it,
// so that a later PDF of the same run reuses them: `watch` after an edit,
// the archive's second profile and its offprints. Decoding and averaging a
// 300 ppi ad is most of the reader profile's image work (bench/README.md).
//
// The key (EmbeddedImage.cpp) is the SHA-256 of the file's bytes with what
// is done to them (a JPEG decoded at so many eighths and stored at a
// quality, a PNG averaged down by a factor, or neither), so a hit is the
// very image reading gives. What is done follows from the image's pixels
// and where it is printed largest, which an edit moves more often than it
// changes the result: so the pixels are kept by the file's digest too.
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

struct ImageCache {
    ContentCache<PreparedImage> prepared;  // by file and what is done to it
    ContentCache<ImageInfo> info;          // by file: its pixels

    void drop_unused() {
        prepared.drop_unused();
        info.drop_unused();
    }
};

}  // namespace heftsatz
