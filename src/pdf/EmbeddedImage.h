// Images and ad pages as PDF XObjects: JPEG passed through unchanged
// (DCTDecode), PNG decoded and re-compressed by PoDoFo, and the first page
// of a PDF imported as a form XObject (vectors and fonts kept).
#pragma once

#include "layout/Frame.h"

#include <podofo/podofo.h>

#include <filesystem>
#include <map>
#include <string>

namespace heftsatz {

struct EmbeddedImage {
    std::string resource;  // "Im1", ... in the page resources
    PoDoFo::PdfReference reference;
    bool form = false;     // a PDF page: painted through its own bounding box
    double llx = 0, lly = 0, width = 0, height = 0;  // the form's box, points
};

using ImageTable = std::map<std::filesystem::path, EmbeddedImage>;

// Embeds every image the pages use, once per file, named in order of first use.
ImageTable embed_images(PoDoFo::PdfMemDocument& pdf, const std::vector<Page>& pages);

}  // namespace heftsatz
