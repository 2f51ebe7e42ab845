// Writes a finished PoDoFo document as the final file itself, with object
// streams and a cross-reference stream (PDF 1.5, ISO 32000-1, 7.5.7 and
// 7.5.8), for the PDFs that are not linearized.
//
// Why not through qpdf, as the linearized reader PDF is: PoDoFo 0.9.8 writes
// neither object streams nor a correct xref stream, so qpdf had to parse
// PoDoFo's file again and write it once more, about 37 µs per object. The
// objects are already in memory here; this writes them once, as qpdf would
// have kept them: only what the trailer reaches (an ad's imported page brings
// its whole source document along), every stream but the XMP compressed, and
// an /ID derived from the bytes.
#pragma once

#include <string>

namespace PoDoFo {
class PdfMemDocument;
}

namespace heftsatz {

// The file's bytes. Streams that have no filter are deflated in `pdf` as
// they are written; `pdf` is not meant to be written again.
std::string object_stream_file(PoDoFo::PdfMemDocument& pdf);

}  // namespace heftsatz
