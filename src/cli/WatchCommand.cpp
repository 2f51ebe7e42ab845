#include "cli/WatchCommand.h"

#include "archive/InputKey.h"
#include "base/FileDigests.h"
#include "base/FileWatcher.h"
#include "base/Sha256.h"
#include "base/OutputFile.h"
#include "cli/DiagnosticPrinter.h"
#include "cli/OutputGuard.h"
#include "cli/OutputName.h"
#include "layout/Layout.h"
#include "manifest/Manifest.h"
#include "pdf/Pdf.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace heftsatz {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// "14:52:03": when a rebuild finished, as staff compare it with their save.
std::string clock_time() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &local);
    return text;
}

// The fonts of a layout, kept while the layout's files keep their bytes,
// and the paragraphs set with them (an edit rebuilds only what it changed).
class FontCache {
public:
    ParagraphCache& paragraphs() { return *paragraphs_; }

    Result<const FontLibrary*> fonts(const LayoutSpec& layout, FileDigests& files) {
        Sha256 digest;
        for (const fs::path& file : layout.inputs()) {
            auto hex = files.hex(file);
            if (!hex) return hex.failure();
            digest.add(file.string() + '\0' + *hex + '\n');
        }
        std::string key = digest.hex();
        if (!library_ || key != key_) {
            auto loaded = FontLibrary::load(layout);
            if (!loaded) return loaded.failure();
            // The paragraphs hold the old fonts' addresses: they go first.
            paragraphs_ = std::make_unique<ParagraphCache>();
            library_.emplace(std::move(*loaded));
            key_ = std::move(key);
        }
        return &*library_;
    }

private:
    std::string key_;
    std::unique_ptr<ParagraphCache> paragraphs_ = std::make_unique<ParagraphCache>();
    std::optional<FontLibrary> library_;
};

// What one round made: the key it built (empty if it failed before
// knowing one) and the folders to watch.
struct Round {
    std::string key;
    std::map<std::string, std::string> digests;  // each input's SHA-256 (archive/InputKey.h)
    std::set<fs::path> folders;     // the layout's and the fonts' folders
};

// What a rebuild was for: the inputs whose bytes changed, came or went.
std::string changed(const std::map<std::string, std::string>& before, const std::map<std::string, std::string>& now) {
    if (before.empty()) return "first build";
    std::vector<std::string> names;
    for (const auto& [name, digest] : now)
        if (auto it = before.find(name); it == before.end() || it->second != digest) names.push_back(name);
    for (const auto& [name, digest] : before)
        if (!now.count(name)) names.push_back(name + " removed");
    if (names.empty()) return "the PDF was missing";
    std::string out = names.front();
    for (std::size_t i = 1; i < names.size() && i < 3; ++i) out += ", " + names[i];
    if (names.size() > 3) out += " and " + std::to_string(names.size() - 3) + " more";
    return out + " changed";
}

}  // namespace

int run_watch_command(const Arguments& args) {
    auto lexicon = Lexicon::load();
    if (!lexicon) {
        print_diagnostic(std::cerr, lexicon.failure());
        return 2;
    }
    const fs::path folder = fs::is_directory(args.issue) ? args.issue : args.issue.parent_path();
    if (!fs::is_directory(folder)) {
        print_diagnostic(std::cerr, error("no issue folder " + args.issue.string(), "give the folder that holds issue.xml"));
        return 2;
    }
    const char* env = std::getenv("HEFTSATZ_DATA");
    // Every input's digest, made again only when the file changed: the fonts
    // and dictionaries are megabytes, and were hashed at every save.
    FileDigests file_digests;
    FontCache font_cache;
    PdfCaches pdf_caches;  // images and content streams, kept by their content
    pdf_caches.files = &file_digests;
    ProbeCache probes;  // the images' verdicts
    std::string built_key;  // of the PDF in place
    std::map<std::string, std::string> previous;  // its inputs' digests
    std::set<fs::path> watched_folders;
    std::optional<FileWatcher> watcher;
    for (;;) {
        const auto started = Clock::now();
        Diagnostics diagnostics;
        Round round;
        fs::path output;
        auto build = [&]() -> Result<std::size_t> {
            auto issue = read_issue(args.issue, diagnostics, &probes, &file_digests);
            if (!issue) return issue.failure();
            auto search = DataSearchPath::for_issue(issue->folder, args.data_dirs, env ? env : "", diagnostics);
            if (!search) return search.failure();
            auto layout = read_layout(args.layout.empty() ? issue->layout : args.layout, *search, diagnostics);
            if (!layout) return layout.failure();
            for (const fs::path& file : layout->inputs()) round.folders.insert(file.parent_path());
            output = args.output.empty() ? default_output(*issue) : args.output;
            OutputGuard guard(folder, {});
            guard.add_inputs(issue->inputs());
            guard.add_inputs(layout->inputs());
            guard.all_inputs_known();
            if (auto refused = guard.refuse(output, "-o")) return *refused;
            // What else decides the bytes: the profile and its settings.
            const std::string settings = std::string(profile_name(args.profile)) + " " +
                                         std::to_string(args.jpeg_quality) + " " + args.layout + (args.linearize ? " linearized" : "");
            auto digests = input_digests(*issue, *layout, &file_digests);
            if (!digests) return digests.failure();
            round.key = input_key(*digests, settings);
            round.digests = std::move(*digests);
            if (round.key == built_key && fs::exists(output)) return std::size_t{0};
            const double read_ms = ms_since(started);
            auto fonts = font_cache.fonts(*layout, file_digests);
            if (!fonts) return fonts.failure();
            auto file = OutputFile::create(output, "PDF");
            if (!file) return file.failure();
            const auto laying = Clock::now();
            auto doc = lay_out_issue(*issue, *layout, **fonts, *lexicon, diagnostics, args.jobs, nullptr,
                                     &font_cache.paragraphs());
            font_cache.paragraphs().drop_unused();
            if (!doc) return doc.failure();
            const double layout_ms = ms_since(laying);
            const auto painting = Clock::now();
            auto bytes = render_pdf(*doc, diagnostics, PdfOptions{args.profile, args.jobs, args.jpeg_quality, &pdf_caches, args.linearize});
            pdf_caches.drop_unused();
            probes.drop_unused();
            if (!bytes) return bytes.failure();
            if (auto written = file->write(*bytes); !written) return written.failure();
            auto committed = file->commit();
            if (!committed) return committed.failure();
            std::printf("[%s] wrote %s (%s): %zu pages in %.0f ms (read %.0f, layout %.0f, pdf %.0f), %zu warnings\n",
                        clock_time().c_str(), output.string().c_str(), changed(previous, round.digests).c_str(),
                        doc->pages.size(), ms_since(started), read_ms, layout_ms, ms_since(painting),
                        diagnostics.count(Severity::Warning));
            return *committed;
        };
        Result<std::size_t> result = build();
        for (const Diagnostic& d : diagnostics.items())
            if (d.severity == Severity::Error || !args.quiet) print_diagnostic(std::cerr, d);
        if (!result) {
            print_diagnostic(std::cerr, result.failure());
            std::printf("[%s] not rebuilt: %s; %s\n", clock_time().c_str(),
                        built_key.empty() ? "no PDF yet" : "the last good PDF stays", "fix the input and save again");
        } else if (!round.key.empty()) {
            built_key = round.key;
            previous = round.digests;
        }
        std::fflush(stdout);
        std::cerr.flush();
        // The folders may change with the layout (another font's folder).
        if (!watcher || round.folders != watched_folders) {
            auto made = FileWatcher::watch(std::vector<fs::path>(round.folders.begin(), round.folders.end()), {folder});
            if (!made) {
                print_diagnostic(std::cerr, made.failure());
                return 2;
            }
            watcher.emplace(std::move(*made));
            watched_folders = round.folders;
        }
        watcher->wait(std::chrono::milliseconds(5), std::chrono::milliseconds(80));
    }
}

}  // namespace heftsatz
