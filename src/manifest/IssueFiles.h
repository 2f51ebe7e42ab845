// What the readers of one issue share: the folder every file must come
// from, the warnings, the images already probed and the running counts the
// issue-wide limits apply to. Internal to manifest/.
#pragma once

#include "base/Diagnostic.h"
#include "base/FileDigests.h"
#include "manifest/Containment.h"
#include "manifest/Issue.h"
#include "manifest/XmlDocument.h"

#include <filesystem>
#include <map>
#include <string>

namespace heftsatz {

struct IssueFiles {
    ContainedFolder folder;
    Diagnostics& diagnostics;
    // An image named many times (a logo, a figure used twice) is decoded once.
    std::map<std::filesystem::path, ImageInfo> probed;
    std::size_t blocks = 0;   // of the articles read so far (kMaxBlocksPerIssue)
    std::size_t figures = 0;  // (kMaxFiguresPerIssue)
    ProbeCache* cache = nullptr;    // verdicts of an earlier reading, if given
    FileDigests* digests = nullptr;  // with `cache`: the images' digests, if kept

    // The file `src` names from `doc`, under the containment rule; throws
    // InputError at `node` if it leaves the issue or does not exist.
    std::filesystem::path existing_file(const XmlDocument& doc, const xmlNode* node, const std::string& src,
                                        const char* what) const;
    // The image's kind and size; throws InputError at `node` if it is damaged.
    const ImageInfo& probe(const XmlDocument& doc, const xmlNode* node, const std::filesystem::path& file);
};

// A required attribute; throws InputError with an example if it is missing.
std::string required(const XmlDocument& doc, const xmlNode* node, const char* name, const char* example);
// A required attribute that is printed, cleaned as text (InlineReader.h).
std::string required_text(const XmlDocument& doc, const xmlNode* node, const char* name, const char* example,
                          Diagnostics& diagnostics);
int required_int(const XmlDocument& doc, const xmlNode* node, const char* name, const char* example);

// Throws "<holder> has <count> <things>, more than the limit of <limit>
// <per>" (InputLimits.h) at `where`.
[[noreturn]] void refuse_over_limit(const std::string& holder, std::size_t count, const std::string& things,
                                    std::size_t limit, const std::string& per, const std::string& hint,
                                    const SourceLocation& where);

Article read_article(IssueFiles& files, const Issue& issue, const std::filesystem::path& file);
Listings read_listings(IssueFiles& files, const XmlDocument& doc, const xmlNode* node);
Imprint read_imprint(IssueFiles& files, const XmlDocument& doc, const xmlNode* node);

}  // namespace heftsatz
