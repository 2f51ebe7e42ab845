#include "pdf/XmpMetadata.h"

#include "base/MarkupText.h"
#include "base/UtcTime.h"

namespace heftsatz {
namespace {

std::string xmp_date(long long epoch) { return utc_time(epoch, "%Y-%m-%dT%H:%M:%SZ"); }

// A language alternative (dc:title, dc:description): one entry, the
// document's language as the default.
std::string alternative(const std::string& element, const std::string& text, const std::string& lang) {
    return "   <" + element + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + markup_escaped(text) +
           "</rdf:li>" + (lang.empty() ? "" : "<rdf:li xml:lang=\"" + markup_escaped(lang) + "\">" + markup_escaped(text) + "</rdf:li>") +
           "</rdf:Alt></" + element + ">\n";
}

// PDF/A-2 allows only the XMP schemas it names unless a file describes the
// others in an extension schema (ISO 19005-2, 6.6.2.3.3): pdfuaid is not
// among them.
std::string pdfua_extension_schema() {
    return "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
           "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
           "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
           "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
           "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
           "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
           "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
           "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
           "     <pdfaProperty:name>part</pdfaProperty:name>\n"
           "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
           "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
           "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
           "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
           "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
           "  </rdf:Description>\n";
}

}  // namespace

std::string xmp_packet(const DocumentInfo& info, const std::string& creator, const std::string& producer,
                       const XmpClaims& claims) {
    const std::string date = xmp_date(info.epoch);
    std::string x;
    // The byte order mark in the begin attribute and the id are the XMP
    // standard's fixed values.
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\"\n";
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += alternative("dc:title", info.title, info.lang);
    if (!info.author.empty())
        x += "   <dc:creator><rdf:Seq><rdf:li>" + markup_escaped(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.subject.empty()) x += alternative("dc:description", info.subject, info.lang);
    if (!info.lang.empty()) x += "   <dc:language><rdf:Bag><rdf:li>" + markup_escaped(info.lang) + "</rdf:li></rdf:Bag></dc:language>\n";
    x += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    x += "   <xmp:CreatorTool>" + markup_escaped(creator) + "</xmp:CreatorTool>\n";
    x += "   <pdf:Producer>" + markup_escaped(producer) + "</pdf:Producer>\n";
    if (!info.keywords.empty()) x += "   <pdf:Keywords>" + markup_escaped(info.keywords) + "</pdf:Keywords>\n";
    if (claims.untrapped) x += "   <pdf:Trapped>False</pdf:Trapped>\n";
    x += "  </rdf:Description>\n";
    if (claims.pdfa_part > 0) {
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
        x += "   <pdfaid:part>" + std::to_string(claims.pdfa_part) + "</pdfaid:part>\n";
        x += "   <pdfaid:conformance>" + markup_escaped(claims.pdfa_conformance) + "</pdfaid:conformance>\n";
        x += "  </rdf:Description>\n";
    }
    if (claims.pdfua) {
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
        x += "   <pdfuaid:part>1</pdfuaid:part>\n";
        x += "  </rdf:Description>\n";
        if (claims.pdfa_part > 0) x += pdfua_extension_schema();
    }
    if (!claims.pdfx.empty()) {
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n";
        x += "   <pdfxid:GTS_PDFXVersion>" + markup_escaped(claims.pdfx) + "</pdfxid:GTS_PDFXVersion>\n";
        x += "  </rdf:Description>\n";
    }
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    // Room to edit the packet in place, as the standard recommends.
    for (int i = 0; i < 20; ++i) x += std::string(99, ' ') + "\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace heftsatz
