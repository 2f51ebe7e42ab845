#include "manifest/InputLimits.h"

namespace heftsatz {

std::optional<AttributeExcess> find_attribute_excess(std::string_view text) {
    constexpr std::size_t npos = std::string_view::npos;
    // Skips past the end of `closing` from `from`; npos when it never comes,
    // which libxml2 then reports as malformed XML.
    auto skip_past = [&](std::size_t from, std::string_view closing) -> std::size_t {
        const std::size_t end = text.find(closing, from);
        return end == npos ? npos : end + closing.size();
    };
    std::size_t i = 0;
    while ((i = text.find('<', i)) != npos) {
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("<!--")) i = skip_past(i + 4, "-->");
        else if (rest.starts_with("<![CDATA[")) i = skip_past(i + 9, "]]>");
        else if (rest.starts_with("<?")) i = skip_past(i + 2, "?>");
        else if (rest.starts_with("<!") || rest.starts_with("</")) i = skip_past(i + 2, ">");
        else {
            // A start tag: every = outside a quoted value begins an attribute.
            const std::size_t start = i;
            std::size_t attributes = 0;
            for (++i; i < text.size() && text[i] != '>'; ++i) {
                const char c = text[i];
                if (c == '=') ++attributes;
                else if (c == '"' || c == '\'') {
                    i = text.find(c, i + 1);
                    if (i == npos) break;
                } else if (c == '<') break;  // malformed: libxml2 will say where
            }
            if (attributes > kMaxAttributesPerElement) {
                std::size_t name_end = start + 1;
                while (name_end < text.size() && text[name_end] != ' ' && text[name_end] != '\t' &&
                       text[name_end] != '\n' && text[name_end] != '\r' && text[name_end] != '>' &&
                       text[name_end] != '/')
                    ++name_end;
                return AttributeExcess{std::string(text.substr(start + 1, name_end - start - 1)), attributes, start};
            }
        }
        if (i == npos) break;
    }
    return std::nullopt;
}

std::size_t count_characters(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string with_thousands(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t pos = digits.size(); pos > 3; pos -= 3) digits.insert(pos - 3, ",");
    return digits;
}

}  // namespace heftsatz
