// A PDF that is not linearized is written from PoDoFo's objects by
// pdf/ObjectStreamFile, not by qpdf. It must hold what qpdf's file of the
// same document holds, object for object, and nothing the document does not
// reach (the sample's PDF ad brings its whole source document along).
#include "pdf/ObjectStreamFile.h"
#include "pdf/Pdf.h"
#include "support/Support.h"

#include <catch2/catch.hpp>
#include <podofo/podofo.h>

// qpdf 11: PointerHolder is std::shared_ptr.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>

#include <fstream>
#include <map>
#include <set>
#include <string>

using namespace heftsatz;

namespace {

// Both writers' names in the producer are one name, so the two files can
// be compared where they say who wrote them.
std::string without_qpdf(std::string text) {
    const std::string with = "(PoDoFo 0.9.8, qpdf)";
    std::size_t at;
    while ((at = text.find(with)) != std::string::npos) text.replace(at, with.size(), "(PoDoFo 0.9.8)");
    return text;
}

// Walks two object graphs side by side; records where they differ. An
// indirect object of one must always meet the same one of the other.
class GraphComparison {
public:
    std::vector<std::string> differences;
    std::set<QPDFObjGen> visited_own;

    void compare(QPDFObjectHandle reference, QPDFObjectHandle own, const std::string& path) {
        if (differences.size() > 20) return;
        if (reference.isIndirect() != own.isIndirect()) return differ(path, "indirect in one file only");
        if (reference.isIndirect()) {
            auto [it, added] = pairs_.emplace(reference.getObjGen(), own.getObjGen());
            if (!added) {
                if (it->second != own.getObjGen()) differ(path, "reaches another object");
                return;
            }
            visited_own.insert(own.getObjGen());
        }
        if (reference.getTypeCode() != own.getTypeCode()) return differ(path, "another type");
        if (reference.isStream()) {
            compare_dictionaries(reference.getDict(), own.getDict(), path, {"/Length"});
            if (without_qpdf(bytes(reference)) != without_qpdf(bytes(own))) differ(path, "other stream data");
        } else if (reference.isDictionary()) {
            compare_dictionaries(reference, own, path, {});
        } else if (reference.isArray()) {
            if (reference.getArrayNItems() != own.getArrayNItems()) return differ(path, "another length");
            for (int i = 0; i < reference.getArrayNItems(); ++i)
                compare(reference.getArrayItem(i), own.getArrayItem(i), path + "[" + std::to_string(i) + "]");
        } else if (reference.isString()) {
            if (without_qpdf(reference.getUTF8Value()) != own.getUTF8Value())
                differ(path, reference.getUTF8Value() + " against " + own.getUTF8Value());
        } else if (reference.unparse() != own.unparse()) {
            differ(path, reference.unparse() + " against " + own.unparse());
        }
    }

private:
    std::map<QPDFObjGen, QPDFObjGen> pairs_;

    // Deflated data as it inflates (the two writers need not deflate alike),
    // any other (a JPEG) as it is stored.
    static std::string bytes(QPDFObjectHandle stream) {
        const bool flate = stream.getDict().getKey("/Filter").isNameAndEquals("/FlateDecode");
        auto data = flate ? stream.getStreamData(qpdf_dl_generalized) : stream.getRawStreamData();
        return {reinterpret_cast<const char*>(data->getBuffer()), data->getSize()};
    }
    void differ(const std::string& path, const std::string& what) { differences.push_back(path + ": " + what); }
    void compare_dictionaries(QPDFObjectHandle reference, QPDFObjectHandle own, const std::string& path,
                              const std::set<std::string>& skipped) {
        std::set<std::string> keys = reference.getKeys(), own_keys = own.getKeys();
        for (const std::string& k : skipped) keys.erase(k), own_keys.erase(k);
        if (keys != own_keys) return differ(path, "other keys");
        for (const std::string& key : keys) compare(reference.getKey(key), own.getKey(key), path + key);
    }
};

}  // namespace

TEST_CASE("a PDF written without qpdf holds what qpdf's file holds, and nothing unreached", "[pdf]") {
    test::LaidOut sample = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    PdfOptions options{PdfProfile::Reader, 2, 85};
    Diagnostics diagnostics;
    const std::string linearized = render_pdf(sample.doc, diagnostics, options).take();
    options.linearize = false;
    const std::string own = render_pdf(sample.doc, diagnostics, options).take();
    CHECK(render_pdf(sample.doc, diagnostics, options).take() == own);
    CHECK(own.size() < linearized.size());
    const auto file = test::process_dir("object-stream-file") / "own.pdf";
    std::ofstream(file, std::ios::binary) << own;

    QPDF reference, written;
    reference.processMemoryFile("qpdf", linearized.data(), linearized.size());
    written.processMemoryFile("own", own.data(), own.size());
    REQUIRE(reference.isLinearized());
    CHECK_FALSE(written.isLinearized());

    GraphComparison comparison;
    comparison.compare(reference.getRoot(), written.getRoot(), "Root");
    comparison.compare(reference.getTrailer().getKey("/Info"), written.getTrailer().getKey("/Info"), "Info");
    INFO((comparison.differences.empty() ? std::string() : comparison.differences.front()));
    CHECK(comparison.differences.empty());
    // Object streams and the xref stream aside, every object of the file is
    // one the document reaches.
    int containers = 0;
    for (QPDFObjectHandle object : written.getAllObjects()) {
        if (comparison.visited_own.count(object.getObjGen())) continue;
        const bool container = object.isStream() && (object.getDict().getKey("/Type").isNameAndEquals("/ObjStm") ||
                                                     object.getDict().getKey("/Type").isNameAndEquals("/XRef"));
        INFO("object " << object.getObjGen().getObj() << " is not reached");
        CHECK(container);
        containers += container;
    }
    CHECK(containers >= 2);
    CHECK(written.getTrailer().getKey("/ID").getArrayNItems() == 2);
    CHECK_FALSE(written.anyWarnings());

    // qpdf finds no fault in the file's structure or its streams.
    const test::CommandResult check = test::run("qpdf --check '" + file.string() + "'");
    INFO(check.out);
    CHECK(check.exit_code == 0);
    CHECK(check.out.find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("a stream without a filter is deflated, the XMP packet is not", "[pdf]") {
    PoDoFo::PdfMemDocument pdf;
    const std::string text = "BT /F1 12 Tf (Kommune21) Tj ET\n";
    auto add_stream = [&pdf](const char* type, const std::string& data) {
        PoDoFo::PdfObject* object = pdf.GetObjects().CreateObject(type);
        PoDoFo::PdfMemoryInputStream in(data.data(), static_cast<PoDoFo::pdf_long>(data.size()));
        object->GetStream()->SetRawData(&in, static_cast<PoDoFo::pdf_long>(data.size()));
        return object->Reference();
    };
    PoDoFo::PdfDictionary& catalog = pdf.GetCatalog()->GetDictionary();
    catalog.AddKey("Plain", add_stream("Plain", text));
    catalog.AddKey("Metadata", add_stream("Metadata", "<x:xmpmeta/>"));
    const std::string bytes = object_stream_file(pdf);

    QPDF qpdf;
    qpdf.processMemoryFile("own", bytes.data(), bytes.size());
    QPDFObjectHandle plain = qpdf.getRoot().getKey("/Plain");
    CHECK(plain.getDict().getKey("/Filter").isNameAndEquals("/FlateDecode"));
    auto data = plain.getStreamData(qpdf_dl_generalized);
    CHECK(std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()) == text);
    QPDFObjectHandle xmp = qpdf.getRoot().getKey("/Metadata");
    CHECK(xmp.getDict().getKey("/Filter").isNull());
    CHECK(bytes.find("<x:xmpmeta/>") != std::string::npos);
    CHECK_FALSE(qpdf.anyWarnings());
}
