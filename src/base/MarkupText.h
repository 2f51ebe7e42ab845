// Text for XML and HTML documents heftsatz writes (the flatplan, the PDF's
// XMP packet): character data and attribute values with the five markup
// characters escaped.
#pragma once

#include <string>
#include <string_view>

namespace heftsatz {

inline std::string markup_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace heftsatz
