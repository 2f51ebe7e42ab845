// The data folders layouts and fonts come from, and finding a file in them
// under the containment rule of manifest/Containment.h.
#include "manifest/Manifest.h"

#include "base/ProgramData.h"

namespace heftsatz {

namespace fs = std::filesystem;

Result<DataSearchPath> DataSearchPath::for_issue(const fs::path& issue_folder, const std::vector<fs::path>& data_dirs,
                                                 const std::string& environment, Diagnostics& diagnostics) {
    DataSearchPath search;
    auto issue = ContainedFolder::of(issue_folder);
    if (!issue) return issue.failure();
    search.roots.push_back(std::move(*issue));
    for (const fs::path& dir : data_dirs) {
        auto root = ContainedFolder::of(dir);
        if (!root)
            return error("--data-dir \"" + dir.string() + "\" is not a folder",
                         "name a folder that holds layouts/ and fonts/");
        search.roots.push_back(std::move(*root));
    }
    if (!environment.empty()) {
        auto root = ContainedFolder::of(environment);
        if (root)
            search.roots.push_back(std::move(*root));
        else
            diagnostics.add(warning("HEFTSATZ_DATA=\"" + environment + "\" is not a folder; it is not searched",
                                    "set HEFTSATZ_DATA to a folder that holds layouts/ and fonts/, or unset it"));
    }
    // An installation without its data folder finds layouts in the issue
    // and the data folders only.
    const std::filesystem::path& installed_root = ProgramData::get().root;
    if (!installed_root.empty())
        if (auto installed = ContainedFolder::of(installed_root)) search.roots.push_back(std::move(*installed));
    return search;
}

DataSearchPath DataSearchPath::for_issue(const fs::path& issue_folder, const std::vector<fs::path>& data_dirs) {
    Diagnostics ignored;
    return for_issue(issue_folder, data_dirs, {}, ignored).take();
}

Result<fs::path> DataSearchPath::find(std::string_view folder, const std::string& file,
                                      const std::string& label) const {
    if (auto bad = check_bare_name(file, label)) return *bad;
    std::error_code ec;
    for (const ContainedFolder& root : roots) {
        const fs::path candidate = root.path() / folder / file;
        if (!fs::is_regular_file(candidate, ec)) continue;
        if (!root.holds(candidate))
            return error(label + " in " + (root.path() / folder).string() + " is a link that leads outside " +
                             root.path().string(),
                         "copy the file into " + (root.path() / folder).string() + " instead of linking to it");
        return candidate;
    }
    std::string looked;
    for (const ContainedFolder& root : roots) looked += "\n  " + (root.path() / folder).string();
    return error(label + " not found; looked in:" + looked);
}

}  // namespace heftsatz
