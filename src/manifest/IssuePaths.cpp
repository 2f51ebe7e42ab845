#include "manifest/IssuePaths.h"

namespace heftsatz {

Result<std::filesystem::path> resolve_inside(const std::filesystem::path& issue_folder,
                                             const std::filesystem::path& naming_file,
                                             const std::string& relative) {
    namespace fs = std::filesystem;
    if (relative.empty()) return error("empty path", "name a file relative to this one");
    fs::path rel(relative);
    if (rel.is_absolute())
        return error("absolute path \"" + relative + "\" is not allowed",
                     "name the file relative to this manifest, inside the issue folder");
    std::error_code ec;
    fs::path root = fs::weakly_canonical(issue_folder, ec);
    fs::path target = fs::weakly_canonical(naming_file.parent_path() / rel, ec);
    if (ec) return error("cannot resolve path \"" + relative + "\": " + ec.message());
    auto mismatch = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    if (mismatch.first != root.end())
        return error("path \"" + relative + "\" leads outside the issue folder",
                     "keep every file the issue uses inside " + issue_folder.string() +
                         " (no ../ and no symbolic links pointing out)");
    return target;
}

}  // namespace heftsatz
