// Reads the imprint: <imprint src="imprint.xml"/>, or the same elements
// inline in issue.xml.
#include "manifest/InlineReader.h"
#include "manifest/InputLimits.h"
#include "manifest/IssueFiles.h"
#include "manifest/Schema.h"

#include <optional>

namespace heftsatz {
namespace {

// A line given twice is kept twice, joined.
void add_to(std::string& field, const std::string& text) {
    if (text.empty()) return;
    field += (field.empty() ? "" : ", ") + text;
}

}  // namespace

Imprint read_imprint(IssueFiles& files, const XmlDocument& doc, const xmlNode* node) {
    Diagnostics& diagnostics = files.diagnostics;
    std::optional<XmlDocument> own;
    const XmlDocument* from = &doc;
    const xmlNode* root = node;
    if (auto src = attribute(node, "src")) {
        if (!child_elements(node).empty())
            throw InputError{error("<imprint> names a file and holds elements as well; only the file would be set",
                                   "move the elements into " + *src + ", or remove src=\"" + *src + "\"")
                                 .at(doc.locate(node))};
        own.emplace(XmlDocument::load(files.existing_file(doc, node, *src, "imprint file")).take());
        from = &*own;
        root = own->root_named("imprint", "an imprint file starts with <imprint>");
        check_document(*from, root, FileKind::Imprint, diagnostics);
    }
    Imprint imprint;
    imprint.where = from->locate(root);
    std::string unknown;  // set after the copyright line, as the schema's warning says
    for (const xmlNode* c : child_elements(root)) {
        const auto name = node_name(c);
        const std::string text = read_plain(*from, c, diagnostics);
        if (name == "publisher") add_to(imprint.publisher, text);
        else if (name == "address") add_to(imprint.address, text);
        else if (name == "phone") add_to(imprint.phone, text);
        else if (name == "web") add_to(imprint.web, text);
        else if (name == "email") add_to(imprint.email, text);
        else if (name == "responsible") add_to(imprint.responsible, text);
        else if (name == "advertising") add_to(imprint.advertising, text);
        else if (name == "printer") add_to(imprint.printer, text);
        else if (name == "editor")
            imprint.editors.emplace_back(printed_attribute(*from, c, "role", diagnostics).value_or("Redaktion"), text);
        else if (name == "issn") add_to(imprint.issn, text);
        else if (name == "print-run") add_to(imprint.print_run, text);
        else if (name == "frequency") add_to(imprint.frequency, text);
        else if (name == "copyright") add_to(imprint.copyright, text);
        else if (!text.empty()) unknown += (unknown.empty() ? "" : " ") + text;
    }
    if (!unknown.empty()) imprint.copyright += (imprint.copyright.empty() ? "" : " ") + unknown;
    // The imprint is one page, and its editors are set as one block.
    std::size_t characters = count_characters(imprint.publisher) + count_characters(imprint.address) +
                             count_characters(imprint.phone) + count_characters(imprint.web) +
                             count_characters(imprint.email) + count_characters(imprint.responsible) +
                             count_characters(imprint.advertising) + count_characters(imprint.printer) +
                             count_characters(imprint.issn) + count_characters(imprint.print_run) +
                             count_characters(imprint.frequency) + count_characters(imprint.copyright);
    for (const auto& [role, name] : imprint.editors) characters += count_characters(role) + count_characters(name);
    if (characters > kMaxCharactersPerBlock)
        refuse_over_limit("the imprint", characters, "characters", kMaxCharactersPerBlock,
                          "(the limit for one block of text)", "an imprint names the publisher and the editors",
                          imprint.where);
    if (imprint.publisher.empty())
        throw InputError{error("the imprint has no <publisher>", "German press law requires the publisher's name")
                             .at(imprint.where)};
    return imprint;
}

}  // namespace heftsatz
