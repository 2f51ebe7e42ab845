// What -o and --report may name: a file that does not exist yet or a
// regular file the build does not read. Never a folder, a device, a FIFO or
// a socket, never each other, and never an input (issue.xml, articles,
// images, ads, listings, imprint, the layout, its fonts, the dictionaries),
// however it is spelled: files are compared by device and inode, so a
// symbolic or hard link to an input is that input.
#pragma once

#include "base/Diagnostic.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace heftsatz {

class OutputGuard {
public:
    // `issue_folder` as given; `data_roots` where layouts/ and fonts/ are
    // looked for (DataSearchPath::roots).
    OutputGuard(const std::filesystem::path& issue_folder, const std::vector<std::filesystem::path>& data_roots);

    // Files the build reads. Until all_inputs_known(), the model is partial
    // (reading failed half-way), and an output may not replace any existing
    // file in the issue folder or in a layouts/ or fonts/ folder, except an
    // earlier report.
    void add_inputs(const std::vector<std::filesystem::path>& files);
    void all_inputs_known() { complete_ = true; }

    // Why `target` (named by `option`, "-o" or "--report") may not be
    // written, if it may not.
    std::optional<Diagnostic> refuse(const std::filesystem::path& target, const std::string& option) const;
    // Only what needs no model: a folder, a device, a FIFO, a socket.
    static std::optional<Diagnostic> refuse_kind(const std::filesystem::path& target, const std::string& option);

    // -o and --report naming one file.
    static std::optional<Diagnostic> refuse_same(const std::filesystem::path& output,
                                                 const std::filesystem::path& report);

private:
    struct Input {
        dev_t device;
        ino_t inode;
        std::filesystem::path path;
    };
    std::vector<Input> inputs_;
    std::vector<std::filesystem::path> input_folders_;  // canonical; for a partial model
    bool complete_ = false;
};

}  // namespace heftsatz
