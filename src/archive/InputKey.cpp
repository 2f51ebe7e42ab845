#include "archive/InputKey.h"

#include "base/FileDigests.h"
#include "base/Sha256.h"
#include "text/CompoundSplitter.h"
#include "text/Hyphenator.h"

namespace heftsatz {

namespace fs = std::filesystem;

namespace {

// Every input file by the name it enters the key under.
std::map<std::string, fs::path> named_inputs(const Issue& issue, const LayoutSpec& layout) {
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
    return named;
}

}  // namespace

Result<std::map<std::string, std::string>> input_digests(const Issue& issue, const LayoutSpec& layout,
                                                         FileDigests* files) {
    std::map<std::string, std::string> out;
    FileDigests now;  // without kept digests, every file is hashed now
    for (const auto& [name, file] : named_inputs(issue, layout)) {
        auto hex = (files ? *files : now).hex(file);
        if (!hex) return hex.failure();
        out.emplace(name, std::move(*hex));
    }
    return out;
}

Result<std::string> input_key(const Issue& issue, const LayoutSpec& layout, const std::string& engine) {
    auto digests = input_digests(issue, layout);
    if (!digests) return digests.failure();
    return input_key(*digests, engine);
}

std::string input_key(const std::map<std::string, std::string>& digests, const std::string& engine) {
    Sha256 key;
    key.add("heftsatz archive key 2\n" + engine + "\n");
    for (const auto& [name, digest] : digests) key.add(name + '\0' + digest + "\n");
    return key.hex();
}

Result<std::string> engine_key() {
    Sha256 digest;
    auto bytes = digest.add_file("/proc/self/exe");
    if (!bytes) return bytes.failure();
    return digest.hex();
}

}  // namespace heftsatz
