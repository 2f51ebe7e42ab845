#include "base/ProgramData.h"

// Set by CMakeLists.txt for this file only, so moving the source tree
// rebuilds one file, and no other file can reach the source tree.
#ifndef HEFTSATZ_SOURCE_TREE
#define HEFTSATZ_SOURCE_TREE "."
#endif
#ifndef HEFTSATZ_BUILD_HYPHEN_DIC
#define HEFTSATZ_BUILD_HYPHEN_DIC "hyph_de-x-dehyphn.dic"
#endif
// From the installed binary's folder to the installed data, as
// GNUInstallDirs lays them out: "../share/heftsatz".
#ifndef HEFTSATZ_BIN_TO_DATA
#define HEFTSATZ_BIN_TO_DATA "../share/heftsatz"
#endif

namespace heftsatz {

namespace fs = std::filesystem;

ProgramData ProgramData::for_executable(const fs::path& executable) {
    ProgramData data;
    const fs::path folder = executable.parent_path();
    std::error_code ec;
    if (!executable.empty() && fs::exists(folder / kBuildTreeMarker, ec)) {
        const fs::path source = HEFTSATZ_SOURCE_TREE;
        data.root = source;
        data.hyphenation = HEFTSATZ_BUILD_HYPHEN_DIC;
        data.hunspell = source / "data/hunspell/de_DE.dic";
        data.icc = source / "data/icc";
        data.build_tree = true;
        return data;
    }
    if (executable.empty()) return data;
    // lexically_normal turns PREFIX/bin/../share/heftsatz into
    // PREFIX/share/heftsatz, which is what messages should show.
    data.root = (folder / HEFTSATZ_BIN_TO_DATA).lexically_normal();
    data.hyphenation = data.root / "hyphenation" / fs::path(HEFTSATZ_BUILD_HYPHEN_DIC).filename();
    data.hunspell = data.root / "hunspell/de_DE.dic";
    data.icc = data.root / "icc";
    return data;
}

const ProgramData& ProgramData::get() {
    static const ProgramData data = [] {
        // /proc/self/exe names the file that runs, with every link resolved,
        // however the program was started (a link in /usr/local/bin, $PATH).
        std::error_code ec;
        const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
        return for_executable(ec ? fs::path() : executable);
    }();
    return data;
}

}  // namespace heftsatz
