// What one PDF of a run leaves for the next (`watch` after an edit, the
// archive's second profile and its offprints, --all-profiles), kept by
// content so that a hit is byte for byte what the work would make:
//   - images read, checked and resampled (pdf/ImageCache.h);
//   - content streams compressed, by the SHA-256 of the painted page. The
//     reader and archive profiles paint most pages alike, and an edit in
//     `watch` changes a few pages of many; painting is cheap next to
//     compressing (about a third of the two);
//   - fonts subset, with their widths and compressed streams, by the font's
//     digest and the glyphs (pdf/EmbeddedFont.h): an edit seldom brings a
//     glyph the issue did not have, and the archive's second profile uses
//     the same glyphs as the first.
#pragma once

#include "base/ContentCache.h"
#include "base/FileDigests.h"
#include "pdf/EmbeddedFont.h"
#include "pdf/ImageCache.h"

#include <string>

namespace heftsatz {

struct PdfCaches {
    ImageCache images;
    ContentCache<std::string> streams;
    PreparedFontCache fonts;
    // The image files' digests, kept while the files are unchanged, if the
    // run keeps them (`watch`: base/FileDigests.h); not owned.
    FileDigests* files = nullptr;

    // Between runs: forgets what the last run did not use.
    void drop_unused() {
        images.drop_unused();
        streams.drop_unused();
        fonts.drop_unused();
    }
};

}  // namespace heftsatz
