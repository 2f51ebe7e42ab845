// A PNG as a PDF image XObject, built from the samples the shared decoder
// (manifest/PngReader) gives: the colour in the PNG's own colour type and
// bit depth (grey, RGB or an indexed palette; 1 to 16 bits), and its
// transparency (an alpha channel, a palette's tRNS alphas or a tRNS colour
// key) as a soft mask of the same size. PoDoFo's own PNG loader got the
// mask of 16-bit and palette PNGs wrong and stored the samples unfiltered.
#pragma once

#include "base/Result.h"
#include "manifest/ImageProbe.h"
#include "manifest/PngReader.h"

#include <podofo/podofo.h>

#include <optional>

namespace heftsatz {

// A PNG as the PDF holds it, made in two steps (plan, then execute): the
// samples are decoded and compressed on any thread, and kept (pdf/
// ImageCache.h), then added to a document.
struct PngXObject {
    int width = 0, height = 0;
    PngColour colour = PngColour::Gray;
    std::string palette;  // RGB triples, for an indexed image
    int colours = 1, bits = 8;
    std::string samples;  // Flate, PNG-predicted (/Predictor 15)
    int mask_bits = 0;    // 0: no soft mask
    std::string mask;     // the soft mask's samples, compressed alike
};

// Fails if `data` does not decode (the file changed since it was checked).
Result<PngXObject> prepare_png(const ImageData& data);
// Adds the XObject (and its /SMask) to `pdf`.
PoDoFo::PdfReference add_png(PoDoFo::PdfMemDocument& pdf, const PngXObject& png);

// The PNG with `factor` times fewer pixels each way (BlockAverage), as a
// PNG file of its own: averaged in RGB or grey, a palette image's pixels
// mapped back to the nearest colour of its own palette, so it stays a small
// indexed image. Nothing if the PNG has transparency or 16-bit samples (it
// is then embedded as it is). Touches no document: it runs on any thread.
std::optional<ImageData> resampled_png(const ImageData& data, int factor);

}  // namespace heftsatz
