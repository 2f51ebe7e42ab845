// Paths in messages as the user gave them. The manifest stage resolves each
// file to its canonical path (containment needs that), so a diagnostic would
// name /home/anna/issues/2020-12/articles/a.xml where Anna typed
// issues/2020-12: relative stays relative, and a symlinked folder keeps the
// name she used.
#pragma once

#include "base/Diagnostic.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace heftsatz {

class PathDisplay {
public:
    // Paths under `given`'s canonical or absolute form are shown under
    // `given` as typed (an empty `given` is the current folder).
    void add_root(const std::filesystem::path& given);

    std::string show(const std::string& text) const;
    // The diagnostic's file, message and hint, shown.
    Diagnostic show(Diagnostic d) const;

private:
    std::vector<std::pair<std::string, std::string>> roots_;  // absolute form → as given; longest first
};

}  // namespace heftsatz
