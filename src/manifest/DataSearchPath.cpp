#include "manifest/Manifest.h"

#include <cstdlib>

#ifndef HEFTSATZ_DATA_DIR
#define HEFTSATZ_DATA_DIR "."
#endif

namespace heftsatz {

DataSearchPath DataSearchPath::for_issue(const std::filesystem::path& issue_folder,
                                         const std::vector<std::filesystem::path>& data_dirs) {
    DataSearchPath search;
    search.roots.push_back(issue_folder);
    for (const auto& d : data_dirs) search.roots.push_back(d);
    if (const char* env = std::getenv("HEFTSATZ_DATA"); env && *env) search.roots.emplace_back(env);
    search.roots.emplace_back(HEFTSATZ_DATA_DIR);
    return search;
}

std::filesystem::path DataSearchPath::find(const std::filesystem::path& relative) const {
    std::error_code ec;
    for (const auto& root : roots) {
        auto candidate = root / relative;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
    return {};
}

}  // namespace heftsatz
