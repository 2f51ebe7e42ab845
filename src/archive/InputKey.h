// The key an archived issue is rebuilt by: a SHA-256 over every input that
// can change its output (issue.xml, articles, images, ads, logos, the
// layout, its fonts, the hyphenation and compound dictionaries) and over
// heftsatz itself. Contents, not file times: a fresh checkout in CI has new
// times and the same key, and an edit that keeps the time still counts.
#pragma once

#include "base/Result.h"
#include "manifest/Issue.h"
#include "manifest/LayoutSpec.h"

#include <filesystem>
#include <map>
#include <string>

namespace heftsatz {

class FileDigests;

// Every input by its name (as below) with its SHA-256: what input_key is
// made of, and what `watch` compares to say which files changed. With
// `files`, unchanged files are not hashed again (base/FileDigests.h).
Result<std::map<std::string, std::string>> input_digests(const Issue& issue, const LayoutSpec& layout,
                                                         FileDigests* files = nullptr);

// Each file enters under its name relative to the issue folder (or, outside
// it, its bare name: a font of the installed data) and with its bytes, in
// sorted order, so the key is the same in any folder the issue is copied to.
// `engine` identifies the heftsatz that builds (engine_key()).
Result<std::string> input_key(const Issue& issue, const LayoutSpec& layout, const std::string& engine);

// The key of digests input_digests made.
std::string input_key(const std::map<std::string, std::string>& digests, const std::string& engine);

// The SHA-256 of the running executable (/proc/self/exe): a rebuilt heftsatz
// rebuilds the archive even when its version number stayed.
Result<std::string> engine_key();

}  // namespace heftsatz
