// heftsatz --print-data-dirs: where a build would look for layouts and
// fonts, in order, and which dictionaries and colour profiles it would read.
// For a user whose layout is not found, and for the tests that an installed
// heftsatz never reads its source tree.
#pragma once

#include "cli/Arguments.h"

#include <ostream>

namespace heftsatz {

// Prints the search path to `out` and any diagnostic to `err`; returns the
// exit code (2 if a --data-dir is not a folder).
int print_data_dirs(const Arguments& args, std::ostream& out, std::ostream& err);

}  // namespace heftsatz
