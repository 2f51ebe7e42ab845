// Resolving paths that manifests name: relative to the naming file, and
// never outside the issue's folder (no ../, no absolute paths, no symlinks
// that point out).
#pragma once

#include "base/Result.h"

#include <filesystem>
#include <string>

namespace heftsatz {

// Resolves `relative` against the folder of `naming_file`; fails if the
// result (after following symlinks) leaves `issue_folder`.
Result<std::filesystem::path> resolve_inside(const std::filesystem::path& issue_folder,
                                             const std::filesystem::path& naming_file,
                                             const std::string& relative);

}  // namespace heftsatz
