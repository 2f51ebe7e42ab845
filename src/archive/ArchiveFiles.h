// Writing the archive's files: each through base/OutputFile (complete or
// not at all), and only when its bytes changed, so an archive that is up to
// date is not touched (its times stay, rsync and CI caches see no change).
// They reach the disk together, when run_archive ends (sync_file_system):
// a file lost to a crash before that is found changed and written again by
// the next run, since every file is compared by its bytes or size.
#pragma once

#include "archive/IssueRecord.h"
#include "base/Result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace heftsatz {

struct WrittenFile {
    std::uintmax_t bytes = 0;
    bool changed = false;  // false: the file had these bytes already
};

Result<WrittenFile> write_file(const std::filesystem::path& file, std::string_view bytes, const std::string& what);

// The same, described as the archive lists it: `root`-relative path, size
// and SHA-256.
Result<ArchivedFile> archive_file(const std::filesystem::path& root, const std::string& relative,
                                  std::string_view bytes, const std::string& what);

// Whether `file` under `root` still has the size the record says (a quick
// check that an up-to-date issue's files were not removed or cut short).
bool still_there(const std::filesystem::path& root, const ArchivedFile& file);

}  // namespace heftsatz
