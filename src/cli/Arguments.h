// The command line: heftsatz build|check|plan ISSUE [-o PDF|HTML] [--report JSON]
// [--strict] [--data-dir DIR]... [--layout NAME], and heftsatz archive ISSUES -o ARCHIVE
#pragma once

#include "pdf/Pdf.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heftsatz {

struct Arguments {
    // DataDirs: --print-data-dirs, where layouts, fonts and dictionaries come from.
    enum class Command { Build, Check, Plan, Archive, Watch, Help, Version, DataDirs } command = Command::Help;
    std::filesystem::path issue;  // may be empty for DataDirs
    std::filesystem::path output;  // empty: out/<magazine>-<year>-<number>.pdf (plan: -plan.html)
    std::filesystem::path report;
    std::vector<std::filesystem::path> data_dirs;
    std::string layout;  // empty: the layout issue.xml names
    bool strict = false;
    bool quiet = false;    // print only errors
    bool timings = false;  // print how long each stage took
    bool typography = false;  // print the typography report
    unsigned jobs = 0;     // threads, 1 to kMaxThreads; 0 (no -j) = one per core
    PdfProfile profile = PdfProfile::Reader;
    bool all_profiles = false;  // one PDF per profile, named by profile_output()
    int jpeg_quality = 85;      // the reader profile's resampled photos
    // The reader PDF linearized by qpdf: build's default, not watch's
    // (--linearize, --no-linearize).
    bool linearize = true;
    // archive: `issue` is the folder of issue folders, `output` the archive.
    std::string shard;     // --shard K/N, checked by archive/Archive.h parse_shard
    bool merge = false;    // --merge: write the site from the shards' issue folders
    std::string base_url;  // --base-url: where the archive is published, for the feed
};

// Where --all-profiles writes `profile`'s PDF: `output` with "-web",
// "-archive" or "-print" before its extension.
std::filesystem::path profile_output(const std::filesystem::path& output, PdfProfile profile);

// Parses argv; on a usage error returns the message to print.
struct ParsedArguments {
    Arguments arguments;
    std::string usage_error;
};
ParsedArguments parse_arguments(int argc, char** argv);

extern const char* const kUsage;

}  // namespace heftsatz
