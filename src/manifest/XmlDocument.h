// A parsed XML file, read safely: no network, no DTD, no entities.
//
// Manifests come from editors, agencies and pull requests, so the parser is
// locked down: a DOCTYPE of any kind is refused before libxml2 sees it (that
// rules out external entities, parameter entities and "billion laughs"), and
// libxml2 runs with XML_PARSE_NONET and without XML_PARSE_NOENT/DTDLOAD.
#pragma once

#include "base/Diagnostic.h"
#include "base/Result.h"

#include <libxml/tree.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

struct XmlDocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// The largest XML file read (docs/limits.md): a long article is about
// 50 KB, so this leaves room for anything an editor writes and stops a
// runaway file before it costs memory.
inline constexpr std::uintmax_t kMaxXmlBytes = 8u * 1024 * 1024;

class XmlDocument {
public:
    // Reads and parses `path`. Errors carry path:line:col and advice.
    static Result<XmlDocument> load(const std::filesystem::path& path);
    static Result<XmlDocument> parse(std::string text, const std::filesystem::path& path);

    xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }
    // The root element, which must be <name>; throws InputError with `hint`.
    const xmlNode* root_named(std::string_view name, const std::string& hint) const;
    const std::filesystem::path& path() const { return path_; }

    // The node's place in the source. libxml2 keeps only the line; the column
    // is found by looking for the element's start tag on that line.
    SourceLocation locate(const xmlNode* node) const;

private:
    XmlDocument(XmlDocPtr doc, std::filesystem::path path, std::string text);

    XmlDocPtr doc_;
    std::filesystem::path path_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

// Small accessors for element-level reading.
std::string_view node_name(const xmlNode* node);
std::optional<std::string> attribute(const xmlNode* node, const char* name);
std::vector<xmlNode*> child_elements(const xmlNode* node);

}  // namespace heftsatz
