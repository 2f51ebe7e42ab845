// Reads mixed content (text with em, strong, a) into Inline runs.
#pragma once

#include "base/Diagnostic.h"
#include "manifest/Issue.h"
#include "manifest/XmlDocument.h"

namespace heftsatz {

// Collects the text of `element` into a Block of `kind`, collapsing XML
// whitespace as HTML does. Unknown inline elements keep their text and give
// a warning: text is never dropped.
Block read_block(const XmlDocument& doc, const xmlNode* element, BlockKind kind,
                 Diagnostics& diagnostics);

// Collapsed plain text of an element (for attributes-like children such as
// keywords).
std::string read_plain(const xmlNode* element);

}  // namespace heftsatz
