// `heftsatz watch ISSUE [-o OUT.pdf]`: builds the issue, then again each
// time one of its files, its layout or a font changes, as production staff
// edit. The dictionaries are loaded once, the fonts again only when the
// layout's files change; an edit that leaves every input's bytes as they
// were (a save without changes, an editor's swap file) builds nothing. The
// PDF is replaced in one rename, so a viewer that reloads it never sees
// half a file, and a bad edit prints its errors and keeps the last good PDF.
#pragma once

#include "cli/Arguments.h"

namespace heftsatz {

// Runs until interrupted (Ctrl-C); returns early only if the first reading
// of the issue fails in a way a rebuild cannot cure (no issue folder).
int run_watch_command(const Arguments& args);

}  // namespace heftsatz
