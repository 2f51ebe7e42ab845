// What heftsatz knows of each element of its input files: the attributes it
// reads and the children it expects, one table per element, all in
// Schema.cpp. Anything else is a warning with file:line and the nearest
// known name ("unknown attribute pgaes on <article> is ignored; did you mean
// pages?"). Text is never dropped: each table says what becomes of an
// unknown child's text, and the readers do just that.
#pragma once

#include "base/Diagnostic.h"
#include "manifest/XmlDocument.h"

#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

// The five kinds of input file; an element's table depends on the file
// (<article src> in issue.xml, <article id> as an article file's root).
enum class FileKind { Issue, Article, Layout, Listings, Imprint };

// What an element may hold besides its known children.
enum class Content {
    Elements,  // only elements; text directly inside is handled as `direct_text` says
    Inline,    // text with inline elements (em, strong, a), set as it stands
    Plain,     // text only; the text of any child element is kept
};

struct ElementSchema {
    std::string_view name;
    std::vector<std::string_view> attributes;
    std::vector<std::string_view> children;
    Content content = Content::Elements;
    // The warning for an unknown child, "{}" standing for its name and
    // "{parent}" for this element's; it says what becomes of the child's text.
    std::string_view unknown_child;
    // Whether an unknown child that holds anything (text, attributes,
    // children) is an error rather than a warning: in issue.xml a misspelt
    // <sectoin> would drop every article it names.
    bool unknown_child_with_content_is_error = false;
    // For Content::Elements: the warning when text stands directly inside
    // (the reader keeps it somewhere), or empty when that text has no place
    // and is an error.
    std::string_view direct_text;
};

// The table of `element` in a file of `kind`, or null for an element
// heftsatz does not know there.
const ElementSchema* element_schema(FileKind kind, std::string_view element);

// Checks `root` and everything in it against the tables of `kind`, in
// document order: a warning for every unknown attribute and every unknown
// child element (an error where the table says so), an error for text where
// it has no place. Each reader runs it once on its file, then treats
// unknown children as the tables say, silently. An unknown element's own
// content is not checked: the warning about it says what becomes of it.
void check_document(const XmlDocument& doc, const xmlNode* root, FileKind kind, Diagnostics& diagnostics);

// The known name nearest to `unknown` (case aside, by optimal string
// alignment distance: one typo in a short name, two in a longer one), or
// empty when none is close.
std::string nearest_name(std::string_view unknown, const std::vector<std::string_view>& known);

// Whether `node` holds text (other than white space) directly, not in a
// child element.
bool has_direct_text(const xmlNode* node);

}  // namespace heftsatz
