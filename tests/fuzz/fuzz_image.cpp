// libFuzzer target: arbitrary bytes as an image or ad file, through the
// probe that decides whether heftsatz can place it.
#include "manifest/ImageProbe.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("heftsatz-fuzz-image-" + std::to_string(getpid()));
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    auto info = heftsatz::probe_image(file);
    (void)info.ok();
    return 0;
}
