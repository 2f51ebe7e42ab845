#include "cli/OutputGuard.h"

#include <algorithm>
#include <fstream>

#include <sys/stat.h>

namespace heftsatz {
namespace {

namespace fs = std::filesystem;

// How every report heftsatz writes begins (DiagnosticPrinter.cpp); no input
// (XML, image, PDF, font) can begin so.
constexpr std::string_view kReportStart = "{\n  \"diagnostics\": [";

bool is_earlier_report(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string start(kReportStart.size(), '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    return in && start == kReportStart;
}

bool inside(const fs::path& file, const fs::path& folder) {
    auto [f, _] = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end());
    return f == folder.end();
}

std::string example(const std::string& option) {
    return option == "-o" ? "-o out/issue.pdf" : option + " out/report.json";
}

}  // namespace

OutputGuard::OutputGuard(const fs::path& issue_folder, const std::vector<fs::path>& data_roots) {
    std::error_code ec;
    auto add_folder = [&](const fs::path& folder) {
        fs::path canonical = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ec);
        if (!ec) input_folders_.push_back(canonical.lexically_normal());
    };
    add_folder(issue_folder);
    for (const fs::path& root : data_roots) {
        add_folder(root / "layouts");
        add_folder(root / "fonts");
    }
}

void OutputGuard::add_inputs(const std::vector<fs::path>& files) {
    for (const fs::path& file : files) {
        struct stat s {};
        if (::stat(file.c_str(), &s) == 0) inputs_.push_back({s.st_dev, s.st_ino, file});
    }
}

std::optional<Diagnostic> OutputGuard::refuse_kind(const fs::path& target, const std::string& option) {
    struct stat s {};
    // Following links: a link to a device counts as one.
    if (::stat(target.c_str(), &s) != 0) return std::nullopt;  // a new file (or a path the writer will explain)
    const std::string name = target.string();
    if (S_ISDIR(s.st_mode))
        return error(option + " names a folder: " + name,
                     "name a file in it, e.g. " + option + " " + (target / (option == "-o" ? "issue.pdf" : "report.json")).string());
    if (!S_ISREG(s.st_mode))
        return error(option + " names " + name +
                         ", which is not a regular file (a device, FIFO or socket); heftsatz writes only regular files",
                     "name a file, e.g. " + example(option) +
                         (option == "-o" ? "; to check the issue without writing a PDF, run heftsatz check" : ""));
    return std::nullopt;
}

std::optional<Diagnostic> OutputGuard::refuse(const fs::path& target, const std::string& option) const {
    if (auto d = refuse_kind(target, option)) return d;
    struct stat s {};
    // Following links: a link to an input is that input.
    if (::stat(target.c_str(), &s) != 0) return std::nullopt;
    const std::string name = target.string();
    for (const Input& input : inputs_)
        if (input.device == s.st_dev && input.inode == s.st_ino) {
            // Spelled as the input (issue/articles/../issue.xml is issue/issue.xml) or
            // a link to it, which the message names.
            std::error_code ec;
            const bool same_name =
                fs::absolute(target, ec).lexically_normal() == fs::absolute(input.path, ec).lexically_normal();
            return error(option + " names " + name + (same_name ? "" : ", the same file as " + input.path.string()) +
                             ", which this build reads; it would be replaced",
                         "write the " + std::string(option == "-o" ? "PDF" : "report") + " elsewhere, e.g. " +
                             example(option));
        }
    if (!complete_) {
        std::error_code ec;
        const fs::path canonical = fs::weakly_canonical(target, ec).lexically_normal();
        for (const fs::path& folder : input_folders_)
            if (inside(canonical, folder) && !is_earlier_report(target))
                return error(option + " names " + name +
                                 ", an existing file among the issue's files; the issue could not be read "
                                 "completely, so it may be one of them and is left as it is",
                             "write it outside the issue folder, e.g. " + example(option));
    }
    return std::nullopt;
}

std::optional<Diagnostic> OutputGuard::refuse_same(const fs::path& output, const fs::path& report) {
    struct stat a {}, b {};
    bool same = false;
    if (::stat(output.c_str(), &a) == 0 && ::stat(report.c_str(), &b) == 0) {
        same = a.st_dev == b.st_dev && a.st_ino == b.st_ino;
    } else {
        std::error_code ec;
        same = fs::weakly_canonical(fs::absolute(output, ec), ec).lexically_normal() ==
               fs::weakly_canonical(fs::absolute(report, ec), ec).lexically_normal();
    }
    if (!same) return std::nullopt;
    return error("-o and --report name the same file: " + output.string() +
                     "; the report would take the PDF's place",
                 "give the report a name of its own, e.g. --report " +
                     fs::path(output).replace_extension(".json").string());
}

}  // namespace heftsatz
