// The document's XMP metadata packet (ISO 16684-1), the catalog's /Metadata:
// the same title, author, subject, keywords, language and dates as the info
// dictionary, where PDF/A and PDF/UA readers and archive software look for
// them first. Deterministic: the dates are the manifest's, the packet has no
// instance id of the clock's.
#pragma once

#include "layout/Frame.h"

#include <string>

namespace heftsatz {

// `creator` and `producer` as in the info dictionary (xmp:CreatorTool,
// pdf:Producer).
std::string xmp_packet(const DocumentInfo& info, const std::string& creator, const std::string& producer);

}  // namespace heftsatz
