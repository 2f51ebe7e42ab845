// One issue of the archive: read, keyed, and, if its key changed, laid out
// and written into its own folder of the archive: the reader PDF (the
// download), the archive PDF (PDF/A-2a, kept), a thumbnail of the cover,
// the web edition's figures and issue.json, its record. The record is
// written last: an issue whose build was cut short has none and is built
// again on the next run.
#pragma once

#include "archive/IssueRecord.h"
#include "base/Diagnostic.h"
#include "text/Lexicon.h"

#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace heftsatz {

// What every issue's build shares; the caller owns each.
struct ArchiveInputs {
    std::vector<std::filesystem::path> data_dirs;  // --data-dir
    std::string data_env;                          // HEFTSATZ_DATA
    std::string engine;                            // archive/InputKey.h engine_key()
    unsigned threads = 1;                          // per issue
    // The dictionaries, loaded only when an issue is rebuilt: an archive
    // that is up to date never waits for them. Throws InputError if they
    // cannot be loaded.
    std::function<const Lexicon&()> lexicon;
    std::mutex* renderer = nullptr;                // poppler's turn (archive/Thumbnail.h)
};

struct IssueOutcome {
    std::optional<IssueRecord> record;  // none: the issue failed; diagnostics say why
    bool rebuilt = false;               // false: its key was unchanged
    Diagnostics diagnostics;
};

// The issue in `folder` into `root`/<folder's name>/.
IssueOutcome archive_issue(const std::filesystem::path& folder, const std::filesystem::path& root,
                           const ArchiveInputs& inputs);

}  // namespace heftsatz
