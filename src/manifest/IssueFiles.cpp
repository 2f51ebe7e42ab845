#include "manifest/IssueFiles.h"

#include "base/FileError.h"
#include "manifest/InlineReader.h"
#include "manifest/InputLimits.h"

#include <charconv>

namespace heftsatz {

std::filesystem::path IssueFiles::existing_file(const XmlDocument& doc, const xmlNode* node, const std::string& src,
                                                const char* what) const {
    auto path = resolve_inside(folder, doc.path(), src);
    if (!path) {
        Diagnostic d = path.failure();
        throw InputError{d.at(doc.locate(node))};
    }
    std::error_code ec;
    const bool regular = std::filesystem::is_regular_file(*path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)  // there, but not readable (issue 8)
        throw InputError{error(std::string(what) + " " + src + " cannot be read: " + file_error_words(ec),
                               "check the permissions of the file and its folders")
                             .at(doc.locate(node))};
    if (!regular)
        throw InputError{error(std::string(what) + " not found: " + src,
                               "add " + path->string() + " or correct the src attribute")
                             .at(doc.locate(node))};
    return *path;
}

const ImageInfo& IssueFiles::probe(const XmlDocument& doc, const xmlNode* node, const std::filesystem::path& file) {
    if (auto it = probed.find(file); it != probed.end()) return it->second;
    std::string key;
    if (cache) {
        FileDigests now;  // without kept digests, the file is hashed now
        if (auto hex = (digests ? *digests : now).hex(file)) key = std::move(*hex);
        if (auto kept = key.empty() ? nullptr : cache->find(key)) return probed.emplace(file, *kept).first->second;
    }
    auto info = probe_image(file);
    if (!info) {
        Diagnostic d = info.failure();
        d.message = file.filename().string() + ": " + d.message;
        throw InputError{d.at(doc.locate(node))};
    }
    if (!key.empty()) cache->add(key, std::make_shared<const ImageInfo>(*info));
    return probed.emplace(file, *info).first->second;
}

std::string required(const XmlDocument& doc, const xmlNode* node, const char* name, const char* example) {
    auto value = attribute(node, name);
    if (!value || value->empty())
        throw InputError{error("<" + std::string(node_name(node)) + "> needs the attribute " + name,
                               std::string("add ") + name + "=\"" + example + "\"")
                             .at(doc.locate(node))};
    return *value;
}

std::string required_text(const XmlDocument& doc, const xmlNode* node, const char* name, const char* example,
                          Diagnostics& diagnostics) {
    required(doc, node, name, example);
    std::string text = printed_attribute(doc, node, name, diagnostics).value_or("");
    if (text.empty())
        throw InputError{error("<" + std::string(node_name(node)) + "> needs the attribute " + name,
                               std::string("add ") + name + "=\"" + example + "\"")
                             .at(doc.locate(node))};
    return text;
}

int required_int(const XmlDocument& doc, const xmlNode* node, const char* name, const char* example) {
    std::string text = required(doc, node, name, example);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        throw InputError{error(std::string("attribute ") + name + "=\"" + text + "\" is not a whole number",
                               std::string("write it as digits, e.g. ") + name + "=\"" + example + "\"")
                             .at(doc.locate(node))};
    return value;
}

void refuse_over_limit(const std::string& holder, std::size_t count, const std::string& things, std::size_t limit,
                       const std::string& per, const std::string& hint, const SourceLocation& where) {
    throw InputError{error(holder + " has " + with_thousands(count) + " " + things + ", more than the limit of " +
                               with_thousands(limit) + " " + per,
                           hint + "; see docs/limits.md")
                         .at(where)};
}

}  // namespace heftsatz
