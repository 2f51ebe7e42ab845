#include "pdf/Deflate.h"

#include <libdeflate.h>
#include <podofo/podofo.h>

#include <memory>
#include <new>
#include <stdexcept>

namespace heftsatz {
namespace {

struct CompressorFree {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorFree>;

constexpr int kLevel = 6;

}  // namespace

std::string deflate(std::string_view data) {
    // A compressor is a few hundred KB of tables and takes microseconds to
    // make; one per call keeps threads apart without sharing state.
    Compressor compressor(libdeflate_alloc_compressor(kLevel));
    if (!compressor) throw std::bad_alloc();
    std::string out(libdeflate_zlib_compress_bound(compressor.get(), data.size()), '\0');
    const std::size_t size =
        libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), out.data(), out.size());
    // The bound is libdeflate's own for this compressor: 0 means the
    // library broke its promise, a bug to report, not bad input.
    if (size == 0) throw std::runtime_error("libdeflate could not compress a stream");
    out.resize(size);
    // The bound is about the input's size: kept for every page until the
    // document takes them, the spare room would be most of the memory.
    out.shrink_to_fit();
    return out;
}

void set_flate_stream(PoDoFo::PdfObject& object, const std::string& deflated) {
    PoDoFo::PdfMemoryInputStream in(deflated.data(), static_cast<PoDoFo::pdf_long>(deflated.size()));
    object.GetStream()->SetRawData(&in, static_cast<PoDoFo::pdf_long>(deflated.size()));
    object.GetDictionary().AddKey("Filter", PoDoFo::PdfName("FlateDecode"));
}

}  // namespace heftsatz
