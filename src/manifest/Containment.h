// The one rule for every path an input names (docs/limits.md, "Paths").
//
// A file named by a manifest (article, image, ad, listings, imprint, logo) is
// resolved from the folder of the file that names it and must stay inside the
// issue folder. A layout or font is named by a bare file name and is found in
// layouts/ or fonts/ of a data folder (the issue folder, --data-dir,
// HEFTSATZ_DATA, the installed data), which it must not leave either.
// "Inside" is decided on canonical paths, so ../, absolute paths and symbolic
// links that point out are all refused, and an issue folder given as the
// empty path (cd I && heftsatz build issue.xml) is the current folder, not
// "no folder at all".
#pragma once

#include "base/Result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace heftsatz {

// A folder that files may be taken from: as the user named it (for opening
// files and for messages, so relative stays relative) and canonical (for
// the containment test).
class ContainedFolder {
public:
    // Fails if `folder` is not an existing folder. The empty path is ".".
    static Result<ContainedFolder> of(const std::filesystem::path& folder);

    const std::filesystem::path& path() const { return path_; }
    const std::filesystem::path& canonical() const { return canonical_; }

    // Whether `file`, with every symbolic link on its way followed, lies
    // inside this folder. A file that does not exist is judged by the part
    // of its path that does.
    bool holds(const std::filesystem::path& file) const;

private:
    ContainedFolder(std::filesystem::path path, std::filesystem::path canonical)
        : path_(std::move(path)), canonical_(std::move(canonical)) {}

    std::filesystem::path path_;
    std::filesystem::path canonical_;
};

// A path a manifest names: `relative` is taken from the folder of
// `naming_file` and must stay inside `issue`. Returns the path to open,
// lexically normalized and relative if the naming file's path is.
Result<std::filesystem::path> resolve_inside(const ContainedFolder& issue,
                                             const std::filesystem::path& naming_file,
                                             const std::string& relative);

// A layout or font name must be a bare file name: no folder, no "..", not
// absolute, not empty. `label` names it in the message: font file "x.ttf".
std::optional<Diagnostic> check_bare_name(const std::string& name, std::string_view label);

}  // namespace heftsatz
