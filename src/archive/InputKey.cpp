#include "archive/InputKey.h"

#include "archive/Sha256.h"
#include "text/CompoundSplitter.h"
#include "text/Hyphenator.h"

#include <map>

namespace heftsatz {

namespace fs = std::filesystem;

Result<std::string> input_key(const Issue& issue, const LayoutSpec& layout, const std::string& engine) {
    std::map<std::string, fs::path> named;  // sorted by name; a file read twice counts once
    const fs::path folder = fs::weakly_canonical(issue.folder);
    auto add = [&](const fs::path& file) {
        const fs::path full = fs::weakly_canonical(file);
        const fs::path relative = full.lexically_relative(folder);
        const bool inside = !relative.empty() && *relative.begin() != "..";
        named.emplace(inside ? relative.generic_string() : "data/" + full.filename().string(), full);
    };
    for (const fs::path& file : issue.inputs()) add(file);
    for (const fs::path& file : layout.inputs()) add(file);
    const fs::path dictionary = CompoundSplitter::default_dictionary();
    for (const fs::path& file : {Hyphenator::default_dictionary(), dictionary, fs::path(dictionary).replace_extension(".aff")})
        add(file);

    Sha256 digest;
    digest.add("heftsatz archive key 1\n" + engine + "\n");
    for (const auto& [name, file] : named) {
        digest.add(name);
        digest.add(std::string(1, '\0'));
        auto bytes = digest.add_file(file);
        if (!bytes) return bytes.failure();
        digest.add(std::to_string(*bytes) + "\n");
    }
    return digest.hex();
}

Result<std::string> engine_key() {
    Sha256 digest;
    auto bytes = digest.add_file("/proc/self/exe");
    if (!bytes) return bytes.failure();
    return digest.hex();
}

}  // namespace heftsatz
