// `heftsatz archive`: runs the archive stage and prints what it did, a line
// per issue as it finishes and one summary line.
#pragma once

#include "cli/Arguments.h"

namespace heftsatz {

// The exit code: 0 if every issue built (1 with --strict if any warned), 2
// if an issue or the run failed on its input, 3 on an internal error.
int run_archive_command(const Arguments& args);

}  // namespace heftsatz
