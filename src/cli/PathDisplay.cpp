#include "cli/PathDisplay.h"

#include <algorithm>
#include <cctype>

namespace heftsatz {
namespace {

namespace fs = std::filesystem;

std::string without_trailing_slash(std::string s) {
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
}

bool path_character(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '/';
}

}  // namespace

void PathDisplay::add_root(const fs::path& given) {
    const std::string as_given = given.empty() ? std::string() : without_trailing_slash(given.string());
    std::error_code ec;
    const fs::path folder = given.empty() ? fs::path(".") : given;
    for (const fs::path& form : {fs::weakly_canonical(folder, ec), fs::absolute(folder, ec).lexically_normal()}) {
        const std::string absolute = without_trailing_slash(form.string());
        if (absolute.empty() || absolute == "/" || absolute == as_given) continue;
        if (std::any_of(roots_.begin(), roots_.end(), [&](const auto& r) { return r.first == absolute; })) continue;
        roots_.emplace_back(absolute, as_given);
    }
    std::stable_sort(roots_.begin(), roots_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::string PathDisplay::show(const std::string& text) const {
    if (roots_.empty()) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '/' && (i == 0 || !path_character(text[i - 1])))
            for (const auto& [absolute, as_given] : roots_) {
                if (text.compare(i, absolute.size(), absolute) != 0) continue;
                const std::size_t end = i + absolute.size();
                if (end < text.size() && path_character(text[end]) && text[end] != '/') continue;
                if (end < text.size() && text[end] == '/') {
                    // "<root>/articles/a.xml" → "issues/2020-12/articles/a.xml" or "articles/a.xml"
                    out += as_given.empty() ? std::string() : as_given + "/";
                    i = end + 1;
                } else {
                    out += as_given.empty() ? std::string(".") : as_given;
                    i = end;
                }
                replaced = true;
                break;
            }
        if (!replaced) out += text[i++];
    }
    return out;
}

Diagnostic PathDisplay::show(Diagnostic d) const {
    d.where.file = show(d.where.file);
    d.message = show(d.message);
    d.hint = show(d.hint);
    return d;
}

}  // namespace heftsatz
