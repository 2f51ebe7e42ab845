// A piece of a file name made from text a user wrote (a magazine's name, a
// section's title): only lower-case ASCII letters, digits and hyphens, so a
// name like "../../etc" or one with a slash or control characters can never
// lead outside the folder it is written to.
#pragma once

#include <string>
#include <string_view>

namespace heftsatz {

// Lower-case ASCII letters and digits; ä ö ü ß as ae oe ue ss; every other
// run of characters one hyphen; at most 48 characters; "issue" if nothing
// is left.
std::string file_name_part(std::string_view text);

}  // namespace heftsatz
