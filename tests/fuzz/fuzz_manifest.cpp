// libFuzzer target: arbitrary bytes as an article file of a small issue,
// through the manifest reader. Must never crash, hang or read outside.
#include "manifest/Manifest.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("heftsatz-fuzz-manifest-" + std::to_string(getpid()));
        fs::create_directories(d / "articles");
        std::ofstream(d / "issue.xml") << "<issue magazine=\"K\" number=\"1\" year=\"2020\" date=\"2020-01-01\" "
                                          "layout=\"kommune21\"><section title=\"S\"><article src=\"articles/a.xml\"/>"
                                          "</section></issue>";
        return d;
    }();
    std::ofstream(dir / "articles/a.xml", std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    heftsatz::Diagnostics diagnostics;
    auto issue = heftsatz::read_issue(dir, diagnostics);
    (void)issue.ok();
    return 0;
}
