// PoDoFo values made from the engine's types, for the PDF stage's files.
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace heftsatz {

// A text string from UTF-8 (PoDoFo stores it as PDFDocEncoding when it can,
// else as UTF-16BE).
inline PoDoFo::PdfString utf8(const std::string& s) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(s.c_str()));
}

inline PoDoFo::PdfObject integer(long long v) { return PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(v)); }

}  // namespace heftsatz
