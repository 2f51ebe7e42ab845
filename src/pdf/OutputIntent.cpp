#include "pdf/OutputIntent.h"

#include "base/ProgramData.h"
#include "pdf/Deflate.h"

#include <fstream>
#include <sstream>

using namespace PoDoFo;

namespace heftsatz {
namespace {

Result<IccProfile> load(const char* file, std::string condition, std::string info) {
    const std::filesystem::path path = ProgramData::get().icc / file;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    IccProfile p{bytes.str(), 0, std::move(condition), std::move(info)};
    // The header's data colour space (ICC.1, 7.2.6), bytes 16 to 19.
    const std::string space = p.data.size() >= 128 ? p.data.substr(16, 4) : "";
    p.components = space == "RGB " ? 3 : space == "CMYK" ? 4 : 0;
    if (!in || p.components == 0) {
        Diagnostic d = internal_error("the colour profile " + path.string() + " is missing or not an RGB or CMYK ICC profile");
        d.hint = "reinstall heftsatz (its data folder holds icc/), or restore data/icc/ in the source tree";
        return d;
    }
    return p;
}

}  // namespace

Result<IccProfile> srgb_profile() {
    return load("sRGB.icc", "sRGB IEC61966-2.1", "sRGB IEC61966-2.1: the colour of screens, and of the issue's images");
}

Result<IccProfile> fogra39_profile() {
    return load("FOGRA39L-coated.icc", "FOGRA39",
                "Coated FOGRA39 (ISO 12647-2:2004): sheet-fed offset on coated paper, paper types 1 and 2");
}

PdfObject* icc_stream(PdfMemDocument& pdf, const IccProfile& profile) {
    PdfObject* stream = pdf.GetObjects().CreateObject();
    stream->GetDictionary().AddKey("N", PdfVariant(static_cast<pdf_int64>(profile.components)));
    stream->GetDictionary().AddKey("Alternate", PdfName(profile.components == 4 ? "DeviceCMYK" : "DeviceRGB"));
    set_deflated_stream(*stream, profile.data);
    return stream;
}

void add_output_intent(PdfMemDocument& pdf, const char* subtype, const IccProfile& profile, PdfObject* stream) {
    PdfDictionary intent;
    intent.AddKey("Type", PdfName("OutputIntent"));
    intent.AddKey("S", PdfName(subtype));
    intent.AddKey("OutputConditionIdentifier", PdfString(profile.condition));
    intent.AddKey("RegistryName", PdfString("http://www.color.org"));
    intent.AddKey("Info", PdfString(profile.info));
    intent.AddKey("DestOutputProfile", stream->Reference());
    PdfArray intents;
    intents.push_back(intent);
    pdf.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
}

}  // namespace heftsatz
