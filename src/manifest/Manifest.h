// The manifest stage's public header: XML files in, document model out.
#pragma once

#include "base/Diagnostic.h"
#include "base/FileDigests.h"
#include "base/Result.h"
#include "manifest/Containment.h"
#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"

#include <filesystem>
#include <vector>

namespace heftsatz {

// Where layouts/ and fonts/ are looked for, in order: the issue folder, the
// --data-dir folders, $HEFTSATZ_DATA, then the installed (or source) data.
struct DataSearchPath {
    std::vector<ContainedFolder> roots;

    // `environment` is the value of HEFTSATZ_DATA (empty when unset); the
    // CLI reads it. A --data-dir that is not a folder is an error; a
    // HEFTSATZ_DATA that is not one is a warning in `diagnostics`, and the
    // search goes on without it.
    static Result<DataSearchPath> for_issue(const std::filesystem::path& issue_folder,
                                            const std::vector<std::filesystem::path>& data_dirs,
                                            const std::string& environment, Diagnostics& diagnostics);
    // The same without the environment, for tests and tools; throws
    // InputError where the other fails.
    static DataSearchPath for_issue(const std::filesystem::path& issue_folder,
                                    const std::vector<std::filesystem::path>& data_dirs);

    // The first `root / folder / file` that is a file. `file` must be a
    // bare file name, and the file found must not lead out of its root (a
    // symbolic link pointing elsewhere is refused, not skipped). `label`
    // names it in messages: layout "kommune21", font file "x.ttf".
    Result<std::filesystem::path> find(std::string_view folder, const std::string& file,
                                       const std::string& label) const;
};

// Reads issue.xml (given its folder or the file itself) and every article it
// names. Errors: file:line:col and advice; warnings go to `diagnostics`.
// With `probes`, images probed by an earlier reading are not decoded again;
// with `files` too, not even hashed again while unchanged (base/FileDigests.h).
Result<Issue> read_issue(const std::filesystem::path& issue, Diagnostics& diagnostics, ProbeCache* probes = nullptr,
                         FileDigests* files = nullptr);

// Reads layouts/<name>.xml and resolves its font files, both via `search`.
Result<LayoutSpec> read_layout(const std::string& name, const DataSearchPath& search,
                               Diagnostics& diagnostics);

}  // namespace heftsatz
