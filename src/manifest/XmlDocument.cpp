#include "manifest/XmlDocument.h"

#include "base/FileError.h"
#include "manifest/InputLimits.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <fstream>
#include <mutex>
#include <sstream>

namespace heftsatz {
namespace {

// libxml2 makes its global state (and the lock guarding each thread's) on
// first use, which two threads must not do at once: its documentation asks
// for xmlInitParser before threads parse. The archive reads issues on
// several threads (ThreadSanitizer caught the race in xmlInitializeGlobalState).
void init_libxml2() {
    static std::once_flag done;
    std::call_once(done, [] { xmlInitParser(); });
}

struct ParserCtxtFree {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

// The line and column (1-based) of byte `pos` of `text`.
std::pair<int, int> line_and_column(const std::string& text, std::size_t pos) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < pos; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    return {line, static_cast<int>(pos - line_start) + 1};
}

// Where a DOCTYPE starts, as line and column, if the text has one.
std::optional<std::pair<int, int>> find_doctype(const std::string& text) {
    auto pos = text.find("<!DOCTYPE");
    if (pos == std::string::npos) return std::nullopt;
    return line_and_column(text, pos);
}

// libxml2 keeps only the last error, which for an unclosed element is
// "premature end of data" at the end of the file; the first error is where
// the editor has to look.
struct FirstError {
    bool seen = false;
    std::string message;
    int line = 0;
    int column = 0;
};

void record_first_error(void* user, xmlError* error) {
    auto* ctxt = static_cast<xmlParserCtxt*>(user);
    auto* first = ctxt ? static_cast<FirstError*>(ctxt->_private) : nullptr;
    if (!first || first->seen || !error || error->level < XML_ERR_ERROR) return;
    first->seen = true;
    first->message = error->message ? error->message : "";
    first->line = error->line;
    first->column = error->int2;
}

// libxml2 reports encoding trouble ("input conversion failed") through its
// generic error channel even with XML_PARSE_NOERROR; the parse result says
// the same, and only the CLI prints.
void ignore_generic_error(void*, const char*, ...) {}

std::string trim_message(std::string m) {
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    for (char& c : m)
        if (c == '\n') c = ';';
    return m;
}

// libxml2's limits, which its messages explain by an option of its API
// ("use XML_PARSE_HUGE option") that a user cannot set (issue 8): the limit
// in words, and what to do in the file.
struct PlainLimit {
    const char* libxml2;  // a fragment of libxml2's message (2.9.14)
    const char* message;
    const char* hint;
};
constexpr PlainLimit kPlainLimits[] = {
    {"Excessive depth in document", "elements are nested more than 256 deep, the XML reader's limit",
     "close elements before opening new ones; articles need only a few levels"},
    {"huge text node", "a text without markup is longer than the XML reader's limit of 10,000,000 characters",
     "split the text into paragraphs (<p>) and articles"},
    {"Name too long", "an element or attribute name is longer than the XML reader's limit of 50,000 characters",
     "check the markup at this place; names are words like p or article"},
    {"AttValue length too long", "an attribute value is longer than the XML reader's limit of 10,000,000 characters",
     "shorten the attribute at this place"},
};

const PlainLimit* plain_limit(const std::string& message) {
    for (const PlainLimit& limit : kPlainLimits)
        if (message.find(limit.libxml2) != std::string::npos) return &limit;
    return nullptr;
}

}  // namespace

XmlDocument::XmlDocument(XmlDocPtr doc, std::filesystem::path path, std::string text)
    : doc_(std::move(doc)), path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

Result<XmlDocument> XmlDocument::load(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        // "not found" only when it is not there: a folder without read or
        // search permission is another problem with another fix (issue 8).
        if (ec && ec != std::errc::no_such_file_or_directory)
            return error("cannot read the file: " + file_error_words(ec), "check the permissions of the file and its folders")
                .at({path.string(), 0, 0});
        return error("file not found: " + path.string(),
                     "check the path; it is relative to the file that names it")
            .at({path.string(), 0, 0});
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxXmlBytes)
        return error("the file is " + std::to_string(size / (1024 * 1024)) + " MB, larger than the limit of " +
                         std::to_string(kMaxXmlBytes / (1024 * 1024)) + " MB for one XML file",
                     "split the text into several articles; see docs/limits.md")
            .at({path.string(), 0, 0});
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open())  // errno is open(2)'s
        return error("cannot read the file: " + file_error_words(errno), "check the permissions of the file and its folders")
            .at({path.string(), 0, 0});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof())
        return error("cannot read the file: " + file_error_words(errno), "check the disk and the file").at({path.string(), 0, 0});
    return parse(buffer.str(), path);
}

Result<XmlDocument> XmlDocument::parse(std::string text, const std::filesystem::path& path) {
    const std::string file = path.string();
    if (text.empty())
        return error("the file is empty", "an XML file needs at least a root element")
            .at({file, 1, 1});
    if (auto doctype = find_doctype(text))
        return error("DOCTYPE declarations are not allowed",
                     "remove the <!DOCTYPE ...> line; heftsatz reads no DTDs and expands no "
                     "entities (write characters directly in UTF-8)")
            .at({file, doctype->first, doctype->second});
    if (auto excess = find_attribute_excess(text)) {
        const auto [line, column] = line_and_column(text, excess->offset);
        return error("<" + excess->element + "> has " + with_thousands(excess->attributes) +
                         " attributes, more than the limit of " + with_thousands(kMaxAttributesPerElement) +
                         " per element",
                     "remove the attributes heftsatz does not read (see docs/formats.md and docs/limits.md)")
            .at({file, line, column});
    }
    if (text.size() > static_cast<std::size_t>(INT_MAX))
        return error("the file is too large for the XML parser").at({file, 0, 0});

    init_libxml2();
    xmlSetGenericErrorFunc(nullptr, ignore_generic_error);  // this thread's channel
    std::unique_ptr<xmlParserCtxt, ParserCtxtFree> ctxt(xmlNewParserCtxt());
    if (!ctxt) return error("out of memory creating the XML parser").at({file, 0, 0});
    // NONET: never fetch anything. NOERROR/NOWARNING: libxml2 must not print;
    // we report its error ourselves. Deliberately absent: NOENT, DTDLOAD, HUGE.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    FirstError first;
    ctxt->_private = &first;
    ctxt->sax->serror = record_first_error;
    // No encoding is forced: the XML declaration's (UTF-8 when there is none) is used.
    XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), text.data(), static_cast<int>(text.size()),
                                    file.c_str(), nullptr, options));
    if (!doc || !ctxt->wellFormed) {
        const xmlError* err = xmlCtxtGetLastError(ctxt.get());
        std::string message = first.seen ? first.message : err && err->message ? err->message : "";
        message = message.empty() ? "malformed XML" : trim_message(message);
        int line = first.seen ? first.line : err ? err->line : 0;
        int col = first.seen ? first.column : err ? err->int2 : 0;
        if (const PlainLimit* limit = plain_limit(message))
            return error(limit->message, limit->hint).at({file, line, col});
        return error("malformed XML: " + message,
                     "fix the markup at this place; every element must be closed and text must "
                     "be UTF-8 (escape & as &amp; and < as &lt;)")
            .at({file, line, col});
    }
    if (doc->intSubset || doc->extSubset)
        return error("DTDs are not allowed", "remove the DOCTYPE declaration").at({file, 1, 1});
    if (!xmlDocGetRootElement(doc.get()))
        return error("the file has no root element").at({file, 1, 1});
    return XmlDocument(std::move(doc), path, std::move(text));
}

const xmlNode* XmlDocument::root_named(std::string_view name, const std::string& hint) const {
    const xmlNode* node = root();
    if (node_name(node) != name)
        throw InputError{error("the root element is <" + std::string(node_name(node)) + ">, expected <" +
                                   std::string(name) + ">",
                               hint)
                             .at(locate(node))};
    return node;
}

SourceLocation XmlDocument::locate(const xmlNode* node) const {
    SourceLocation loc{path_.string(), static_cast<int>(xmlGetLineNo(node)), 0};
    if (loc.line <= 0 || static_cast<std::size_t>(loc.line) > line_starts_.size()) {
        loc.line = std::max(loc.line, 0);
        return loc;
    }
    std::size_t begin = line_starts_[static_cast<std::size_t>(loc.line - 1)];
    std::size_t end = static_cast<std::size_t>(loc.line) < line_starts_.size()
                          ? line_starts_[static_cast<std::size_t>(loc.line)]
                          : text_.size();
    std::string tag(1, '<');  // built by append: GCC 12 misreports "<" + string (-Wrestrict)
    tag += node_name(node);
    auto pos = std::string_view(text_).substr(begin, end - begin).find(tag);
    loc.column = pos == std::string_view::npos ? 1 : static_cast<int>(pos) + 1;
    return loc;
}

std::string_view node_name(const xmlNode* node) {
    return node && node->name ? reinterpret_cast<const char*>(node->name) : "";
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return std::nullopt;
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

std::vector<xmlNode*> child_elements(const xmlNode* node) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) out.push_back(c);
    return out;
}

}  // namespace heftsatz
