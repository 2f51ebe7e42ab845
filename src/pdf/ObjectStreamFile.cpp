#include "pdf/ObjectStreamFile.h"

#include "base/Sha256.h"
#include "pdf/Deflate.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>

using namespace PoDoFo;

namespace heftsatz {
namespace {

// qpdf's choice, and PDF 1.5 readers' expectation: a reader that needs one
// object inflates the whole stream it is in.
constexpr std::size_t kObjectsPerStream = 100;

// Every object the trailer reaches, by object number: what qpdf would keep.
std::vector<PdfObject*> reachable_objects(PdfVecObjects& objects, const PdfObject& trailer) {
    std::vector<PdfObject*> found;
    std::vector<bool> seen;
    std::vector<const PdfObject*> pending{&trailer};
    auto visit_value = [&](const PdfObject& value, auto& self) -> void {
        if (value.IsReference()) {
            PdfObject* target = objects.GetObject(value.GetReference());
            if (!target) return;  // a dangling reference reads as null
            const std::size_t n = target->Reference().ObjectNumber();
            if (n >= seen.size()) seen.resize(n + 1, false);
            if (seen[n]) return;
            seen[n] = true;
            found.push_back(target);
            pending.push_back(target);
        } else if (value.IsDictionary()) {
            for (const auto& [key, entry] : value.GetDictionary().GetKeys()) self(*entry, self);
        } else if (value.IsArray()) {
            for (const PdfObject& entry : value.GetArray()) self(entry, self);
        }
    };
    // Direct values are walked where they stand, indirect objects from the
    // list, so a long chain of references does not deepen the recursion.
    while (!pending.empty()) {
        const PdfObject* object = pending.back();
        pending.pop_back();
        visit_value(*object, visit_value);
    }
    std::sort(found.begin(), found.end(), [](const PdfObject* a, const PdfObject* b) {
        return a->Reference().ObjectNumber() < b->Reference().ObjectNumber();
    });
    return found;
}

// Appends PoDoFo's compact form of `value` (no "obj" around it).
void append_value(std::string& out, const PdfVariant& value) {
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    value.Write(&device, ePdfWriteMode_Compact, nullptr);
    out.append(buffer.GetBuffer(), device.GetLength());
}

// A stream's data as the file stores it: deflated unless it has a filter
// already or is the XMP packet, which archive tools read unfiltered (PDF/A).
std::string_view stored_data(PdfObject& object) {
    // A document built in memory keeps its streams in memory.
    auto in_memory = [&object] {
        const auto* stream = dynamic_cast<const PdfMemStream*>(object.GetStream());
        if (!stream) throw std::logic_error("a PDF stream outside memory");
        return std::string_view(stream->Get(), static_cast<std::size_t>(stream->GetLength()));
    };
    PdfDictionary& dict = object.GetDictionary();
    const bool metadata = dict.HasKey("Type") && dict.GetKey("Type")->IsName() &&
                          dict.GetKey("Type")->GetName() == PdfName("Metadata");
    if (!dict.HasKey(PdfName::KeyFilter) && !metadata) set_deflated_stream(object, in_memory());
    const std::string_view data = in_memory();
    dict.AddKey(PdfName::KeyLength, PdfVariant(static_cast<pdf_int64>(data.size())));
    return data;
}

// One row of the cross-reference stream (7.5.8.3): type, then two fields
// big-endian in the widths /W gives.
struct XrefEntry {
    std::uint8_t type = 0;  // 0 free, 1 at an offset, 2 in an object stream
    std::uint64_t field2 = 0;
    std::uint32_t field3 = 0;
};

void put_big_endian(std::string& out, std::uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

// The rows with the PNG "Up" predictor (7.4.4.4): each byte less the one
// above it, so the offsets' high bytes, alike from row to row, deflate to
// almost nothing.
std::string xref_rows(const std::vector<XrefEntry>& entries, int offset_bytes) {
    const std::size_t width = 1 + static_cast<std::size_t>(offset_bytes) + 2;
    std::string plain, previous(width, '\0'), out;
    out.reserve(entries.size() * (width + 1));
    for (const XrefEntry& e : entries) {
        plain.clear();
        plain.push_back(static_cast<char>(e.type));
        put_big_endian(plain, e.field2, offset_bytes);
        put_big_endian(plain, e.field3, 2);
        out.push_back(2);  // PNG filter type Up
        for (std::size_t i = 0; i < width; ++i)
            out.push_back(static_cast<char>(static_cast<std::uint8_t>(plain[i]) - static_cast<std::uint8_t>(previous[i])));
        previous = plain;
    }
    return out;
}

std::string object_header(std::size_t number, std::uint32_t generation) {
    return std::to_string(number) + " " + std::to_string(generation) + " obj\n";
}

}  // namespace

std::string object_stream_file(PdfMemDocument& pdf) {
    PdfVecObjects& objects = pdf.GetObjects();
    const PdfObject& trailer = *pdf.GetTrailer();
    const std::vector<PdfObject*> kept = reachable_objects(objects, trailer);
    std::size_t next_number = 1;
    for (const PdfObject* object : objects)
        next_number = std::max<std::size_t>(next_number, object->Reference().ObjectNumber() + 1);

    // The binary comment marks the file as binary for transfer tools (and
    // PDF/A asks for it: four bytes above 127).
    std::string file = "%PDF-1.7\n%\xbf\xf7\xa2\xfe\n";
    std::vector<XrefEntry> xref(next_number);
    xref[0] = {0, 0, 65535};

    // Streams and objects of another generation stand on their own; every
    // other object goes into an object stream, a hundred at a time.
    std::vector<PdfObject*> packed;
    for (PdfObject* object : kept) {
        const PdfReference ref = object->Reference();
        if (!object->HasStream() && ref.GenerationNumber() == 0) {
            packed.push_back(object);
            continue;
        }
        xref[ref.ObjectNumber()] = {1, file.size(), static_cast<std::uint32_t>(ref.GenerationNumber())};
        file += object_header(ref.ObjectNumber(), ref.GenerationNumber());
        if (object->HasStream()) {
            const std::string_view data = stored_data(*object);
            append_value(file, *object);
            file += "\nstream\n";
            file.append(data);
            file += "\nendstream";
        } else {
            append_value(file, *object);
        }
        file += "\nendobj\n";
    }
    for (std::size_t first = 0; first < packed.size(); first += kObjectsPerStream) {
        const std::size_t count = std::min(kObjectsPerStream, packed.size() - first);
        const std::size_t number = next_number++;
        xref.push_back({1, file.size(), 0});
        std::string index, bodies;
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t object_number = packed[first + k]->Reference().ObjectNumber();
            xref[object_number] = {2, number, static_cast<std::uint32_t>(k)};
            index += std::to_string(object_number) + " " + std::to_string(bodies.size()) + " ";
            append_value(bodies, *packed[first + k]);
            bodies += '\n';
        }
        const std::string data = deflate(index + bodies);
        file += object_header(number, 0);
        file += "<</Type/ObjStm/N " + std::to_string(count) + "/First " + std::to_string(index.size()) +
                "/Filter/FlateDecode/Length " + std::to_string(data.size()) + ">>\nstream\n";
        file += data;
        file += "\nendstream\nendobj\n";
    }

    // The cross-reference stream is the last object; its own row points at
    // itself. The /ID is the digest of all that comes before it, so equal
    // documents get equal files and different ones different IDs.
    const std::size_t xref_number = next_number++;
    const std::size_t xref_offset = file.size();
    xref.push_back({1, xref_offset, 0});
    int offset_bytes = 1;
    while (offset_bytes < 8 && (xref_offset >> (8 * offset_bytes)) != 0) ++offset_bytes;
    const std::string id = sha256_hex(file).substr(0, 32);
    const std::string rows = deflate(xref_rows(xref, offset_bytes));
    std::string dict = "<</Type/XRef/Size " + std::to_string(xref.size()) + "/W[1 " + std::to_string(offset_bytes) +
                       " 2]/ID[<" + id + "><" + id + ">]";
    for (const char* key : {"Root", "Info"})
        if (trailer.GetDictionary().HasKey(key)) {
            dict += std::string("/") + key;
            append_value(dict, *trailer.GetDictionary().GetKey(key));
        }
    dict += "/Filter/FlateDecode/DecodeParms<</Columns " + std::to_string(1 + offset_bytes + 2) +
            "/Predictor 12>>/Length " + std::to_string(rows.size()) + ">>";
    file += object_header(xref_number, 0);
    file += dict;
    file += "\nstream\n";
    file += rows;
    file += "\nendstream\nendobj\nstartxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
    return file;
}

}  // namespace heftsatz
