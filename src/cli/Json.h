// JSON text for the --report file. A report must parse whatever the file
// names hold: a name written on a Latin-1 system is not UTF-8, and JSON
// must be, so such bytes become U+FFFD and the report says how many.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace heftsatz {

// A quoted JSON string: quotes, backslashes and control characters escaped.
std::string json_string(std::string_view s);

// Replaces each byte that is not part of a well-formed UTF-8 sequence (RFC
// 3629: no overlong forms, no surrogates, nothing above U+10FFFF) by U+FFFD;
// returns how many were replaced. JSON's own characters are ASCII, so this
// may run over a whole document.
std::size_t replace_invalid_utf8(std::string& text);

}  // namespace heftsatz
