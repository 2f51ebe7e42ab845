#include "archive/ArchiveFiles.h"

#include "base/Sha256.h"
#include "base/OutputFile.h"

#include <fstream>
#include <iterator>

namespace heftsatz {

namespace fs = std::filesystem;

namespace {

bool same_bytes(const fs::path& file, std::string_view bytes) {
    std::error_code ec;
    if (fs::file_size(file, ec) != bytes.size() || ec) return false;
    std::ifstream in(file, std::ios::binary);
    const std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return in.good() || in.eof() ? old == bytes : false;
}

}  // namespace

Result<WrittenFile> write_file(const fs::path& file, std::string_view bytes, const std::string& what) {
    if (same_bytes(file, bytes)) return WrittenFile{bytes.size(), false};
    auto out = OutputFile::create(file, what);
    if (!out) return out.failure();
    if (auto written = out->write(bytes); !written) return written.failure();
    auto committed = out->commit(OutputFile::Flush::WithFolder);  // run_archive flushes them all
    if (!committed) return committed.failure();
    return WrittenFile{*committed, true};
}

Result<ArchivedFile> archive_file(const fs::path& root, const std::string& relative, std::string_view bytes,
                                  const std::string& what) {
    auto written = write_file(root / relative, bytes, what);
    if (!written) return written.failure();
    return ArchivedFile{relative, written->bytes, sha256_hex(bytes)};
}

bool still_there(const fs::path& root, const ArchivedFile& file) {
    std::error_code ec;
    return fs::file_size(root / file.path, ec) == file.bytes && !ec;
}

}  // namespace heftsatz
