// Where heftsatz's own data is: the layouts, fonts, dictionaries and colour
// profiles it ships with.
//
// An installed heftsatz finds them from its own location, so a relocated
// prefix works: /proc/self/exe is PREFIX/bin/heftsatz, the data is
// PREFIX/share/heftsatz. A binary that runs where it was built (a file
// "heftsatz-build-tree" lies beside it, which cmake --install never copies)
// uses the source tree and the build tree instead. An installed binary thus
// never reads the source tree, even when the source tree still exists.
#pragma once

#include <filesystem>

namespace heftsatz {

struct ProgramData {
    // Holds layouts/ and fonts/: PREFIX/share/heftsatz, or the source tree.
    // Empty if the program's own location cannot be read.
    std::filesystem::path root;
    std::filesystem::path hyphenation;  // the libhyphen dictionary the build converts
    std::filesystem::path hunspell;     // de_DE.dic, with de_DE.aff beside it
    std::filesystem::path icc;          // sRGB.icc and FOGRA39L-coated.icc
    bool build_tree = false;            // true: the source and build trees

    // Worked out once, on the first call.
    static const ProgramData& get();
    // The same for an executable at `executable` (for tests).
    static ProgramData for_executable(const std::filesystem::path& executable);
};

// The name of the marker file beside a build-tree binary.
inline constexpr const char* kBuildTreeMarker = "heftsatz-build-tree";

}  // namespace heftsatz
