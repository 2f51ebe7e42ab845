// Reads the text of elements and attributes: mixed content (text with em,
// strong, a) into Inline runs, plain text, and printed attribute values.
// Wherever text is read, control characters are removed with a warning and
// a block longer than kMaxCharactersPerBlock is refused.
#pragma once

#include "base/Diagnostic.h"
#include "manifest/Issue.h"
#include "manifest/XmlDocument.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

// Collects the text of `element` (of an article file) into a Block of
// `kind`, collapsing XML whitespace as HTML does. Unknown inline elements
// keep their text and give a warning: text is never dropped. Children of
// `element` named in `skip` are left out: the caller reads them.
Block read_block(const XmlDocument& doc, const xmlNode* element, BlockKind kind, Diagnostics& diagnostics,
                 const std::vector<std::string_view>& skip = {});

// Collapsed plain text of an element and everything in it (keywords, a
// company's text, an imprint line).
std::string read_plain(const XmlDocument& doc, const xmlNode* element, Diagnostics& diagnostics);

// An attribute whose value is printed (a section title, a company's name,
// an alt text), cleaned as text is.
std::optional<std::string> printed_attribute(const XmlDocument& doc, const xmlNode* node, const char* name,
                                             Diagnostics& diagnostics);

}  // namespace heftsatz
