// FlateDecode data for the PDF's streams, by libdeflate.
//
// Why not zlib, as PoDoFo's own filter uses: on the 48 content streams of the
// corpus issue (2.6 MB painted), zlib's level 6 made 445 KB in 70 ms,
// libdeflate's level 6 makes 443 KB in 35 ms (its level 5: 460 KB, 25 ms;
// measured on the shared 2-core machine, stop 19). Content streams are most
// of what the PDF stage compresses, so the level that keeps files no larger
// than zlib's is taken. Whole buffers only: what must stream (PNG rows)
// keeps zlib.
#pragma once

#include <string>
#include <string_view>

namespace PoDoFo {
class PdfObject;
}

namespace heftsatz {

// `data` in the zlib format FlateDecode reads. Throws std::bad_alloc when
// memory runs out (the caller reports it, issue 8).
std::string deflate(std::string_view data);

// Makes `object`'s stream `deflated` (deflate's output), marked FlateDecode.
void set_flate_stream(PoDoFo::PdfObject& object, const std::string& deflated);
// The same for bytes not yet compressed.
inline void set_deflated_stream(PoDoFo::PdfObject& object, std::string_view data) {
    set_flate_stream(object, deflate(data));
}

}  // namespace heftsatz
