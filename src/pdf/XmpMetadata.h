// The document's XMP metadata packet (ISO 16684-1), the catalog's /Metadata:
// the same title, author, subject, keywords, language and dates as the info
// dictionary, where PDF/A and PDF/UA readers and archive software look for
// them first. Deterministic: the dates are the manifest's, the packet has no
// instance id of the clock's.
#pragma once

#include "layout/Frame.h"

#include <string>

namespace heftsatz {

// The standards a file says it follows, where their checkers look.
struct XmpClaims {
    int pdfa_part = 0;             // pdfaid:part (2: PDF/A-2), 0: none
    std::string pdfa_conformance;  // pdfaid:conformance ("A")
    bool pdfua = false;            // pdfuaid:part 1
    std::string pdfx;              // pdfxid:GTS_PDFXVersion ("PDF/X-4"), or empty
    bool untrapped = false;        // pdf:Trapped False (PDF/X asks for it)
};

// `creator` and `producer` as in the info dictionary (xmp:CreatorTool,
// pdf:Producer).
std::string xmp_packet(const DocumentInfo& info, const std::string& creator, const std::string& producer,
                       const XmpClaims& claims = {});

}  // namespace heftsatz
