// Output intents (ISO 32000-1, 14.11.5): the colour the file's device
// colours mean. PDF/A-2 needs one for its RGB content (sRGB, GTS_PDFA1);
// PDF/X-4 the printing condition (FOGRA39, coated offset, GTS_PDFX). The
// ICC profiles are data files copied in from Debian (data/icc/README.md).
#pragma once

#include "base/Result.h"

#include <podofo/podofo.h>

#include <filesystem>
#include <string>

namespace heftsatz {

struct IccProfile {
    std::string data;                 // the profile's bytes
    int components = 0;               // 3 (RGB) or 4 (CMYK), from its header
    std::string condition;            // /OutputConditionIdentifier
    std::string info;                 // /Info: the condition in words
};

// The sRGB profile and the FOGRA39 coated offset profile heftsatz ships.
Result<IccProfile> srgb_profile();
Result<IccProfile> fogra39_profile();

// The profile as an ICC-based colour space's stream (also for /DefaultRGB).
PoDoFo::PdfObject* icc_stream(PoDoFo::PdfMemDocument& pdf, const IccProfile& profile);

// Adds /OutputIntents to the catalog: `subtype` is GTS_PDFA1 or GTS_PDFX.
void add_output_intent(PoDoFo::PdfMemDocument& pdf, const char* subtype, const IccProfile& profile,
                       PoDoFo::PdfObject* stream);

}  // namespace heftsatz
