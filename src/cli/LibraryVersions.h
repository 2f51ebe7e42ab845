// What `heftsatz --version` prints below its own version: the libraries it
// runs with, as they report themselves at run time where they can (a bug
// report needs the ones loaded, not the ones compiled against), and the
// hyphenation patterns' release.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace heftsatz {

// Name and version, in the order printed.
std::vector<std::pair<std::string, std::string>> library_versions();

}  // namespace heftsatz
