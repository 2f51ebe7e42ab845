// The manifest stage's public header: XML files in, document model out.
#pragma once

#include "base/Diagnostic.h"
#include "base/Result.h"
#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"

#include <filesystem>
#include <vector>

namespace heftsatz {

// Where layouts/ and fonts/ are looked for, in order: the issue folder, the
// --data-dir folders, $HEFTSATZ_DATA, then the installed (or source) data.
struct DataSearchPath {
    std::vector<std::filesystem::path> roots;

    static DataSearchPath for_issue(const std::filesystem::path& issue_folder,
                                    const std::vector<std::filesystem::path>& data_dirs);
    // The first existing `roots[i] / relative`, if any.
    std::filesystem::path find(const std::filesystem::path& relative) const;
};

// Reads issue.xml (given its folder or the file itself) and every article it
// names. Errors: file:line:col and advice; warnings go to `diagnostics`.
Result<Issue> read_issue(const std::filesystem::path& issue, Diagnostics& diagnostics);

// Reads layouts/<name>.xml and resolves its font files, both via `search`.
Result<LayoutSpec> read_layout(const std::string& name, const DataSearchPath& search,
                               Diagnostics& diagnostics);

}  // namespace heftsatz
