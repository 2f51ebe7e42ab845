#include "manifest/Containment.h"

#include <algorithm>

namespace heftsatz {

namespace fs = std::filesystem;

Result<ContainedFolder> ContainedFolder::of(const fs::path& folder) {
    fs::path path = folder.empty() ? fs::path(".") : folder;
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return error("\"" + path.string() + "\" is not a folder");
    // canonical, not weakly_canonical: the folder exists, and its real place
    // is the boundary, whatever links lead to it.
    fs::path canonical = fs::canonical(path, ec);
    if (ec) return error("cannot resolve the folder \"" + path.string() + "\": " + ec.message());
    return ContainedFolder(std::move(path), std::move(canonical));
}

bool ContainedFolder::holds(const fs::path& file) const {
    std::error_code ec;
    const fs::path absolute = fs::absolute(file, ec);
    if (ec) return false;
    const fs::path target = fs::weakly_canonical(absolute, ec);
    if (ec) return false;
    // Compared element by element: "/issues/2020-12b" is not inside "/issues/2020-12".
    return std::mismatch(canonical_.begin(), canonical_.end(), target.begin(), target.end()).first ==
           canonical_.end();
}

Result<fs::path> resolve_inside(const ContainedFolder& issue, const fs::path& naming_file,
                                const std::string& relative) {
    if (relative.empty()) return error("empty path", "name a file relative to this one");
    const fs::path rel(relative);
    if (rel.is_absolute())
        return error("absolute path \"" + relative + "\" is not allowed",
                     "name the file relative to this manifest, inside the issue folder");
    fs::path target = (naming_file.parent_path() / rel).lexically_normal();
    if (target.empty()) target = ".";
    if (!issue.holds(target))
        return error("path \"" + relative + "\" leads outside the issue folder",
                     "keep every file the issue uses inside its folder, " +
                         (issue.path() == "." ? std::string("the current folder") : issue.path().string()) +
                         " (no ../ and no symbolic links pointing out)");
    return target;
}

std::optional<Diagnostic> check_bare_name(const std::string& name, std::string_view label) {
    if (name.empty()) return error(std::string(label) + " has an empty name", "name a file, e.g. \"kommune21\"");
    if (fs::path(name).is_absolute() || name.find('/') != std::string::npos ||
        name.find('\\') != std::string::npos || name == "." || name == "..")
        return error(std::string(label) + " is not a bare file name",
                     "name the file alone; it is looked for in the layouts/ and fonts/ folders of the issue "
                     "and of the data folders (no folders, no ../, no absolute paths)");
    return std::nullopt;
}

}  // namespace heftsatz
